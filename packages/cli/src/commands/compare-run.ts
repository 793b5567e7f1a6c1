import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { emptyFacts } from 'pressfacts';
import {
  aggregateScores,
  diffsOfScore,
  formatDiff,
  FACT_TYPES,
  scoreFacts,
  type CorpusScore,
  type DocumentScore,
  type FactDiff,
  type FactsLike,
} from '@pressfacts/scoring';
import { discoverFixtures, readExpected, readFixtureInput } from '@pressfacts/scoring/fixtures';
import { parseCommandArgs } from '../args.js';
import type { CommandIO } from '../command.js';
import { CliError, ExitCode } from '../errors.js';
import { formatF1 } from './regression-format.js';

/** One line of a batch run. */
type RunRecord = { readonly id: string; readonly ok: true; readonly facts: FactsLike } | { readonly id: string; readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

/** What happened to one document between run a and run b. */
interface DocumentChange {
  readonly id: string;
  readonly state: 'same' | 'changed' | 'only-a' | 'only-b' | 'now-fails' | 'now-ok' | 'both-fail';
  readonly note?: string;
  readonly gained: number;
  readonly lost: number;
  readonly changed: number;
  readonly diffs: readonly FactDiff[];
}

/** Runs `pressfacts compare` (loaded on first use: see compare.ts). */
export async function runCompare(args: readonly string[], io: CommandIO, help: string): Promise<number> {
  const { values, positionals } = parseCommandArgs('compare', args, {
    expected: { type: 'string' },
    'fail-on-drop': { type: 'string' },
    json: { type: 'boolean' },
    summary: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return ExitCode.ok;
  }
  if (positionals.length !== 2) throw new CliError('compare: give two JSONL files, run a then run b', ExitCode.usage);
  const gate = parseGate(values['fail-on-drop']);
  const a = readRun(positionals[0]!, io);
  const b = readRun(positionals[1]!, io);

  const changes: DocumentChange[] = [];
  const agreement: DocumentScore[] = [];
  for (const id of unionIds(a, b)) {
    const change = compareDocument(id, a.get(id), b.get(id));
    changes.push(change.change);
    if (change.score) agreement.push(change.score);
  }
  const agree = aggregateScores(agreement);
  const accuracy = values.expected !== undefined ? scoreAgainstFixtures(values.expected, a, b) : undefined;
  const drop = accuracy ? dropOf(accuracy.a.micro.overall.f1, accuracy.b.micro.overall.f1) : 1 - (agree.micro.overall.recall ?? 1);

  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          documents: changes,
          agreement: agree.micro.overall,
          ...(accuracy ? { expected: { matched: accuracy.matched, a: accuracy.a.micro, b: accuracy.b.micro } } : {}),
          drop,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    printChanges(io, changes, Boolean(values.summary));
    printSummary(io, changes, agree, accuracy, drop);
  }
  if (gate !== undefined && drop > gate) {
    io.stderr.write(`pressfacts: compare: drop ${drop.toFixed(4)} exceeds --fail-on-drop ${gate}\n`);
    return ExitCode.failures;
  }
  return ExitCode.ok;
}

function parseGate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new CliError(`compare: --fail-on-drop must be a number >= 0, got "${value}"`, ExitCode.usage);
  return n;
}

/** Reads a batch JSONL file into a map by id (a repeated id: the last line wins, with a warning). */
function readRun(path: string, io: CommandIO): Map<string, RunRecord> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`compare: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, ExitCode.input);
  }
  const run = new Map<string, RunRecord>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new CliError(`compare: ${path}:${index + 1}: not a JSON line`, ExitCode.input);
    }
    const problem = recordProblem(record);
    if (problem) throw new CliError(`compare: ${path}:${index + 1}: ${problem}`, ExitCode.input);
    const r = record as RunRecord;
    if (run.has(r.id)) io.stderr.write(`pressfacts: compare: ${path}:${index + 1}: id "${r.id}" repeated; the last line wins\n`);
    run.set(r.id, r);
  });
  return run;
}

function recordProblem(record: unknown): string | null {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'expected an object { id, ok, facts | error }';
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string') return '"id" must be a string';
  if (r.ok === true) return r.facts !== null && typeof r.facts === 'object' ? null : '"facts" must be an object when ok is true';
  if (r.ok === false) {
    const e = r.error as Record<string, unknown> | null | undefined;
    return e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string' ? null : '"error" must be { code, message } when ok is false';
  }
  return '"ok" must be true or false';
}

function unionIds(a: ReadonlyMap<string, RunRecord>, b: ReadonlyMap<string, RunRecord>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])];
}

function compareDocument(id: string, a: RunRecord | undefined, b: RunRecord | undefined): { change: DocumentChange; score?: DocumentScore } {
  const none = { gained: 0, lost: 0, changed: 0, diffs: [] };
  if (!a) return { change: { id, state: 'only-b', ...none } };
  if (!b) return { change: { id, state: 'only-a', ...none } };
  if (!a.ok && !b.ok) {
    const note = a.error.code === b.error.code ? `fails in both (${b.error.code})` : `fails in both: ${a.error.code} → ${b.error.code}`;
    return { change: { id, state: 'both-fail', note, ...none } };
  }
  const score = scoreFacts(b.ok ? b.facts : emptyFacts(id), a.ok ? a.facts : emptyFacts(id), { mode: 'strict' });
  const diffs = diffsOfScore(score);
  const count = (c: string) => score.facts.filter((f) => f.classification === c).length;
  const counts = { gained: count('spurious'), lost: count('missing'), changed: count('partial') + count('incorrect') };
  let state: DocumentChange['state'] = diffs.length === 0 ? 'same' : 'changed';
  let note: string | undefined;
  if (!b.ok) {
    state = 'now-fails';
    note = `fails in b: ${b.error.code}: ${b.error.message}`;
  } else if (!a.ok) {
    state = 'now-ok';
    note = `failed in a (${a.error.code}), succeeds in b`;
  }
  return { change: { id, state, ...(note ? { note } : {}), ...counts, diffs }, score };
}

interface Accuracy {
  readonly matched: number;
  readonly a: CorpusScore;
  readonly b: CorpusScore;
}

/** Scores both runs against the fixtures under `dir` whose id appears in either run. */
function scoreAgainstFixtures(dir: string, a: ReadonlyMap<string, RunRecord>, b: ReadonlyMap<string, RunRecord>): Accuracy {
  const refs = discoverFixtures([dir]).filter((r) => r.hasExpected);
  if (refs.length === 0) throw new CliError(`compare: no fixture with expected.json under ${dir}`, ExitCode.input);
  const scoresA: DocumentScore[] = [];
  const scoresB: DocumentScore[] = [];
  for (const ref of refs) {
    let expected;
    let contextId: string | undefined;
    try {
      expected = readExpected(ref);
      contextId = readFixtureInput(ref).context.id;
    } catch (error) {
      throw new CliError(`compare: ${(error as Error).message}`, ExitCode.input);
    }
    const ids = [expected.document.id, contextId, ref.name, basename(ref.dir), ref.dir, ref.inputPath, relative(process.cwd(), ref.inputPath)];
    const id = ids.find((x) => x !== undefined && (a.has(x) || b.has(x)));
    if (id === undefined) continue;
    const facts = (r: RunRecord | undefined) => (r?.ok ? r.facts : emptyFacts(id));
    scoresA.push(scoreFacts(facts(a.get(id)), expected));
    scoresB.push(scoreFacts(facts(b.get(id)), expected));
  }
  if (scoresA.length === 0) throw new CliError(`compare: no document of either run matches a fixture under ${dir} (by document id, context id, folder or input.txt path)`, ExitCode.input);
  return { matched: scoresA.length, a: aggregateScores(scoresA), b: aggregateScores(scoresB) };
}

function dropOf(a: number | null, b: number | null): number {
  return (a ?? 0) - (b ?? 0);
}

function printChanges(io: CommandIO, changes: readonly DocumentChange[], summaryOnly: boolean): void {
  for (const c of changes) {
    if (c.state === 'same') continue;
    if (c.state === 'only-a' || c.state === 'only-b') {
      io.stdout.write(`${c.id}: only in run ${c.state === 'only-a' ? 'a' : 'b'}\n`);
      continue;
    }
    if (c.state === 'both-fail') {
      io.stdout.write(`${c.id}: ${c.note ?? ''}\n`);
      continue;
    }
    io.stdout.write(`${c.id}: +${c.gained} gained, -${c.lost} lost, ~${c.changed} changed${c.note ? ` (${c.note})` : ''}\n`);
    // a document that failed in one run gained or lost everything: counted, not listed
    if (!summaryOnly && c.state === 'changed') io.stdout.write(`${formatDiff(c.diffs, { color: io.isTTY && !process.env.NO_COLOR })}\n`);
  }
}

function printSummary(io: CommandIO, changes: readonly DocumentChange[], agree: CorpusScore, accuracy: Accuracy | undefined, drop: number): void {
  const n = (s: DocumentChange['state']) => changes.filter((c) => c.state === s).length;
  const sum = (k: 'gained' | 'lost' | 'changed') => changes.reduce((s, c) => s + c[k], 0);
  const m = agree.micro.overall;
  io.stdout.write(
    `\n${changes.length} documents: ${n('same')} unchanged, ${n('changed')} changed, ${n('now-fails')} newly failing, ${n('now-ok')} newly succeeding, ` +
      `${n('both-fail')} failing in both, ${n('only-a')} only in a, ${n('only-b')} only in b\n`,
  );
  io.stdout.write(`facts: +${sum('gained')} gained, -${sum('lost')} lost, ~${sum('changed')} changed\n`);
  io.stdout.write(`agreement of b with a (strict): P ${formatF1(m.precision)} R ${formatF1(m.recall)} F1 ${formatF1(m.f1)}\n`);
  if (accuracy) {
    const fa = accuracy.a.micro;
    const fb = accuracy.b.micro;
    io.stdout.write(`against expected.json (${accuracy.matched} fixtures, micro F1):\n`);
    const rows: (readonly [string, number | null, number | null])[] = FACT_TYPES.filter((t) => fa.types[t] || fb.types[t]).map((t) => [t, fa.types[t]?.f1 ?? null, fb.types[t]?.f1 ?? null] as const);
    rows.push(['overall', fa.overall.f1, fb.overall.f1]);
    for (const [label, x, y] of rows) {
      const delta = (y ?? 0) - (x ?? 0);
      io.stdout.write(`  ${label.padEnd(14)} a ${formatF1(x)}  b ${formatF1(y)}  Δ ${delta >= 0 ? '+' : ''}${delta.toFixed(3)}\n`);
    }
  }
  io.stdout.write(`drop: ${drop.toFixed(4)} (${accuracy ? 'F1(a) - F1(b) against expected.json' : '1 - recall of b against a'})\n`);
}
