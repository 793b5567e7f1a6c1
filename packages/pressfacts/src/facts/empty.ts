import type { SummitFacts } from '@pressfacts/schema';

/**
 * A valid SummitFacts with nothing found: every key present, unknown = null or []. What `extract`
 * returns for a document no stage could read, and a neutral stand-in for a failed run when
 * comparing or scoring runs.
 *
 * @example
 * const facts = emptyFacts('doc-1');
 * facts.event; // null
 * facts.participants; // []
 * validateSummitFacts(facts).valid; // true
 */
export function emptyFacts(id: string): SummitFacts {
  return {
    schemaVersion: '1',
    document: { id, publisher: null, wire: null, dateline: null, headline: null },
    event: null,
    participants: [],
    people: [],
    organizations: [],
    places: [],
    agreements: [],
    figures: [],
    quotes: [],
    timeline: [],
    commitments: [],
    topics: [],
    diagnostics: [],
  };
}
