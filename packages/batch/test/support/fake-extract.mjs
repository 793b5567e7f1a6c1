// Plain-JavaScript stand-in for pressfacts' extract, for the test that runs the built package
// (dist) without tsx: it reports which worker thread ran each document.
import { threadId } from 'node:worker_threads';

export function extract(text, options = {}) {
  return {
    schemaVersion: '1',
    document: { id: options.id ?? 'x', publisher: null, wire: null, dateline: null, headline: text },
    event: null, participants: [], people: [], organizations: [], places: [], agreements: [], figures: [],
    quotes: [], timeline: [], commitments: [], topics: [`thread-${threadId}`],
    diagnostics: [],
  };
}
