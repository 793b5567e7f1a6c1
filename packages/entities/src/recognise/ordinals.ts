import { ORDINAL_WORDS, TENS_WORDS } from '../data/ordinals.js';
import type { Word } from '../text/words.js';

const NUMERIC_ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/i;
const YEAR = /^(1[89]\d\d|2[01]\d\d)$/;

/**
 * The value of an ordinal word ("second" → 2, "24th" → 24, "inaugural" → 1), or null.
 *
 * @example parseOrdinal('24th') // 24
 */
export function parseOrdinal(word: string): number | null {
  return ordinalOfLowerCase(word.toLowerCase());
}

/**
 * {@link parseOrdinal} of a scanned word: a pure-ASCII word's fold is its lower case, so it is
 * read without another `toLowerCase` (a call into ICU for the two-byte words of a view text).
 *
 * @example parseOrdinalWord(scanWords('Second')[0]) // 2
 */
export function parseOrdinalWord(w: Word): number | null {
  return w.asciiCase < 0 ? parseOrdinal(w.text) : ordinalOfLowerCase(w.fold);
}

function ordinalOfLowerCase(lower: string): number | null {
  const named = ORDINAL_WORDS.get(lower);
  if (named !== undefined) return named;
  const m = NUMERIC_ORDINAL.exec(lower);
  return m === null ? null : Number(m[1]);
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/**
 * An edition in upper-case Roman numerals of two letters or more ("IX Summit" → 9, "XVI" → 16);
 * a single letter is an initial, not an edition.
 *
 * @example romanEdition('IX') // 9
 */
export function romanEdition(word: string): number | null {
  if (word.length < 2 || !ROMAN.test(word)) return null;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN_VALUES[word[i] as string] ?? 0;
    const next = ROMAN_VALUES[word[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function isYearWord(w: Word): boolean {
  return YEAR.test(w.text);
}

export interface Edition {
  readonly edition: number | null;
  readonly year: number | null;
  readonly annual: boolean;
}

/**
 * Reads "[ordinal] [annual] [year]" right before word `from`: "the 24th", "the second annual",
 * "the 2024", "the twenty-fourth". Also "<ordinal> edition of the" before the name.
 */
export function editionBefore(words: readonly Word[], from: number): Edition {
  let edition: number | null = null;
  let year: number | null = null;
  let annual = false;
  let k = from - 1;
  let guard = 0;
  while (k >= 0 && guard++ < 4) {
    const next = words[k + 1] as Word;
    if (next.gap !== ' ' && next.gap !== '-') break;
    const w = words[k] as Word;
    if (year === null && edition === null && !annual && isYearWord(w)) year = Number(w.text);
    else if (w.fold === 'annual') annual = true;
    else {
      const value = parseOrdinalWord(w) ?? romanEdition(w.text);
      if (value === null) break;
      const tens = w.gap === '-' ? TENS_WORDS.get(words[k - 1]?.fold ?? '') : undefined;
      edition = tens !== undefined && value < 10 ? tens + value : value;
      break;
    }
    k--;
  }
  if (edition === null) {
    // "the second edition of the X Summit"
    const [of, ed, ord] = [words[from - 2], words[from - 3], words[from - 4]];
    if (words[from - 1]?.fold === 'the' && of?.fold === 'of' && ed?.fold === 'edition' && ord !== undefined) edition = parseOrdinal(ord.text);
  }
  return { edition, year, annual };
}
