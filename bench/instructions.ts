// `pnpm bench:instructions`: instructions and simulated L1 cache misses per golden-sized release,
// for the pipeline (`extract()` one at a time, and `extractAll()`) and for wink-nlp readDoc,
// counted by valgrind's cachegrind (Debian package `valgrind`). Counts do not move with the load
// of a shared machine, as times do: two runs of the pipeline's count differed by 0.3%, so a
// change that saves 2% of the work shows. Each count is the difference between a run of 8 and
// one of 3 rounds over the set, so start-up and warm-up cancel out (node runs with `--predictable`
// and a large initial old space, so that garbage collections fall alike in both). Instructions
// are not time: cache misses, branch prediction and the L2 cache (which this does not model) add
// to it, so read these beside `pnpm bench`. Slow: valgrind runs node about 50x slower (6-10
// minutes). A script, not a test.
import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadCode } from './code.js';
import { goldenSizedReleases } from './corpus.js';
import { createRunners, EXTRACT_ALL } from './libraries.js';

const RUNNERS = ['wink-nlp readDoc', 'pipeline', EXTRACT_ALL] as const;
const ROUNDS = [3, 8] as const;
const COUNTS = { instructions: 'I   refs', 'L1 instruction misses': 'I1  misses', 'L1 data misses': 'D1  misses' } as const;
type Counts = Record<keyof typeof COUNTS, number>;

if (process.argv[2] === '--child') {
  // One runner, `rounds` passes over the set: what valgrind counts.
  const [name, rounds] = [process.argv[3] ?? '', Number(process.argv[4])];
  const run = createRunners(await loadCode('built'))[name];
  if (run === undefined) throw new Error(`no runner "${name}"`);
  const texts = goldenSizedReleases();
  for (let r = 0; r < rounds; r++) {
    if (typeof run === 'function') for (const text of texts) run(text);
    else run.all(texts);
  }
} else {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('pnpm bench:instructions needs valgrind (apt-get install valgrind)');
    process.exit(1);
  }
  const texts = goldenSizedReleases().length;
  const jobs = RUNNERS.flatMap((name) => ROUNDS.map((rounds) => ({ name, rounds })));
  const results = new Map<string, Counts>();
  const workers = Math.max(1, availableParallelism());
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        console.error(`cachegrind: ${job.name}, ${job.rounds} rounds over ${texts} releases…`);
        results.set(`${job.name}/${job.rounds}`, await cachegrind(job.name, job.rounds));
      }
    }),
  );
  const perRelease = (name: string): Counts => {
    const [few, many] = ROUNDS.map((rounds) => results.get(`${name}/${rounds}`)!);
    const per = (key: keyof Counts) => (many![key] - few![key]) / ((ROUNDS[1] - ROUNDS[0]) * texts);
    return { instructions: per('instructions'), 'L1 instruction misses': per('L1 instruction misses'), 'L1 data misses': per('L1 data misses') };
  };
  const wink = perRelease('wink-nlp readDoc');
  const keys = Object.keys(COUNTS) as (keyof Counts)[];
  console.log(`\nPer golden-sized release (${texts} releases; counts of ${ROUNDS[1]} rounds minus ${ROUNDS[0]}):\n`);
  console.log(`| runner | ${keys.join(' | ')} | wink-nlp / runner, instructions |`);
  console.log(`| :--- | ${keys.map(() => '---:').join(' | ')} | ---: |`);
  for (const name of RUNNERS) {
    const c = perRelease(name);
    const cells = keys.map((k) => (c[k] >= 1e6 ? `${(c[k] / 1e6).toFixed(2)} M` : `${(c[k] / 1e3).toFixed(1)} K`));
    console.log(`| ${name} | ${cells.join(' | ')} | ${(wink.instructions / c.instructions).toFixed(3)} |`);
  }
}

/** Runs one child under cachegrind and reads its totals from valgrind's summary. */
function cachegrind(name: string, rounds: number): Promise<Counts> {
  const args = ['--tool=cachegrind', '--cache-sim=yes', '--cachegrind-out-file=/dev/null', process.execPath, '--predictable', '--initial-old-space-size=1024', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', name, String(rounds)];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const read = (label: string) => Number(new RegExp(`${label.replace(/ /g, '\\s')}:\\s+([\\d,]+)`).exec(log)?.[1]?.replaceAll(',', '') ?? Number.NaN);
      const counts = { instructions: read(COUNTS.instructions), 'L1 instruction misses': read(COUNTS['L1 instruction misses']), 'L1 data misses': read(COUNTS['L1 data misses']) };
      if (code !== 0 || Object.values(counts).some(Number.isNaN)) reject(new Error(`cachegrind on "${name}" failed (exit ${code}):\n${log.slice(-2000)}`));
      else resolve(counts);
    });
  });
}
