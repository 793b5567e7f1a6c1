// Cold start of `pressfacts extract` on one file: from process start to the JSON on stdout and
// the process gone, for the built CLI (dist, what `npx pressfacts` runs) and for the TypeScript
// source through tsx (what `pnpm pressfacts` runs). Used by batch.ts (`pnpm bench`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ColdStart {
  readonly command: string;
  /** Median and fastest of the runs, in milliseconds. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: readonly number[];
}

export type ColdStartResult = ColdStart | { readonly command: string; readonly skipped: string };

function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, ext));
    else if (entry.name.endsWith(ext)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the built CLI cannot be timed (no build, or a build older than the source), or null. */
export function distProblem(): string | null {
  const packages = join(ROOT, 'packages');
  for (const name of readdirSync(packages)) {
    const src = join(packages, name, 'src');
    const dist = join(packages, name, 'dist');
    if (!existsSync(src)) continue;
    if (!existsSync(dist)) return `packages/${name}/dist is missing (run pnpm -r build)`;
    if (newestMtime(src, '.ts') > newestMtime(dist, '.js')) return `packages/${name}/dist is older than its source (run pnpm -r build)`;
  }
  return null;
}

function time(args: readonly string[], runs: number): ColdStart {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`cold start: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    JSON.parse(r.stdout); // the run counts only if it printed the facts
    times.push(ms);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { command: `node ${args.join(' ')}`, medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]!, runs: times };
}

/** Times `pressfacts extract <file>` for the built CLI and for the source through tsx. */
export function coldStart(file: string, runs = 7): ColdStartResult[] {
  const out: ColdStartResult[] = [];
  const problem = distProblem();
  const dist = ['packages/cli/dist/bin.js', 'extract', file];
  out.push(problem === null ? time(dist, runs) : { command: `node ${dist.join(' ')}`, skipped: problem });
  out.push(time(['--conditions=pressfacts-source', '--import', 'tsx', 'packages/cli/src/bin.ts', 'extract', file], runs));
  return out;
}
