import type { PeopleContext } from '../context.js';
import { countNameWords, readNameForward } from '../name-words.js';

/** Longest country or body read between "of" and the name ("Federal Republic of Germany"). */
const MAX_BODY_WORDS = 6;
/** Lower-case words inside an official country name or a body ("Republic of India"). */
const INNER = new Set(['of', 'the', 'and', 'for']);

/** What "of [the] …" between a title and a name names. */
export interface OfBody {
  /** The country, when the words name one (official names too: "Republic of Kazakhstan"). */
  readonly country: string | null;
  /** Otherwise the body as written ("European Council"). */
  readonly affiliation: string | null;
  /** Index of the first word of the name after it. */
  readonly end: number;
}

/**
 * "of [the] Republic of Kazakhstan Kassym-Jomart Tokayev", "of the European Council António
 * Costa", "of Turkmenistan Serdar Berdimuhamedov": reads from the "of" at word `j` (right after a
 * title) a country or a body followed, with no comma, by a name. The longest reading wins; a body
 * that is not a country must be a known organisation or end in an institution word ("Council",
 * "Bank") and be followed by a name of two words or more. Null when no name follows.
 */
export function readOfBody(ctx: PeopleContext, j: number): OfBody | null {
  const words = ctx.words;
  if (words[j]?.key !== 'of' || words[j]!.breakBefore) return null;
  let p = j + 1;
  if (words[p]?.key === 'the' && !words[p]!.breakBefore) p++;
  if (words[p]?.cap !== true || words[p]!.breakBefore) return null;
  // The run of capitalised words (and inner connectors) that holds the body and the name.
  let q = p;
  while (q < words.length && q - p < MAX_BODY_WORDS + 6) {
    const w = words[q]!;
    if (q > p && w.breakBefore) break;
    if (w.cap && !w.punct) {
      q++;
      if (w.possessive) break;
      continue;
    }
    if (INNER.has(w.key) && words[q + 1]?.cap === true && !words[q + 1]!.breakBefore) {
      q++;
      continue;
    }
    break;
  }
  for (let s = Math.min(q - 1, p + MAX_BODY_WORDS); s > p; s--) {
    const last = words[s - 1]!;
    if (!last.cap || last.possessive || INNER.has(words[s]!.key)) continue;
    const nameEnd = readNameForward(ctx, s);
    if (nameEnd === s) continue;
    const text = ctx.textOf(p, s);
    const country = ctx.country(text);
    if (country !== null) return { country, affiliation: null, end: s };
    if (s - p >= 2 && countNameWords(ctx, s, nameEnd) >= 2 && (ctx.knownPlaceOrOrg(text) || ctx.lex.institutions.has(last.key))) {
      return { country: null, affiliation: text, end: s };
    }
  }
  return null;
}
