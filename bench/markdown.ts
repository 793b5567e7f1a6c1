// docs/benchmarks.md from the numbers of one `pnpm bench` run (the file is generated: edit this).
import type { AdversarialResult } from './adversarial.js';
import type { ColdStartResult } from './cold-start.js';
import type { SetResult, SizeResult } from './libraries.js';

/** ms per document of each block of a fresh process's documents (bench/warm-up.ts). */
export interface WarmUpCurve {
  /** The position of each block's last document in the process. */
  readonly blocks: readonly number[];
  readonly pipelineMsPerDoc: readonly number[];
  readonly winkMsPerDoc: readonly number[];
}

export interface BenchSummary {
  readonly date: string;
  /** Which code was timed: the built packages (dist) or the TypeScript source through tsx. */
  readonly code: 'built' | 'source';
  readonly machine: { readonly cpus: number; readonly model: string; readonly node: string; readonly memoryGb: number; readonly loadAverage: readonly number[] };
  readonly sets: readonly SetResult[];
  readonly sizes: readonly SizeResult[];
  readonly adversarial: AdversarialResult | null;
  readonly coldStart: readonly ColdStartResult[];
  readonly warmUp: WarmUpCurve | null;
  readonly batch: { readonly single: number; readonly groupSize: number; readonly one: number; readonly two: number; readonly capacity: number; readonly workerRssMb: number; readonly meanChars: number };
}

const warmUpDocsText = (s: BenchSummary) => {
  const docs = s.sets[0]?.warmUps.pipeline?.docs;
  return docs === undefined ? 'about 1,500' : `at least ${docs.toLocaleString('en-US')}`;
};

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[]) =>
  [row(head), row(align.map((a) => (a === 'r' ? '---:' : ':---'))), ...rows.map(row)].join('\n');

/** The Markdown page. */
export function benchmarksMarkdown(s: BenchSummary): string {
  const runnerNames = [...new Set(s.sets.flatMap((set) => Object.keys(set.runners)))];
  const libraries = table(
    ['set', 'docs', 'mean chars', ...runnerNames.map((n) => `${n} docs/s (MB/s)`), 'pipeline / wink readDoc', 'pipeline / wink (sbd, pos)', 'extractAll() / wink readDoc'],
    s.sets.map((set) => [
      set.name,
      String(set.docs),
      String(set.meanChars),
      ...runnerNames.map((n) => {
        const r = set.runners[n];
        return r === undefined ? '–' : `${f(r.docsPerSecond)} (${f(r.mbPerSecond, 2)})`;
      }),
      `**${f(set.pipelineOverWink, 2)}**`,
      f(set.pipelineOverWinkSbdPos, 2),
      f(set.extractAllOverWink, 2),
    ]),
    ['l', 'r', 'r', ...runnerNames.map(() => 'r' as const), 'r', 'r', 'r'],
  );
  const stageNames = [...new Set(s.sets.flatMap((set) => Object.keys(set.stagesMs)))];
  const stages = table(
    ['stage (ms/doc)', ...s.sets.map((set) => set.name)],
    [...stageNames.map((n) => [n, ...s.sets.map((set) => f(set.stagesMs[n] ?? Number.NaN, 2))]), ['**total**', ...s.sets.map((set) => `**${f(Object.values(set.stagesMs).reduce((a, b) => a + b, 0), 2)}**`)]],
    ['l', ...s.sets.map(() => 'r' as const)],
  );
  const fiveKb = s.sizes.reduce<SizeResult | undefined>((best, z) => (best === undefined || Math.abs(z.chars - 5000) < Math.abs(best.chars - 5000) ? z : best), undefined);
  const sizes = table(
    ['document', 'pipeline ms', 'pipeline ms/KB', 'vs 5 KB', 'wink readDoc ms/KB'],
    s.sizes.map((z) => [`${f(z.chars / 1000, 0)} KB`, f(z.ms, 1), f(z.msPerKb, 3), fiveKb ? `x${f(z.msPerKb / fiveKb.msPerKb, 2)}` : '–', f(z.winkMsPerKb, 3)]),
    ['l', 'r', 'r', 'r', 'r'],
  );
  const adv = s.adversarial;
  const adversarial =
    adv === null
      ? 'Not run.'
      : `${table(
          ['document (1 MB)', 'pipeline ms/KB', 'x normal'],
          [['normal releases', f(adv.normalMsPerMb / 1000, 3), 'x1.00'], ...adv.shapes.map((z) => [z.name, f(z.msPerMb / 1000, 3), `x${f(z.ratio, 2)}`])],
          ['l', 'r', 'r'],
        )}\n\n${adv.withinBound ? `Every shape is within the bound (x${adv.bound}).` : `**Not every shape is within the bound (x${adv.bound}).**`}`;
  const cold = table(
    ['command', 'median ms', 'fastest ms'],
    s.coldStart.map((c) => ('skipped' in c ? [`\`${c.command}\``, `skipped: ${c.skipped}`, ''] : [`\`${c.command}\``, f(c.medianMs, 0), f(c.minMs, 0)])),
    ['l', 'r', 'r'],
  );
  const w = s.warmUp;
  const warm =
    w === null
      ? 'Not run.'
      : table(
          ['documents of the process', 'extract() ms/doc', 'wink readDoc ms/doc', 'extract() / wink'],
          w.blocks.map((last, k) => {
            const first = (w.blocks[k - 1] ?? 0) + 1;
            const p = w.pipelineMsPerDoc[k] ?? Number.NaN;
            const r = w.winkMsPerDoc[k] ?? Number.NaN;
            return [first === last ? `${first}` : `${first}–${last}`, f(p, 2), f(r, 2), f(r / p, 2)];
          }),
          ['l', 'r', 'r', 'r'],
        );
  const b = s.batch;
  const batch = table(
    ['measure', 'value'],
    [
      ['single-threaded extract() (generated corpus)', `${f(b.single)} docs/s`],
      [`batch, 1 worker, groups of ${b.groupSize}`, `${f(b.one)} docs/s`],
      [`batch, 2 workers, groups of ${b.groupSize}`, `${f(b.two)} docs/s (x${f(b.two / b.one, 2)}; the machine gave x${f(b.capacity, 2)} to two busy threads)`],
      ['peak RSS of one worker', `${f(b.workerRssMb)} MB`],
    ],
    ['l', 'l'],
  );
  const m = s.machine;
  return `# Benchmarks

Generated by \`pnpm bench\` (bench/batch.ts, bench/libraries.ts, bench/cold-start.ts) on ${s.date.slice(0, 10)}; the
same numbers are in bench/results.json. Do not edit by hand: run the bench again.

Machine: ${m.cpus} CPUs (${m.model}), ${f(m.memoryGb, 0)} GB, Node ${m.node}; load average at the start
${m.loadAverage.map((x) => f(x, 2)).join(' / ')} (other processes share this machine: read ratios, which are
measured within the same rounds, rather than absolute rates).

Code timed: ${s.code === 'built' ? 'the built packages (`packages/*/dist`, the JavaScript npm users run; `pnpm bench` builds them first)' : 'the TypeScript source through tsx (`pnpm bench:source`), not what npm users run'}.

## The pipeline beside the libraries it is built on

Single-threaded, in one process, on the same texts, in interleaved rounds (medians). *pipeline*
is \`extract()\` (tokenizer with wink-nlp, dates with chrono, numbers, entities, facts, schema
validation) called once per text; *pipeline, extractAll()* is the same pipeline over the same
texts through \`extractAll()\`, which runs each stage across a group of 8 texts before the next
(same facts; a stage's code and vocabularies stay in the CPU cache); *wink-nlp readDoc* is \`winkNLP(model).readDoc(text)\` with its default pipes;
*(sbd, pos)* is the instance the tokenizer loads; *chrono.parse* is chrono-node's casual parser;
*compromise nlp()* runs on the first few texts only (it is slow), in rounds of its own (the runner
after it would pay for collecting its garbage). MB = 10^6 bytes of UTF-8.
Before its timed rounds each runner reads ${warmUpDocsText(s)} documents (or runs for 8 s), so that
V8 has optimised it: the rates are those of a long batch. A fresh process starts slower; see
"Warm-up" below.

${libraries}

## Time per stage

${stages}

## Cost against length

One document of each size (generated releases run together); median of repeated runs.

${sizes}

## Adversarial text

Issue 7's bound: no shape of text may cost more than 3x the ms per MB of normal releases. One
document of ${adv === null ? '1 MB' : `${f(adv.chars / 1e6, 0)} MB`} per shape (bench/adversarial.ts: capitalised words, comma lists, digits, quotes,
no white space, one giant sentence, dense sentences…) beside generated releases run together to
the same length, in the same rounds (medians).

${adversarial}

## Warm-up

A fresh process per runner, reading the golden-sized releases again and again: the cost per
document of each block of its documents (bench/warm-up.ts). The first document loads the models.
V8 compiles the pipeline's functions with its optimising compiler only once each has run often
enough, and most run about once per document, so the pipeline needs about 1,000–2,000
documents to reach its long-run speed; wink-nlp's few hot loops get there within a few hundred.

${warm}

## Cold start

\`pressfacts extract\` on the golden fixture, from process start to the JSON on stdout and exit.

${cold}

## Batch

${batch}
`;
}
