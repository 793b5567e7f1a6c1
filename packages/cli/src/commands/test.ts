import type { Command } from '../command.js';

// The implementation is imported on first run, so that `pressfacts --help` and every other
// command start without loading this one's dependencies.
export const testCommand: Command = {
  name: 'test',
  summary: 'run the golden fixtures: score, diff, fail on any regression',
  help: `Usage: pressfacts test [dir…] [options]

Runs every fixture folder (a folder holding input.txt) under the dirs (default: fixtures/).
For each, expected.json is validated against the SummitFacts schema, input.txt is extracted
with context.json ({ "referenceDate", "id" }), and the output is compared with expected.json.
Prints a table of F1 per fact type and a diff line per difference:
  ~ participants[China].representative: expected "Xi Jinping", actual "Xi" (partial)
  - figures[30,000,000,000 USD]: missing {…}     + people[Li Qiang]: spurious {…}

A regression is any difference in the facts: a value, an item, an evidence span or a
provenance rule; provenance confidence changes under 0.05, array order and diagnostics are
not differences. Fixtures without expected.json are skipped.

Options:
  --update             write the current output to expected.json (prints the changes first;
                       creates missing expected.json files)
  --against facts      score against the hand-written facts.json (tolerant matching) for an
                       accuracy table; exits 0 unless --min-f1 is given (or a fixture cannot
                       be loaded or extracted)
  --min-f1 X           with --against facts: exit 1 when the corpus micro F1 is below X
  --filter S           only fixtures whose path contains S, or matches S as a glob (* ** ?)
  --json               print a JSON report on stdout instead of the table
  --junit FILE         also write a JUnit XML report to FILE
  --summary            print the table only, no diff lines
  -h, --help           show this help

Exit codes: 0 no regression; 1 a fixture regressed, failed to load or to extract (or, with
--min-f1, F1 below the bar); 2 usage error; 3 no fixture found.`,
  async run(args, io) {
    const { runTest } = await import('./test-run.js');
    return runTest(args, io, this.help);
  },
};
