import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, ExitCode } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/** node:util parseArgs with errors turned into one-line usage errors. */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new CliError(`${command}: ${message} (see pressfacts ${command} --help)`, ExitCode.usage);
  }
}

/** Checks a `YYYY-MM-DD` option value. */
export function parseDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new CliError(`--${name} must be a date as YYYY-MM-DD, got "${value}"`, ExitCode.usage);
  }
  return value;
}
