import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, PressfactsError } from 'pressfacts';
import { renderReport } from '@pressfacts/report';
import type { SummitFacts } from '@pressfacts/schema';
import { formatIssue, validateSummitFacts } from '@pressfacts/schema/validate';
import type { FactsLike } from '@pressfacts/scoring';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { CommandIO } from '../command.js';
import { CliError, ExitCode } from '../errors.js';
import { readInput } from '../io.js';

/** Runs `pressfacts report` (loaded on first use: see report.ts). */
export async function runReport(args: readonly string[], io: CommandIO, help: string): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, {
    output: { type: 'string', short: 'o' },
    expected: { type: 'string' },
    facts: { type: 'string' },
    'reference-date': { type: 'string' },
    id: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return ExitCode.ok;
  }
  if (positionals.length !== 1) throw new CliError('report: give exactly one release file or fixture folder', ExitCode.usage);
  if (values.output === undefined) throw new CliError('report: give the output file with -o report.html (or -o - for stdout)', ExitCode.usage);
  let source = positionals[0]!;
  let context: { referenceDate?: string; id?: string } = {};
  if (isDirectory(source)) {
    context = readContext(join(source, 'context.json'));
    source = join(source, 'input.txt');
  }
  const referenceDate = parseDateOption('reference-date', values['reference-date']) ?? context.referenceDate;
  const id = values.id ?? context.id;
  const input = await readInput(source, io.stdin);
  for (const note of input.notes) io.stderr.write(`pressfacts: ${note}\n`);

  let facts: SummitFacts;
  if (values.facts !== undefined) {
    const result = validateSummitFacts(readJson(values.facts));
    if (!result.valid) throw new CliError(`report: ${values.facts}: ${result.issues.slice(0, 5).map(formatIssue).join('; ')}`, ExitCode.input);
    facts = result.value;
  } else {
    try {
      facts = extract(input.text, { ...(id !== undefined ? { id } : {}), ...(referenceDate !== undefined ? { referenceDate } : {}) });
    } catch (error) {
      if (error instanceof PressfactsError) throw new CliError(`report: ${error.message}`, ExitCode.input);
      throw error;
    }
  }
  const expected = values.expected === undefined ? undefined : readExpectation(values.expected);
  const html = renderReport({ text: input.text, facts, ...(expected ? { expected } : {}) });
  if (values.output === '-') {
    io.stdout.write(html);
    return ExitCode.ok;
  }
  try {
    writeFileSync(values.output, html);
  } catch (error) {
    throw new CliError(`report: cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, ExitCode.input);
  }
  io.stderr.write(`pressfacts: wrote ${values.output}\n`);
  return ExitCode.ok;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`report: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, ExitCode.input);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`report: ${path} is not valid JSON: ${(error as Error).message}`, ExitCode.input);
  }
}

function readContext(path: string): { referenceDate?: string; id?: string } {
  try {
    statSync(path);
  } catch {
    return {};
  }
  const raw = readJson(path) as { referenceDate?: unknown; id?: unknown } | null;
  return {
    ...(typeof raw?.referenceDate === 'string' ? { referenceDate: raw.referenceDate } : {}),
    ...(typeof raw?.id === 'string' ? { id: raw.id } : {}),
  };
}

/** A full expected.json is validated against the schema; a hand-written subset is taken as it is. */
function readExpectation(path: string): FactsLike {
  const raw = readJson(path);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`report: ${path} must hold a JSON object`, ExitCode.input);
  if ('schemaVersion' in raw) {
    const result = validateSummitFacts(raw);
    if (!result.valid) throw new CliError(`report: ${path}: ${result.issues.slice(0, 5).map(formatIssue).join('; ')}`, ExitCode.input);
  }
  return raw as FactsLike;
}
