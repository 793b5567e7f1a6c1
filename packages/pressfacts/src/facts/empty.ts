import type { SummitFacts } from '@pressfacts/schema';

/** A valid SummitFacts with nothing found: every key present, unknown = null or []. */
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
