import type { PeopleContext } from './context.js';
import { keyOf, type PersonDraft, type ShortFormIndex } from './group.js';
import { isNameWord, isParticle, readNameForward } from './name-words.js';

/** A mention found by scanning: words `[start, end)` standing for `person`. */
export interface ScannedMention {
  readonly person: PersonDraft;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds every run of name words in the document that is the full name or an unshared short form
 * of a person ("Modi", "Modi's", "Tokayev", "von der Leyen"). A run must match whole, after leading
 * words that name a country or place ("Kazakh Tokayev"), so a one-word city such as
 * "Ma'an" or "Lee Kuan Yew School" never matches "Ma" or "Lee"; only in a Title Case headline may a run
 * match by its start ("Narendra Modi Meets …").
 */
export function scanMentions(ctx: PeopleContext, index: ShortFormIndex): ScannedMention[] {
  const out: ScannedMention[] = [];
  if (index.size === 0) return out;
  const words = ctx.words;
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(ctx, i) && !isParticle(ctx, i)) continue;
    const end = readNameForward(ctx, i);
    if (end === i) continue;
    for (let s = i; s < end; s++) {
      const hit = ctx.titleCase[i] === 1 ? longestKnownPrefix(ctx, index, s, end) : known(ctx, index, s, end);
      if (hit !== null) {
        out.push(hit);
        break;
      }
      // Only a leading place or country is skipped, and only when words follow it (the lookups
      // are dear: most runs are one word).
      if (s + 1 >= end) break;
      const lead = words[s]!.text;
      if (ctx.country(lead) === null && !ctx.knownPlaceOrOrg(lead)) break;
    }
    i = end - 1;
  }
  return out;
}

function known(ctx: PeopleContext, index: ShortFormIndex, start: number, end: number): ScannedMention | null {
  const person = index.get(keyOf(ctx, start, end));
  return person === undefined || person === null ? null : { person, start, end };
}

/** In a Title Case headline a name may run into capitalised words after it: try shorter runs. */
function longestKnownPrefix(ctx: PeopleContext, index: ShortFormIndex, start: number, end: number): ScannedMention | null {
  for (let e = end; e > start; e--) {
    const hit = known(ctx, index, start, e);
    if (hit !== null) return hit;
  }
  return null;
}
