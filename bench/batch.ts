// `pnpm bench`: throughput of pressfacts on generated releases, single-threaded and through
// the batch pool with 1 and 2 workers, the memory of one worker, and memory over a long
// stream; the pipeline beside wink-nlp, chrono and compromise alone on the same texts (golden-
// sized releases, the corpus, 1 KB to 1 MB documents), time per stage, and the cold start of
// `pressfacts extract`. Prints tables, writes bench/results.json and docs/benchmarks.md.
// A script, never a timed test.
//
//   pnpm bench                       # 400 docs per throughput run, 4000 in the memory stream
//   pnpm bench --docs 1000 --stream 3000 --rounds 5
//   pnpm bench --extract-module packages/batch/test/support/fake-extract.ts   # machinery only
//   pnpm bench --lib-rounds 7        # rounds of the library comparison (default 5)
//   pnpm bench --warm-up-docs 3000   # documents each runner reads before its timed rounds (default 1500)
//   pnpm bench --group-size 1        # the pool's documents per task (default: the pool's own)
//   pnpm bench:source                # the TypeScript source through tsx instead of packages/*/dist
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parallelCapacity } from './capacity.js';
import { benchAdversarial } from './adversarial.js';
import { loadCode } from './code.js';
import { coldStart } from './cold-start.js';
import { benchCorpus, endlessCorpus, goldenSizedReleases } from './corpus.js';
import { benchSet, benchSizes, createRunners, documentOfSize } from './libraries.js';
import { benchmarksMarkdown, type WarmUpCurve } from './markdown.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '400' },
    stream: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '3' },
    'lib-rounds': { type: 'string', default: '5' },
    'warm-up-docs': { type: 'string', default: '1500' },
    'extract-module': { type: 'string' },
    'group-size': { type: 'string' },
    source: { type: 'boolean', default: false },
  },
});
const count = Number(values.docs);
const warmUpDocs = Number(values['warm-up-docs']);
// The pool's own default unless given; what the pools ran with is read back from them.
const groupOption = values['group-size'] === undefined ? {} : { groupSize: Number(values['group-size']) };
const streamCount = Number(values.stream);
const extractModule = values['extract-module'] === undefined ? undefined : resolve(values['extract-module']);
const here = fileURLToPath(new URL('.', import.meta.url));
// The built packages (what npm users run) unless --source; refuses a stale build.
const code = await loadCode(values.source ? 'source' : 'built');
const { createBatchPool } = code;

const log = (s: string) => process.stderr.write(`${s}\n`);
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

log(`generating ${count} releases…`);
const docs = benchCorpus(count);
const inputs = docs.map((d) => ({ id: d.id, text: d.text }));
const meanChars = Math.round(docs.reduce((n, d) => n + d.text.length, 0) / docs.length);

// 1. Single-threaded: extract() in this thread, after a warm-up (V8 keeps optimising the
// pipeline for the first ~1,500 documents).
log('single-threaded…');
const { extract } = extractModule === undefined ? code : ((await import(extractModule)) as { extract: (text: string, o?: { id?: string }) => unknown });
for (let read = 0; read < warmUpDocs; read += docs.length) for (const d of docs) extract(d.text, { id: d.id });
let t = performance.now();
for (const d of docs) extract(d.text, { id: d.id });
const singleSeconds = (performance.now() - t) / 1000;

// 2. The batch pool (JSONL lines, as the CLI runs it) with 1 and 2 workers, each loaded and
// warmed first (--warm-up-docs per worker); then `rounds` timed passes, alternating, and the median.
const rounds = Number(values.rounds);
const pools = new Map<number, ReturnType<typeof createBatchPool>>();
const startup = new Map<number, number>();
for (const workers of [1, 2]) {
  log(`batch, ${workers} worker(s): start-up and warm-up…`);
  const started = performance.now();
  const pool = createBatchPool({ workers, ...groupOption, format: 'lines', ...(extractModule ? { extractModule } : {}) });
  await pool.ready();
  startup.set(workers, (performance.now() - started) / 1000);
  // Each worker warms to V8's steady state, as in a long batch (see warmUp in libraries.ts).
  for (let read = 0; read < warmUpDocs * workers; read += inputs.length) for await (const _ of pool.extractLines(inputs));
  pools.set(workers, pool);
}
async function pass(workers: number): Promise<number> {
  let failed = 0;
  const t0 = performance.now();
  for await (const r of pools.get(workers)!.extractLines(inputs)) if (!r.ok) failed++;
  if (failed > 0) log(`  warning: ${failed} documents failed`);
  return inputs.length / ((performance.now() - t0) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rates = { 1: [] as number[], 2: [] as number[], ratio: [] as number[], capacity: [] as number[] };
for (let round = 0; round < rounds; round++) {
  log(`round ${round + 1}/${rounds}…`);
  const capacityBefore = await parallelCapacity(700);
  const r1 = await pass(1);
  const r2 = await pass(2);
  rates[1].push(r1);
  rates[2].push(r2);
  rates.ratio.push(r2 / r1);
  rates.capacity.push((capacityBefore + (await parallelCapacity(700))) / 2);
}
const groupSize = pools.get(1)!.groupSize;
for (const pool of pools.values()) await pool.close();
const one = { docsPerSecond: median(rates[1]), startupSeconds: startup.get(1)!, rounds: rates[1] };
const two = { docsPerSecond: median(rates[2]), startupSeconds: startup.get(2)!, rounds: rates[2] };
const capacity = median(rates.capacity);

// 3. Peak RSS of a process with one worker, in a fresh child process.
log('peak RSS of one worker…');
const rss = JSON.parse(
  execFileSync(process.execPath, [...code.nodeArgs, `${here}worker-rss.ts`, String(Math.min(count, 200)), extractModule ?? '', code.kind], {
    encoding: 'utf8',
  }),
) as { baselineRssMb: number; afterLoadRssMb: number; peakRssMb: number };

// 4. Memory over a long stream: RSS every 250 docs of an endless corpus. V8 grows a heap
// lazily and collects it in big steps (a saw-tooth), so compare peaks, not two samples.
log(`RSS over an endless stream of ${streamCount} docs, 2 workers…`);
const pool = createBatchPool({ workers: 2, ...groupOption, format: 'lines', ...(extractModule ? { extractModule } : {}) });
let seen = 0;
const samples: { docs: number; rssMb: number }[] = [];
t = performance.now();
for await (const _ of pool.extractLines(
  (function* () {
    for (const d of endlessCorpus()) yield { id: d.id, text: d.text };
  })(),
)) {
  seen++;
  if (seen % 250 === 0) samples.push({ docs: seen, rssMb: mb(process.memoryUsage().rss) });
  if (seen === streamCount) break;
}
const streamSeconds = (performance.now() - t) / 1000;
await pool.close();
const half = samples.filter((s) => s.docs <= streamCount / 2);
const peak = (xs: typeof samples) => Math.max(...xs.map((s) => s.rssMb));
const rssAt500 = samples.find((s) => s.docs === 500)?.rssMb ?? 0;

// 5. The pipeline beside the raw libraries, on the same texts in the same process (after the
// memory measures, which read this process's RSS): golden-sized
// releases (generated ones within 20% of the golden fixture's length, and the fixture), the
// corpus, and one document of each size from 1 KB to 1 MB. Skipped with --extract-module.
const libRounds = Number(values['lib-rounds']);
// Each runner is warmed to V8's steady state first (see warmUp in libraries.ts); the slow ones
// (compromise) stop after 8 s of it. compromise allocates so much that the runner after it
// would pay for collecting its garbage: it is timed in rounds of its own.
const setOptions = { rounds: libRounds, warmUpDocs, warmUpSeconds: 8, limits: { 'compromise nlp()': 5 }, alone: ['compromise nlp()'] };
const sets: ReturnType<typeof benchSet>[] = [];
let sizes: ReturnType<typeof benchSizes> = [];
let adversarial: ReturnType<typeof benchAdversarial> | null = null;
if (extractModule === undefined) {
  const goldenSized = goldenSizedReleases();
  const runners = createRunners(code);
  log(`the pipeline beside the libraries: ${goldenSized.length} golden-sized releases…`);
  sets.push(benchSet({ name: 'golden-sized', texts: goldenSized }, runners, code, setOptions));
  log(`… the corpus (${docs.length} releases)…`);
  sets.push(benchSet({ name: 'corpus', texts: docs.map((d) => d.text) }, runners, code, setOptions));
  log('… 1 KB to 1 MB documents…');
  const releases = () => (function* () { for (const d of endlessCorpus(3)) yield d.text; })();
  sizes = benchSizes([1_000, 5_000, 20_000, 100_000, 1_000_000].map((n) => documentOfSize(releases(), n)), runners);
  log('… adversarial shapes, 1 MB each, beside 1 MB of normal releases…');
  adversarial = benchAdversarial(1_000_000, code.extract);
}

// 6. Warm-up: extract() and wink-nlp readDoc, each in a fresh process, block by block.
let warmUp: WarmUpCurve | null = null;
if (extractModule === undefined) {
  log('warm-up of a fresh process (extract() and wink-nlp readDoc)…');
  const curve = (runner: string) =>
    JSON.parse(execFileSync(process.execPath, [...code.nodeArgs, `${here}warm-up.ts`, runner, code.kind], { encoding: 'utf8' })) as { blocks: number[]; msPerDoc: number[] };
  const pipeline = curve('pipeline');
  const wink = curve('wink');
  warmUp = { blocks: pipeline.blocks, pipelineMsPerDoc: pipeline.msPerDoc, winkMsPerDoc: wink.msPerDoc };
}

// 7. Cold start of `pressfacts extract` on the golden fixture (built CLI and tsx source).
log('cold start of pressfacts extract…');
const cold = extractModule === undefined ? coldStart('fixtures/china-central-asia-summit-2025/input.txt') : [];

const results = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version, memoryGb: totalmem() / 2 ** 30, loadAverage: loadavg() },
  extractModule: extractModule ?? 'pressfacts',
  code: code.kind,
  corpus: { docs: count, meanChars },
  singleThread: { docsPerSecond: count / singleSeconds, msPerDoc: (singleSeconds * 1000) / count },
  groupSize,
  batch1: one,
  batch2: two,
  // Median over rounds of (2 workers / 1 worker) within the same round.
  ratio2to1: median(rates.ratio),
  ratio2to1Rounds: rates.ratio,
  // Two busy threads over one, measured around each round: what the machine could give.
  machineParallelCapacity: capacity,
  machineParallelCapacityRounds: rates.capacity,
  ratio1ToSingle: one.docsPerSecond / (count / singleSeconds),
  oneWorkerRss: { ...rss, workerMb: rss.peakRssMb - rss.baselineRssMb },
  stream: {
    docs: streamCount,
    docsPerSecond: streamCount / streamSeconds,
    rssAt500Mb: rssAt500,
    rssAtEndMb: samples.at(-1)?.rssMb ?? 0,
    peakFirstHalfMb: peak(half),
    peakSecondHalfMb: peak(samples.filter((s) => s.docs > streamCount / 2)),
    samples,
  },
  libraries: sets,
  sizes,
  adversarial,
  warmUp,
  coldStart: cold,
};
writeFileSync(`${here}results.json`, `${JSON.stringify(results, null, 2)}\n`);

const f = (n: number, d = 1) => n.toFixed(d);
const rows: [string, string, string][] = [
  ['single-threaded extract()', `${f(results.singleThread.docsPerSecond)} docs/s`, `${f(results.singleThread.msPerDoc, 2)} ms/doc`],
  [`batch, 1 worker, groups of ${groupSize}`, `${f(one.docsPerSecond)} docs/s`, `x${f(results.ratio1ToSingle, 2)} of single; start-up ${f(one.startupSeconds)} s`],
  [`batch, 2 workers, groups of ${groupSize}`, `${f(two.docsPerSecond)} docs/s`, `x${f(results.ratio2to1, 2)} of 1 worker; start-up ${f(two.startupSeconds)} s`],
  ['machine, 2 threads / 1', `x${f(capacity, 2)}`, 'busy loops: the most 2 workers can get now (2.00 when idle)'],
  ['one worker, peak RSS', `${f(results.oneWorkerRss.workerMb)} MB`, `process ${f(rss.baselineRssMb)} -> ${f(rss.peakRssMb)} MB`],
  [
    `RSS, stream of ${streamCount}`,
    `${f(results.stream.peakFirstHalfMb)} / ${f(results.stream.peakSecondHalfMb)} MB`,
    `peak in 1st / 2nd half; ${f(rssAt500)} MB at 500 -> ${f(results.stream.rssAtEndMb)} MB at ${streamCount}`,
  ],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\npressfacts bench: ${count} generated releases (mean ${meanChars} chars), ${results.machine.cpus} CPUs, Node ${process.version}\n`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);

if (extractModule === undefined) {
  const markdown = benchmarksMarkdown({
    date: results.date,
    code: code.kind,
    machine: results.machine,
    sets,
    sizes,
    adversarial,
    coldStart: cold,
    warmUp,
    batch: { single: results.singleThread.docsPerSecond, groupSize, one: one.docsPerSecond, two: two.docsPerSecond, capacity, workerRssMb: results.oneWorkerRss.workerMb, meanChars },
  });
  writeFileSync(`${here}../docs/benchmarks.md`, markdown);
  // The same tables on the terminal (the Markdown sections after the header).
  console.log(`\n${markdown.slice(markdown.indexOf('## The pipeline'))}`);
  console.log('wrote bench/results.json and docs/benchmarks.md');
} else console.log('\nwrote bench/results.json');
