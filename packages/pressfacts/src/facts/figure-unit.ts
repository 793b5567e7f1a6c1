import type { CardinalQuantity, Token } from '@pressfacts/document';
import { COUNT_FILLERS, LANGUAGE_HEADS, NOT_COUNTED_NOUNS } from '../data/count-nouns.js';
import { lower } from './chunks.js';
import type { FactsContext } from './context.js';
import { overlapLookup } from './range-queries.js';
import { firstTokenFrom } from './token-search.js';

const NOT_COUNTED: ReadonlySet<string> = new Set(NOT_COUNTED_NOUNS.flatMap((r) => r.words));
const LANGUAGE_HEAD: ReadonlySet<string> = new Set(LANGUAGE_HEADS.flatMap((r) => r.words));
// "48.2 million TEU": twenty-foot equivalent units, the count of container traffic.
const PLURAL_WITHOUT_S: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'personnel', 'staff', 'youth', 'police', 'teu']);
const COPULA: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was']);
/** A bare four-digit number in this range is a year ("the 1967 borders"), not a count. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;

const DATE_OVERLAP = new WeakMap<FactsContext, (start: number, end: number) => boolean>();

/** Does a date mention overlap the range? (An index built once per document.) */
function overlapsDate(ctx: FactsContext, start: number, end: number): boolean {
  let lookup = DATE_OVERLAP.get(ctx);
  if (lookup === undefined) DATE_OVERLAP.set(ctx, (lookup = overlapLookup(ctx.dates, (d) => d.norm)));
  return lookup(start, end);
}

/**
 * The counted noun of a statistical count, as written ("21 member economies" → "member economies",
 * "23 of the 32 Allies" → "Allies", "25 of them" → the noun counted before), or null when the
 * number counts nothing, is a year, a duration or a measurement, or modifies a noun ("10-year").
 */
export function countedNoun(ctx: FactsContext, q: CardinalQuantity, tokens: readonly Token[], previousUnit: string | null): string | null {
  if (YEAR_LIKE.test(q.text) || overlapsDate(ctx, q.norm.start, q.norm.end)) return null;
  let i = firstTokenFrom(tokens, q.norm.end);
  if (i < 0) return null;
  const gap = ctx.text.slice(q.norm.end, tokens[i]!.norm.start);
  if (gap.includes('\n') || (gap === '' && lower(tokens[i]) === '-')) return null;
  if (lower(tokens[i]) === 'of') {
    // "25 of them", "23 of the 32 Allies"
    if (lower(tokens[i + 1]) === 'them') return previousUnit;
    i++;
    while (tokens[i] !== undefined && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'NUM' || tokens[i]!.pos === 'PRON')) i++;
  } else if (COPULA.has(lower(tokens[i])) && tokens[i - 1]?.norm.end === q.norm.end) {
    i++; // "33 are small states"
  }
  return nounAt(ctx, tokens, i);
}

function nounAt(ctx: FactsContext, tokens: readonly Token[], start: number): string | null {
  let i = start;
  while (COUNT_FILLERS.has(lower(tokens[i]))) i++;
  const first = i;
  let head = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      if (t.pos !== 'ADJ') head = i;
      i++;
    } else if ((lower(t) === 'and' || lower(t) === 'of') && head === i - 1 && isPluralNounPhraseAt(tokens, i + 1)) {
      i++; // "summits and conferences", "heads of state and government"
    } else break;
  }
  if (head < 0) return null;
  const headWord = tokens[head]!.value;
  // The counted word is the noun before any "of"/"and": "50 years of diplomatic ties" counts years.
  let counted = first;
  while (counted < head && !/^(?:of|and)$/.test(lower(tokens[counted + 1]))) counted++;
  if (NOT_COUNTED.has(tokens[counted]!.value.toLowerCase()) || !isPlural(tokens, first, head)) return null;
  // "African countries": a capitalised modifier before a common noun says where, not what.
  // But "French speakers" counts speakers of French: a language stays.
  let from = first;
  const language = LANGUAGE_HEAD.has(headWord.toLowerCase());
  while (!language && from < head && /^\p{Lu}/u.test(tokens[from]!.value) && !/^\p{Lu}/u.test(headWord)) from++;
  return ctx.rawText(tokens[from]!.norm.start, tokens[head]!.norm.end);
}

function isPluralNounPhraseAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
}

function isPlural(tokens: readonly Token[], first: number, head: number): boolean {
  // In "heads of state and government" the counted word is the first noun.
  for (let k = first; k <= head; k++) {
    const w = tokens[k]!.value.toLowerCase();
    if (tokens[k]!.pos !== 'ADJ' && (PLURAL_WITHOUT_S.has(w) || /[^s']s$/.test(w))) return true;
  }
  return false;
}

const NEW_CLAUSE: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'as']);
// "The number of French speakers is put at 321 million": the noun counted, before its verb.
const NUMBER_OF = /\b(?:the\s+)?(?:total\s+)?number\s+of\s+((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+s)\s+(?:is|was|are|were|has|had|will|stands?|stood|rose|reached|grew|fell|totall?ed|topped|exceeded)\b/iu;

/**
 * The counted noun of a bare number in a sentence about "the number of X" ("The number of French
 * speakers is put at 321 million, up from 300 million in 2022" → "French speakers" for both), or
 * null. Only a number after that subject, that is no year or date and has no noun of its own.
 */
export function numberOfNoun(ctx: FactsContext, q: CardinalQuantity, sentenceStart: number, tokens: readonly Token[]): string | null {
  if (YEAR_LIKE.test(q.text) || overlapsDate(ctx, q.norm.start, q.norm.end)) return null;
  const next = tokens[firstTokenFrom(tokens, q.norm.end)];
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return null;
  const m = NUMBER_OF.exec(ctx.text.slice(sentenceStart, q.norm.start));
  if (m === null) return null;
  // "…, and is projected to reach 600 million" goes on about it; "… and trade reached 500" does not.
  const after = sentenceStart + m.index + m[0].length;
  for (let i = firstTokenFrom(tokens, after); i >= 0 && i < tokens.length && tokens[i]!.norm.end <= q.norm.start; i++) {
    const following = tokens[i + 1];
    if (NEW_CLAUSE.has(lower(tokens[i])) && following !== undefined && !/^(?:AUX|VERB|ADV|PART)$/.test(following.pos)) return null;
  }
  return m[1]!;
}
