import { BatchCommandError, runBatchCommand } from '@pressfacts/batch';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { CommandIO } from '../command.js';
import { CliError, ExitCode } from '../errors.js';

function positiveInteger(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new CliError(`--${name} must be an integer >= ${min}, got "${value}"`, ExitCode.usage);
  }
  return n;
}

/** Runs `pressfacts batch` (loaded on first use: see batch.ts). */
export async function runBatch(args: readonly string[], io: CommandIO, help: string): Promise<number> {
  const { values, positionals } = parseCommandArgs('batch', args, {
    output: { type: 'string', short: 'o' },
    workers: { type: 'string' },
    'group-size': { type: 'string' },
    timeout: { type: 'string' },
    resume: { type: 'boolean' },
    ordered: { type: 'boolean' },
    'reference-date': { type: 'string' },
    'max-input-length': { type: 'string' },
    'extract-module': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return ExitCode.ok;
  }
  const workers = positiveInteger('workers', values.workers);
  const groupSize = positiveInteger('group-size', values['group-size']);
  const timeoutMs = positiveInteger('timeout', values.timeout, 0);
  const maxInputLength = positiveInteger('max-input-length', values['max-input-length']);
  const referenceDate = parseDateOption('reference-date', values['reference-date']);
  try {
    const summary = await runBatchCommand(
      {
        inputs: positionals,
        output: values.output ?? '-',
        resume: values.resume === true,
        ordered: values.ordered === true,
        ...(workers !== undefined ? { workers } : {}),
        ...(groupSize !== undefined ? { groupSize } : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(maxInputLength !== undefined ? { maxInputLength } : {}),
        ...(referenceDate !== undefined ? { referenceDate } : {}),
        ...(values['extract-module'] !== undefined ? { extractModule: values['extract-module'] } : {}),
      },
      io,
    );
    return summary.exitCode === 0 ? ExitCode.ok : ExitCode.failures;
  } catch (error) {
    if (error instanceof BatchCommandError) {
      throw new CliError(`batch: ${error.message}`, error.kind === 'usage' ? ExitCode.usage : ExitCode.input);
    }
    throw error;
  }
}
