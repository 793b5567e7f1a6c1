// Cold start of `pressfacts extract` on one file: from process start to the JSON on stdout and
// the process gone, for the built CLI (dist, what `npx pressfacts` runs) and for the TypeScript
// source through tsx (what `pnpm pressfacts` runs). Used by batch.ts (`pnpm bench`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { distProblem } from './code.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ColdStart {
  readonly command: string;
  /** Median and fastest of the runs, in milliseconds. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: readonly number[];
}

export type ColdStartResult = ColdStart | { readonly command: string; readonly skipped: string };

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
