/**
 * Exit codes of the `pressfacts` command (documented in the CLI README):
 * 0 success; 1 the command ran but found failures (a regression, a failed document);
 * 2 usage error (unknown command or option); 3 input error (missing or unreadable file);
 * 4 internal error (a bug: please report it, rerun with --debug for the stack).
 */
export const ExitCode = {
  ok: 0,
  failures: 1,
  usage: 2,
  input: 3,
  internal: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error meant for the user: printed as one line on stderr, never with a stack trace.
 *
 * @example
 * throw new CliError('extract: give exactly one file (or - for stdin)', ExitCode.usage);
 * // main() prints "pressfacts: extract: give exactly one file (or - for stdin)" and resolves to 2
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
