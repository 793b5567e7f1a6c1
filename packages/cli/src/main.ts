import type { Command, CommandIO } from './command.js';
import { extractCommand } from './commands/extract.js';
import { batchCommand } from './commands/batch.js';
import { testCommand } from './commands/test.js';
import { compareCommand } from './commands/compare.js';
import { reportCommand } from './commands/report.js';
import { CliError, ExitCode } from './errors.js';

/** Every sub-command, in the order `--help` lists them. */
export const commands: readonly Command[] = [extractCommand, testCommand, compareCommand, reportCommand, batchCommand];

const usage = () => `Usage: pressfacts <command> [options]

Turns press releases about diplomatic summits into structured, source-grounded facts.

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'pressfacts <command> --help' for a command's options. Add --debug to see stack traces.`;

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code.
 * User errors print one line on stderr; stack traces only with --debug.
 *
 * @example
 * const code = await main(['extract', 'release.txt', '--compact'], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   stdin: process.stdin,
 *   isTTY: false,
 * });
 * process.exitCode = code; // 0, or ExitCode.usage / ExitCode.input …
 */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage()}\n`);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version') {
    io.stdout.write('0.1.0\n');
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(`pressfacts: unknown command "${name}" (see pressfacts --help)\n`);
    return ExitCode.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`pressfacts: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`pressfacts: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('pressfacts: this is a bug; rerun with --debug for details\n');
    return ExitCode.internal;
  }
}
