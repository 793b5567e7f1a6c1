import type { PersonEntity, Sentence, TextView, Token } from '@pressfacts/document';
import { findPeople } from './people/index.js';
import type { PeopleLexicon } from './people/lexicon.js';
import type { Word } from './text/words.js';

export interface PeopleLookups {
  readonly resolveCountry: (text: string) => { name: string; code: string } | null;
  readonly isKnownPlaceOrOrg: (text: string) => boolean;
  readonly countryOfBody?: (affiliation: string) => string | null;
  readonly lexicon?: PeopleLexicon;
}

/**
 * Runs the people recogniser (src/people, written separately) and turns a failure there into
 * an empty list plus the error, so that places and organisations still come out.
 */
export function runPeople(
  input: { view: TextView; sentences: readonly Sentence[]; tokens: readonly Token[]; textWords?: readonly Word[] },
  lookups: PeopleLookups,
): { people: PersonEntity[]; error: string | null } {
  try {
    return { people: findPeople({ ...input, ...lookups }), error: null };
  } catch (error) {
    return { people: [], error: error instanceof Error ? error.message : String(error) };
  }
}
