import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract } from 'pressfacts';
import type { SummitFacts } from '@pressfacts/schema';
import { aggregateScores, diffsOfScore, formatDiff, scoreFacts, type DocumentScore, type FactDiff, type FactsLike } from '@pressfacts/scoring';
import { discoverFixtures, readExpected, readFixtureInput, readHandFacts, type FixtureRef } from '@pressfacts/scoring/fixtures';
import { parseCommandArgs } from '../args.js';
import type { CommandIO } from '../command.js';
import { CliError, ExitCode } from '../errors.js';
import { formatJUnit, formatTable, rowOf, rowOfMetrics, type JUnitCase, type TableRow } from './regression-format.js';

type Status = 'pass' | 'fail' | 'error' | 'skip' | 'updated' | 'unchanged';

interface FixtureOutcome {
  readonly ref: FixtureRef;
  readonly status: Status;
  readonly message?: string;
  /** Tolerant accuracy against the reference (expected.json or facts.json). */
  readonly score?: DocumentScore;
  /** Regression differences (strict against expected.json, tolerant against facts.json). */
  readonly diffs: readonly FactDiff[];
  readonly seconds: number;
}

/** Runs `pressfacts test` (loaded on first use: see test.ts). */
export async function runTest(args: readonly string[], io: CommandIO, help: string): Promise<number> {
  const { values, positionals } = parseCommandArgs('test', args, {
    update: { type: 'boolean' },
    against: { type: 'string' },
    'min-f1': { type: 'string' },
    filter: { type: 'string' },
    json: { type: 'boolean' },
    junit: { type: 'string' },
    summary: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return ExitCode.ok;
  }
  const against = values.against ?? 'expected';
  if (against !== 'expected' && against !== 'facts') throw new CliError(`test: --against must be "expected" or "facts", got "${against}"`, ExitCode.usage);
  if (values.update && against === 'facts') throw new CliError('test: --update rewrites expected.json; it cannot be combined with --against facts', ExitCode.usage);
  const minF1 = parseMinF1(values['min-f1']);
  if (minF1 !== undefined && against !== 'facts') throw new CliError('test: --min-f1 goes with --against facts', ExitCode.usage);

  const dirs = positionals.length > 0 ? positionals : ['fixtures'];
  const refs = discoverFixtures(dirs, values.filter !== undefined ? { filter: values.filter } : {});
  if (refs.length === 0) {
    throw new CliError(`test: no fixture folder (with input.txt) under ${dirs.join(', ')}${values.filter ? ` matching "${values.filter}"` : ''}`, ExitCode.input);
  }
  const log = (text: string) => (values.json ? io.stderr : io.stdout).write(`${text}\n`);
  const outcomes: FixtureOutcome[] = [];
  for (const ref of refs) {
    const outcome = against === 'facts' ? runAgainstFacts(ref) : values.update ? runUpdate(ref, log) : runAgainstExpected(ref);
    outcomes.push(outcome);
  }

  const scored = outcomes.flatMap((o) => (o.score ? [o.score] : []));
  const corpus = aggregateScores(scored);
  const failed = outcomes.filter((o) => o.status === 'fail' || o.status === 'error');
  if (values.junit !== undefined) writeJUnit(values.junit, against, outcomes);

  if (values.json) {
    io.stdout.write(`${JSON.stringify(jsonReport(against, outcomes, corpus), null, 2)}\n`);
  } else {
    printHuman(io, against, outcomes, corpus, Boolean(values.summary));
  }

  if (against === 'facts') {
    const f1 = corpus.micro.overall.f1;
    if (minF1 !== undefined && (f1 === null || f1 < minF1)) {
      log(`micro F1 ${f1 === null ? '–' : f1.toFixed(3)} is below --min-f1 ${minF1}`);
      return ExitCode.failures;
    }
    return outcomes.some((o) => o.status === 'error') ? ExitCode.failures : ExitCode.ok;
  }
  return failed.length > 0 ? ExitCode.failures : ExitCode.ok;
}

function parseMinF1(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new CliError(`test: --min-f1 must be a number in [0, 1], got "${value}"`, ExitCode.usage);
  return n;
}

/** Extracts a fixture; returns the facts or the error message. */
function extractFixture(ref: FixtureRef): { facts: SummitFacts } | { error: string } {
  let input;
  try {
    input = readFixtureInput(ref);
  } catch (error) {
    return { error: (error as Error).message };
  }
  try {
    return { facts: extract(input.text, input.context) };
  } catch (error) {
    return { error: `extract failed: ${(error as Error)?.message ?? String(error)}` };
  }
}

function runAgainstExpected(ref: FixtureRef): FixtureOutcome {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  if (!ref.hasExpected) return { ref, status: 'skip', message: 'no expected.json yet (pressfacts test --update creates it)', diffs: [], seconds: 0 };
  let expected: SummitFacts;
  try {
    expected = readExpected(ref);
  } catch (error) {
    return { ref, status: 'error', message: `invalid expected.json: ${(error as Error).message}`, diffs: [], seconds: seconds() };
  }
  const result = extractFixture(ref);
  if ('error' in result) return { ref, status: 'error', message: result.error, diffs: [], seconds: seconds() };
  const score = scoreFacts(result.facts, expected);
  const diffs = diffsOfScore(scoreFacts(result.facts, expected, { mode: 'strict' }));
  return { ref, status: diffs.length === 0 ? 'pass' : 'fail', score, diffs, seconds: seconds() };
}

function runAgainstFacts(ref: FixtureRef): FixtureOutcome {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  if (!ref.hasFacts) return { ref, status: 'skip', message: 'no facts.json', diffs: [], seconds: 0 };
  let expected: FactsLike;
  try {
    expected = readHandFacts(ref);
  } catch (error) {
    return { ref, status: 'error', message: (error as Error).message, diffs: [], seconds: seconds() };
  }
  const result = extractFixture(ref);
  if ('error' in result) return { ref, status: 'error', message: result.error, diffs: [], seconds: seconds() };
  const score = scoreFacts(result.facts, expected);
  const diffs = diffsOfScore(score);
  return { ref, status: diffs.length === 0 ? 'pass' : 'fail', score, diffs, seconds: seconds() };
}

function runUpdate(ref: FixtureRef, log: (text: string) => void): FixtureOutcome {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const result = extractFixture(ref);
  if ('error' in result) return { ref, status: 'error', message: result.error, diffs: [], seconds: seconds() };
  let previous: SummitFacts | undefined;
  let note = 'created';
  if (ref.hasExpected) {
    try {
      previous = readExpected(ref);
    } catch (error) {
      note = `replaced an invalid file (${(error as Error).message.split('\n')[0]})`;
    }
  }
  const diffs = previous ? diffsOfScore(scoreFacts(result.facts, previous, { mode: 'strict' })) : [];
  if (previous && diffs.length === 0) return { ref, status: 'unchanged', diffs, seconds: seconds(), score: scoreFacts(result.facts, previous) };
  log(`UPDATE ${ref.expectedPath}: ${previous ? `${diffs.length} change${diffs.length === 1 ? '' : 's'}` : note}`);
  if (diffs.length > 0) log(formatDiff(diffs));
  writeFileSync(ref.expectedPath, `${JSON.stringify(result.facts, null, 2)}\n`);
  return { ref, status: 'updated', message: previous ? `${diffs.length} changes written` : note, diffs, seconds: seconds(), score: scoreFacts(result.facts, result.facts) };
}

function printHuman(io: CommandIO, against: string, outcomes: readonly FixtureOutcome[], corpus: ReturnType<typeof aggregateScores>, summaryOnly: boolean): void {
  const rows: TableRow[] = outcomes.map((o) => rowOf(o.ref.name, o.status, o.score));
  if (corpus.documents > 1) {
    rows.push(rowOfMetrics('corpus (micro)', corpus.micro.types, corpus.micro.overall));
    rows.push(rowOfMetrics('corpus (macro)', corpus.macro.types, corpus.macro.overall));
  }
  io.stdout.write(`F1 per fact type against ${against === 'facts' ? 'facts.json (hand-written)' : 'expected.json'}; "–" nothing to score\n`);
  io.stdout.write(`${formatTable(rows)}\n`);
  for (const o of outcomes) {
    if (o.status === 'error') io.stdout.write(`\nERROR ${o.ref.name}: ${o.message ?? ''}\n`);
    else if (o.status === 'skip' && against !== 'facts') io.stdout.write(`\nSKIP ${o.ref.name}: ${o.message ?? ''}\n`);
    else if (o.status === 'fail' && !summaryOnly) {
      const id = o.score?.id;
      io.stdout.write(`\nFAIL ${o.ref.name}${id ? ` (document "${id}")` : ''}: ${o.diffs.length} difference${o.diffs.length === 1 ? '' : 's'} (- missing, + spurious, ~ changed)\n`);
      io.stdout.write(`${formatDiff(o.diffs, { color: io.isTTY && !process.env.NO_COLOR })}\n`);
    }
  }
  const count = (s: Status) => outcomes.filter((o) => o.status === s).length;
  const parts = (['pass', 'fail', 'error', 'skip', 'updated', 'unchanged'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${LABEL[s]}`);
  const f1 = corpus.micro.overall.f1;
  io.stdout.write(`\n${outcomes.length} fixture${outcomes.length === 1 ? '' : 's'}: ${parts.join(', ')}${f1 === null ? '' : `; micro F1 ${f1.toFixed(3)}`}\n`);
}

const LABEL: Record<Status, string> = { pass: 'passed', fail: 'failed', error: 'errors', skip: 'skipped', updated: 'updated', unchanged: 'unchanged' };

function jsonReport(against: string, outcomes: readonly FixtureOutcome[], corpus: ReturnType<typeof aggregateScores>) {
  return {
    against,
    fixtures: outcomes.map((o) => ({
      name: o.ref.name,
      id: o.score?.id ?? null,
      status: o.status,
      ...(o.message !== undefined ? { message: o.message } : {}),
      seconds: Number(o.seconds.toFixed(4)),
      scores: o.score ? { types: o.score.types, overall: o.score.overall } : null,
      diffs: o.diffs,
    })),
    corpus,
  };
}

function writeJUnit(path: string, against: string, outcomes: readonly FixtureOutcome[]): void {
  const cases: JUnitCase[] = outcomes.map((o) => {
    const outcome: JUnitCase['outcome'] = o.status === 'fail' ? (against === 'facts' ? 'pass' : 'fail') : o.status === 'error' ? 'error' : o.status === 'skip' ? 'skip' : 'pass';
    const message =
      o.status === 'fail'
        ? `${o.diffs.length} difference${o.diffs.length === 1 ? '' : 's'} from ${against === 'facts' ? 'facts.json' : 'expected.json'}`
        : o.message;
    return {
      name: o.ref.name,
      seconds: o.seconds,
      outcome,
      ...(message !== undefined ? { message } : {}),
      ...(o.diffs.length > 0 ? { details: formatDiff(o.diffs) } : {}),
    };
  });
  try {
    writeFileSync(path, formatJUnit(against === 'facts' ? 'pressfacts.accuracy' : 'pressfacts.fixtures', cases));
  } catch (error) {
    throw new CliError(`test: cannot write --junit ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, ExitCode.input);
  }
}
