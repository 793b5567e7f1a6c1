import type { Command } from '../command.js';

// The implementation is imported on first run, so that `pressfacts --help` and every other
// command start without loading this one's dependencies.
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
    const { runExtract } = await import('./extract-run.js');
    return runExtract(args, io, this.help);
  },
};
