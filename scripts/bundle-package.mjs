// Emits the JavaScript of the workspace package in the current directory (its `build` script runs
// this, then `tsc -p tsconfig.build.json`, which only writes the .d.ts files): one ESM bundle per
// entry point, so Node links a handful of modules per package at start instead of one per source
// file (the ESM loader costs ~0.3 ms a module; the CLI's cold start imported 313). Every
// dependency, npm or workspace package, stays external: the packages stay separate, each with its
// own public API. Shared code goes into chunks next to the entries (dist/, not a subfolder: code
// that resolves files from import.meta.url, like the batch worker's location or createRequire,
// sees the same directory as before), and `await import()` of a source file stays lazy as a chunk.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/** Files loaded by path rather than through `exports` or `bin`, by package name. */
const ENTRIES_LOADED_BY_PATH = {
  // locateWorker hands dist/worker.js to piscina.
  '@pressfacts/batch': ['src/worker.ts'],
};

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const fromExports = Object.values(manifest.exports).map((conditions) => conditions['pressfacts-source']);
const fromBin = Object.values(manifest.bin ?? {}).map((file) => file.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts'));
const entryPoints = [...new Set([...fromExports, ...fromBin, ...(ENTRIES_LOADED_BY_PATH[manifest.name] ?? [])])];

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // Stack traces point at src/*.ts (with --enable-source-maps); src is in the tarball.
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
