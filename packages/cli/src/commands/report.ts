import type { Command } from '../command.js';

// The implementation is imported on first run, so that `pressfacts --help` and every other
// command start without loading this one's dependencies.
export const reportCommand: Command = {
  name: 'report',
  summary: 'write a self-contained HTML page of a release with its facts highlighted',
  help: `Usage: pressfacts report <file|fixture-dir> -o report.html [options]

Extracts the release (a text file, or a fixture folder's input.txt with its context.json) and
writes one self-contained HTML page (inline CSS and JS, no network): the text with every fact's
evidence highlighted by fact type, the facts table beside it; click or hover a highlight for the
fact's JSON, its rule and confidence.

Options:
  -o, --output FILE            where to write the page (required; - for stdout)
  --expected FILE              an expected.json or a hand-written facts.json: missing, spurious
                               and partial facts are marked, with the scores
  --facts FILE                 draw these facts (e.g. an expected.json to review) instead of
                               running the extractor
  --reference-date YYYY-MM-DD  as for extract
  --id ID                      as for extract
  -h, --help                   show this help

Exit codes: 0 written; 2 usage error; 3 input error.`,
  async run(args, io) {
    const { runReport } = await import('./report-run.js');
    return runReport(args, io, this.help);
  },
};
