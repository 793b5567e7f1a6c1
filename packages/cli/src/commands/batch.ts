import type { Command } from '../command.js';

// The implementation is imported on first run, so that `pressfacts --help` and every other
// command start without loading this one's dependencies.
export const batchCommand: Command = {
  name: 'batch',
  summary: 'extract many releases (files, directory, glob, JSONL, stdin) to JSONL in parallel',
  help: `Usage: pressfacts batch <dir|glob|file.txt|file.jsonl|->... [-o results.jsonl] [options]

Extracts facts from many releases over worker threads and writes one JSONL line per input
document, as results complete: {"id","ok":true,"facts":{…}} or {"id","ok":false,"error":{"code","message"}}.

Inputs:
  DIR            every *.txt and *.jsonl under it (recursively)
  FILE.txt       one release; its id is the path relative to the current directory
  FILE.jsonl     one {"id","text","referenceDate"?} object per line (a bad line becomes an
                 error record whose id is FILE:LINE)
  'GLOB'         e.g. 'releases/**/*.txt' (quote it)
  -              JSONL on stdin (ids of bad lines: stdin:LINE)

Options:
  -o, --output FILE         output JSONL (default -: stdout, e.g. as a Hadoop Streaming mapper)
  --workers N               worker threads (default: the number of CPUs)
  --group-size N            documents per worker task (default 8; 1 = one at a time): each
                            pipeline stage runs across the group, less CPU per document
  --timeout MS              per-document time limit (default 30000; 0 = none); a group gets
                            MS x its documents, and a group that times out or crashes is
                            run again one document at a time, so only the culprit fails
  --resume                  skip ids already in the output file and append the rest
                            (an unfinished last line of a killed run is dropped first)
  --ordered                 write results in input order (default: as they complete)
  --reference-date YYYY-MM-DD  for documents without a date of their own
  --max-input-length N      longest document in characters (default 2000000)
  --extract-module PATH     use this module's extract(text, options) instead of pressfacts
  -h, --help                show this help

Progress goes to stderr: a bar on a terminal, a line every 10 s otherwise; a summary at the end.
Exit codes: 0 every document ok; 1 some document failed (see its error record); 2 usage
error; 3 input not found or output not writable.`,
  async run(args, io) {
    const { runBatch } = await import('./batch-run.js');
    return runBatch(args, io, this.help);
  },
};
