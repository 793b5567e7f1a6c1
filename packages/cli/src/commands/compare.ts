import type { Command } from '../command.js';

// The implementation is imported on first run, so that `pressfacts --help` and every other
// command start without loading this one's dependencies.
export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare two batch runs (JSONL): facts gained, lost, changed, score delta',
  help: `Usage: pressfacts compare <a.jsonl> <b.jsonl> [options]

Compares two runs of 'pressfacts batch' document by document, with run a as the reference:
facts gained (+, only in b), lost (-, only in a) and changed (~, a field differs), every one
named. Comparison is exact (strict mode: any change of value, item, span or provenance rule).
A document that fails in one run counts as producing no facts there.

Prints the agreement of b with a (precision, recall, F1: 1.000 = identical). The drop is
1 - recall (the share of a's facts that b lost or changed). With --expected, both runs are
also scored against the fixtures' expected.json (tolerant matching) and the drop is
F1(a) - F1(b), micro over the matched documents.

Options:
  --expected DIR       score both runs against the fixtures under DIR (a run's id matched to
                       the document id, context.json id, folder or input.txt path)
  --fail-on-drop X     exit 1 when the drop exceeds X (e.g. 0.01)
  --json               print a JSON report on stdout
  --summary            per-document counts only, no diff lines
  -h, --help           show this help

Exit codes: 0 compared (no gate, or drop within the gate); 1 drop above --fail-on-drop;
2 usage error; 3 unreadable or malformed JSONL.`,
  async run(args, io) {
    const { runCompare } = await import('./compare-run.js');
    return runCompare(args, io, this.help);
  },
};
