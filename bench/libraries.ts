// The pipeline beside the raw libraries it is built on, in the same process, on the same texts:
// docs/s and MB/s of extract() single-threaded and of wink-nlp readDoc, chrono.parse and
// compromise nlp() alone; the time of each pipeline stage; and the cost per KB from 1 KB to 1 MB.
// Used by batch.ts (`pnpm bench`).
import { createRequire } from 'node:module';
import type { CodeUnderTest } from './code.js';

const requireFrom = (pkg: string) => createRequire(new URL(`../packages/${pkg}/package.json`, import.meta.url));

interface Wink {
  readDoc(text: string): unknown;
}
type WinkFactory = (model: unknown, pipe?: string[]) => Wink;
const winkNLP = requireFrom('tokenizer')('wink-nlp') as WinkFactory;
const winkModel = requireFrom('tokenizer')('wink-eng-lite-web-model') as unknown;

/** wink-nlp with its default pipes, the baseline every ratio is taken against. */
export function defaultWink(): Wink {
  return winkNLP(winkModel);
}

/** A set of texts the runners are timed on. */
export interface TextSet {
  readonly name: string;
  readonly texts: readonly string[];
}

/** What one runner did on one set: medians over rounds. */
export interface RunnerResult {
  readonly docsPerSecond: number;
  readonly mbPerSecond: number;
  readonly msPerDoc: number;
  readonly rounds: readonly number[];
}

export interface SetResult {
  readonly name: string;
  readonly docs: number;
  readonly meanChars: number;
  readonly runners: Record<string, RunnerResult>;
  /** extract() docs/s over wink-nlp readDoc docs/s (default pipe), median of per-round ratios. */
  readonly pipelineOverWink: number;
  readonly pipelineOverWinkRounds: readonly number[];
  /** The same against wink-nlp with only the pipes the tokenizer loads (sbd, pos). */
  readonly pipelineOverWinkSbdPos: number;
  /** extractAll() (groups of 8, stage by stage) docs/s over wink-nlp readDoc docs/s. */
  readonly extractAllOverWink: number;
  /** What each runner read before its timed rounds. */
  readonly warmUps: Record<string, WarmUp>;
  /** Milliseconds per document in each stage of the pipeline (and schema validation). */
  readonly stagesMs: Record<string, number>;
}

export interface SizeResult {
  readonly chars: number;
  readonly ms: number;
  readonly msPerKb: number;
  readonly winkMsPerKb: number;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const utf8Bytes = (texts: readonly string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

/** Runs one text, or (`all`) a whole set at once, for entry points that take many texts. */
type Runner = ((text: string) => unknown) | { readonly all: (texts: readonly string[]) => unknown };

/** The runner of extractAll(): the name the tables show it under. */
export const EXTRACT_ALL = 'pipeline, extractAll()';

/** The runners: the pipeline, and each library alone with its usual entry point. */
export function createRunners(code: CodeUnderTest): Record<string, Runner> {
  const { createSummitPipeline, extractAll, factsOf } = code;
  const pipeline = createSummitPipeline();
  const wink = defaultWink();
  const winkSbdPos = winkNLP(winkModel, ['sbd', 'pos']);
  const chrono = requireFrom('dates-numbers')('chrono-node') as { parse(text: string, ref?: Date): unknown[] };
  const compromise = requireFrom('baseline')('compromise') as (text: string) => unknown;
  const reference = new Date(Date.UTC(2025, 5, 18, 12));
  return {
    pipeline: (text) => factsOf(pipeline.process(text)),
    [EXTRACT_ALL]: {
      all: (texts) => {
        for (const result of extractAll(texts)) if (!result.ok) throw result.error;
      },
    },
    'wink-nlp readDoc': (text) => wink.readDoc(text),
    'wink-nlp readDoc (sbd, pos)': (text) => winkSbdPos.readDoc(text),
    'chrono.parse': (text) => chrono.parse(text, reference),
    'compromise nlp()': (text) => compromise(text),
  };
}

/** Seconds one pass of `run` over `texts` takes. */
function pass(run: Runner, texts: readonly string[]): number {
  const t0 = performance.now();
  if (typeof run === 'function') for (const text of texts) run(text);
  else run.all(texts);
  return (performance.now() - t0) / 1000;
}

/** How a runner was warmed up before its timed rounds. */
export interface WarmUp {
  readonly docs: number;
  readonly seconds: number;
}

/**
 * Runs `run` over `texts` until it has read `docs` documents or spent `maxSeconds` (at least one
 * pass). V8 keeps compiling the pipeline's functions for about the first 1,500 documents of a
 * process (each is called about once per document, so it takes that long to count as hot); a
 * batch over an archive runs at the speed after that, which is what the ratios are meant to show.
 */
function warmUp(run: Runner, texts: readonly string[], docs: number, maxSeconds: number): WarmUp {
  let read = 0;
  let seconds = 0;
  do {
    seconds += pass(run, texts);
    read += texts.length;
  } while (read < docs && seconds < maxSeconds);
  return { docs: read, seconds };
}

/** Options of {@link benchSet}. */
export interface BenchSetOptions {
  readonly rounds: number;
  /** Documents each runner reads before its timed rounds (capped by `warmUpSeconds`). */
  readonly warmUpDocs: number;
  readonly warmUpSeconds: number;
  /** At most this many texts for the named (slow) runners. */
  readonly limits?: Record<string, number>;
  /**
   * Runners warmed and timed on their own, after the interleaved rounds of the others: those
   * that leave so much garbage (compromise) that the runner after them would pay for its collection.
   */
  readonly alone?: readonly string[];
}

/**
 * Times every runner on a set in interleaved rounds (one pass of each per round, after each has
 * been warmed up, see {@link warmUp}), so that load on a shared machine hits them alike; ratios
 * are taken within a round. `limits` keeps slow runners (compromise) to a few texts; `alone`
 * runners get their own rounds afterwards.
 */
export function benchSet(set: TextSet, runners: Record<string, Runner>, code: CodeUnderTest, options: BenchSetOptions): SetResult {
  const bytes = utf8Bytes(set.texts);
  const textsFor = (name: string) => set.texts.slice(0, options.limits?.[name] ?? set.texts.length);
  const warmUps: Record<string, WarmUp> = {};
  const seconds: Record<string, number[]> = {};
  const timeInRounds = (group: readonly [string, Runner][]) => {
    for (const [name, run] of group) warmUps[name] = warmUp(run, textsFor(name), options.warmUpDocs, options.warmUpSeconds);
    for (let round = 0; round < options.rounds; round++) {
      for (const [name, run] of group) (seconds[name] ??= []).push(pass(run, textsFor(name)));
    }
  };
  const alone = new Set(options.alone ?? []);
  const entries = Object.entries(runners);
  timeInRounds(entries.filter(([name]) => !alone.has(name)));
  for (const entry of entries) if (alone.has(entry[0])) timeInRounds([entry]);
  const result: Record<string, RunnerResult> = {};
  for (const [name, s] of Object.entries(seconds)) {
    const texts = textsFor(name);
    const b = texts === set.texts ? bytes : utf8Bytes(texts);
    const rates = s.map((x) => texts.length / x);
    const sec = median(s);
    result[name] = { docsPerSecond: median(rates), mbPerSecond: b / 1e6 / sec, msPerDoc: (sec * 1000) / texts.length, rounds: rates };
  }
  const within = (other: string) => (seconds.pipeline ?? []).map((p, k) => (seconds[other]?.[k] ?? Number.NaN) / p);
  const overWink = within('wink-nlp readDoc');
  const allOverWink = (seconds[EXTRACT_ALL] ?? []).map((a, k) => (seconds['wink-nlp readDoc']?.[k] ?? Number.NaN) / a);
  return {
    name: set.name,
    docs: set.texts.length,
    meanChars: Math.round(set.texts.reduce((n, t) => n + t.length, 0) / Math.max(1, set.texts.length)),
    runners: result,
    pipelineOverWink: median(overWink),
    pipelineOverWinkRounds: overWink,
    pipelineOverWinkSbdPos: median(within('wink-nlp readDoc (sbd, pos)')),
    extractAllOverWink: median(allOverWink),
    warmUps,
    stagesMs: stageTimes(set.texts, code, options.rounds),
  };
}

/** Milliseconds per document in each stage (and in schema validation), medians over rounds. */
export function stageTimes(texts: readonly string[], code: CodeUnderTest, rounds: number): Record<string, number> {
  const { createDoc, createSummitPipeline, factsOf } = code;
  const stages = createSummitPipeline().stages;
  const perRound: Record<string, number[]> = {};
  for (let round = 0; round <= rounds; round++) {
    const total: Record<string, number> = {};
    for (const text of texts) {
      let doc = createDoc(text);
      for (const stage of stages) {
        const t0 = performance.now();
        const added = stage.run(doc, { report: () => {} });
        total[stage.name] = (total[stage.name] ?? 0) + performance.now() - t0;
        doc = { ...doc, layers: { ...doc.layers, ...added } };
      }
      const t0 = performance.now();
      factsOf(doc);
      total['schema validation'] = (total['schema validation'] ?? 0) + performance.now() - t0;
    }
    if (round === 0) continue; // warm-up
    for (const [name, ms] of Object.entries(total)) (perRound[name] ??= []).push(ms / texts.length);
  }
  return Object.fromEntries(Object.entries(perRound).map(([name, xs]) => [name, median(xs)]));
}

/**
 * Cost per KB of one document of each size (a run of generated releases cut at a line end),
 * for the pipeline and wink-nlp readDoc; each size repeated until it has run ~0.5 s, median.
 */
export function benchSizes(texts: readonly string[], runners: Record<string, Runner>): SizeResult[] {
  const time = (runner: Runner, text: string): number => {
    const run = typeof runner === 'function' ? runner : (one: string) => runner.all([one]);
    const samples: number[] = [];
    let spent = 0;
    while (samples.length < 3 || (spent < 500 && samples.length < 25)) {
      const t0 = performance.now();
      run(text);
      const ms = performance.now() - t0;
      samples.push(ms);
      spent += ms;
    }
    return median(samples);
  };
  return texts.map((text) => {
    const ms = time(runners.pipeline!, text);
    const wink = time(runners['wink-nlp readDoc']!, text);
    return { chars: text.length, ms, msPerKb: ms / (text.length / 1000), winkMsPerKb: wink / (text.length / 1000) };
  });
}

/** `size` characters of generated releases run together, cut at the last line end before it. */
export function documentOfSize(releases: Iterable<string>, size: number): string {
  let text = '';
  for (const release of releases) {
    text += (text === '' ? '' : '\n\n') + release;
    if (text.length >= size) break;
  }
  const cut = text.lastIndexOf('\n', size);
  return text.slice(0, cut > size * 0.8 ? cut : size);
}
