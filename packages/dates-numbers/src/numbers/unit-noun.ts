/**
 * The counted noun after a number, as a head-noun heuristic over the next few words: skip
 * capitalised modifiers ("five Central Asian nations") and common-noun modifiers ("three
 * cooperation centers") up to the first plural; stop at a function word or punctuation.
 */

/** Function words: a noun phrase right after a number ends before them. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'and', 'or', 'but', 'nor', 'that',
  'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'their', 'our', 'his', 'her', 'as', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'per', 'into', 'over', 'under', 'about', 'after',
  'before', 'during', 'since', 'until', 'more', 'less', 'most', 'least', 'each', 'every', 'all', 'both', 'also',
  'only', 'so', 'such', 'up', 'out', 'off', 'said', 'says', 'year-on-year', 'respectively', 'ago', 'later', 'earlier',
  'through', 'between', 'among', 'against', 'across', 'toward', 'towards', 'within', 'without', 'via', 'while',
  'when', 'where', 'if', 'because', 'then', 'there', 'here', 'plus', 'minus', 'another', 'other', 'others',
]);

/** Plural nouns that do not end in -s. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'media', 'data', 'cattle', 'livestock',
  'feet', 'teeth', 'mice', 'geese', 'criteria', 'phenomena', 'alumni', 'youth', 'sheep', 'fish', 'aircraft',
  'troops', 'headquarters', 'offspring', 'deer',
]);

const WORD_AFTER = /\s+([\p{L}][\p{L}\p{M}'-]*)/uy;
const HYPHEN_WORD = /-([\p{Ll}]+)(?![\p{L}\p{N}])/uy;
const MAX_WORDS = 4;

/**
 * A lower-case word that looks like a plural noun: "nations", "people"; not "was", "across", "status".
 *
 * @example looksPlural('countries') // true
 */
export const looksPlural = (w: string): boolean =>
  IRREGULAR_PLURALS.has(w) || (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|'s)$/.test(w) && !STOP_WORDS.has(w));

export interface UnitNoun {
  readonly unit: string;
  /** Offset just past the noun, where a postfix comparator ("or more") would start. */
  readonly end: number;
}

/**
 * The lower-cased counted noun after position `end` in `text`, or null.
 *
 * @example unitAfter('five Central Asian nations gathered', 4, 5) // { unit: 'nations', end: 26 }
 * @example unitAfter('a 10-year plan', 4, 10) // { unit: 'year', end: 9 }
 */
export function unitAfter(text: string, end: number, value: number): UnitNoun | null {
  HYPHEN_WORD.lastIndex = end;
  const hyphened = HYPHEN_WORD.exec(text);
  if (hyphened?.[1] !== undefined) {
    return STOP_WORDS.has(hyphened[1]) ? null : { unit: hyphened[1], end: HYPHEN_WORD.lastIndex };
  }
  let at = text.charAt(end) === '+' ? end + 1 : end; // "100+ countries"
  for (let i = 0; i < MAX_WORDS; i++) {
    WORD_AFTER.lastIndex = at;
    const m = WORD_AFTER.exec(text);
    const word = m?.[1];
    if (m === null || word === undefined) return null;
    at = WORD_AFTER.lastIndex;
    const lower = word.toLowerCase().replace(/'+$/, '');
    if (STOP_WORDS.has(lower)) return null;
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) continue; // a proper-noun modifier: "Central Asian"
    if (value === 1 || looksPlural(lower)) return { unit: lower, end: at };
  }
  return null;
}
