import type { PersonEntity } from '@pressfacts/document';
import { findPeople, type FindPeopleInput } from './people/index.js';

/**
 * Runs the people recogniser (src/people, written separately) and turns a failure there into
 * an empty list plus the error, so that places and organisations still come out.
 */
export function runPeople(input: FindPeopleInput): { people: PersonEntity[]; error: string | null } {
  try {
    return { people: findPeople(input), error: null };
  } catch (error) {
    return { people: [], error: error instanceof Error ? error.message : String(error) };
  }
}
