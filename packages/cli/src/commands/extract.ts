import { extract, PressfactsError } from 'pressfacts';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command } from '../command.js';
import { CliError, ExitCode } from '../errors.js';
import { readInput } from '../io.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the facts JSON of one release (a file, or - for stdin)',
  help: `Usage: pressfacts extract <file|-> [options]

Reads one press release and prints its SummitFacts JSON on stdout.

Options:
  --reference-date YYYY-MM-DD  resolve relative dates ("on Tuesday") against this date when
                               the release has no dated dateline or date header
  --id ID                      the document id (default: a stable hash of the text)
  --compact                    print JSON on one line
  -h, --help                   show this help

Exit codes: 0 facts printed; 2 usage error; 3 input error (missing, binary or oversized file).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('extract', args, {
      'reference-date': { type: 'string' },
      id: { type: 'string' },
      compact: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
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
  },
};
