// Runs every example (CI runs this through `pnpm examples`): typechecks them, runs each script
// (each asserts what it prints), then the vitest regression suite. Exits 1 if any failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const script = (file, ...args) => [
  process.execPath,
  ['--conditions=pressfacts-source', '--import', 'tsx', file, ...args],
];
const bin = (name) => fileURLToPath(new URL(`./node_modules/.bin/${name}`, import.meta.url));

const steps = [
  ['typecheck', [bin('tsc'), ['-p', 'tsconfig.json']]],
  ['library', script('library.ts')],
  ['custom vocabulary', script('custom-vocabulary.ts')],
  ['custom stage', script('custom-stage.ts')],
  ['batch over a folder', script('batch-folder.ts')],
  ['regression suite (vitest)', [bin('vitest'), ['run', '--config', 'vitest.config.ts']]],
];

const failed = [];
for (const [name, [command, args]] of steps) {
  console.log(`\n── example: ${name}`);
  const started = Date.now();
  const run = spawnSync(command, args, { cwd: here, stdio: 'inherit' });
  const ok = run.status === 0;
  console.log(`── ${ok ? 'ok' : 'FAILED'}: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failed.push(name);
}
console.log(
  `\nexamples: ${steps.length - failed.length} passed, ${failed.length} failed${failed.length > 0 ? ` (${failed.join(', ')})` : ''}`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
