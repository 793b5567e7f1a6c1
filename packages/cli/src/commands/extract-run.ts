import { extract, PressfactsError } from 'pressfacts';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { CommandIO } from '../command.js';
import { CliError, ExitCode } from '../errors.js';
import { readInput } from '../io.js';

/** Runs `pressfacts extract` (loaded on first use: see extract.ts). */
export async function runExtract(args: readonly string[], io: CommandIO, help: string): Promise<number> {
  const { values, positionals } = parseCommandArgs('extract', args, {
    'reference-date': { type: 'string' },
    id: { type: 'string' },
    compact: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return ExitCode.ok;
  }
  if (positionals.length !== 1) {
    throw new CliError('extract: give exactly one file (or - for stdin)', ExitCode.usage);
  }
  const referenceDate = parseDateOption('reference-date', values['reference-date']);
  const input = await readInput(positionals[0]!, io.stdin);
  for (const note of input.notes) io.stderr.write(`pressfacts: ${note}\n`);
  let facts;
  try {
    facts = extract(input.text, {
      ...(values.id !== undefined ? { id: values.id } : {}),
      ...(referenceDate !== undefined ? { referenceDate } : {}),
    });
  } catch (error) {
    if (error instanceof PressfactsError) throw new CliError(`extract: ${error.message}`, ExitCode.input);
    throw error;
  }
  io.stdout.write(`${JSON.stringify(facts, null, values.compact ? undefined : 2)}\n`);
  return ExitCode.ok;
}
