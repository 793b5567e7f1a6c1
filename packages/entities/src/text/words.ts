import { memoize } from './memo.js';

/**
 * One pass over the normalised text that every recogniser shares: words with their offsets,
 * a folded form for lookups, and their capitalisation. Hyphens split words ("China-Africa" is
 * two words joined by the separator "-"), apostrophes inside a word do not ("Xi'an",
 * "People's"), dotted abbreviations stay whole ("U.S.", "D.C.").
 */
export interface Word {
  /** Normalised offsets, half-open. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased, diacritics removed, apostrophes straight. */
  readonly fold: string;
  /** `text` without a final possessive ("China's" → "China"); `text` otherwise. */
  readonly bare: string;
  /** `fold` without a final possessive. */
  readonly bareFold: string;
  /** First character is an upper-case letter or a digit ("Astana", "G20", "2024"). */
  readonly cap: boolean;
  /** Every letter is upper case and there are at least two ("BEIJING", "BRI", "U.S."). */
  readonly upper: boolean;
  /** Text between the previous word and this one ("" for the first word, "\n" when long). */
  readonly gap: string;
  /** `gap` holds a line break. */
  readonly lineBreak: boolean;
  /** Word is the first of a sentence or line. */
  readonly initial: boolean;
  /**
   * For a pure-ASCII word, its letters' case: bit {@link ASCII_LOWER} when it holds a-z, bit
   * {@link ASCII_CAPITAL} when it holds A-Z (the people words read these instead of the text
   * again). -1 for any other word.
   */
  readonly asciiCase: number;
}

/** Bit of {@link Word.asciiCase}: the word holds a lower-case ASCII letter. */
export const ASCII_LOWER = 1;
/** Bit of {@link Word.asciiCase}: the word holds an upper-case ASCII letter. */
export const ASCII_CAPITAL = 2;

const NON_ASCII = /[^\x00-\x7f]/;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /[\p{Lu}\p{N}]/u;
const LOWER_CHAR = /\p{Ll}/u;
const LETTER_CHAR = /\p{L}/u;
const SPACE_CAPITAL = /^ \p{Lu}/u;
const GAP_LIMIT = 8;
// At most three letters (scanWords looks no further).
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);

/** Lower case, diacritics off, straight apostrophes. */
export function foldWord(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bc]/g, "'");
}

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i] as string);
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** End of a dotted abbreviation ("U.S.", "D.C.") starting at `i`, or -1. */
function abbreviationEnd(text: string, i: number): number {
  let j = i;
  let letters = 0;
  while (j + 1 < text.length && isUpperAscii(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
    letters++;
    j += 2;
  }
  if (letters < 2) return -1;
  return j < text.length && isWordCode(text.charCodeAt(j), text, j) ? -1 : j;
}

/** End of the word starting at `i` (letters, digits, marks; inner apostrophes; a final one). */
function wordEnd(text: string, i: number): number {
  let j = i;
  const n = text.length;
  for (;;) {
    while (j < n && isWordCode(text.charCodeAt(j), text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    if (j < n && isApostrophe(text.charCodeAt(j))) {
      const next = text.charCodeAt(j + 1);
      if (j + 1 < n && isWordCode(next, text, j + 1) && !(next >= 48 && next <= 57)) {
        j++;
        continue;
      }
      // a final apostrophe ("Leaders'") belongs to the word
      return j + 1;
    }
    return Math.min(j, n);
  }
}

/** `gap.includes('\n')` without a call (gaps are at most a few characters; most are one space). */
function holdsLineBreak(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) if (gap.charCodeAt(k) === 10) return true;
  return false;
}

function isInitialGap(gap: string): boolean {
  for (let k = gap.length - 1; k >= 0; k--) {
    const c = gap.charCodeAt(k);
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 58) return true; // \n . ! ? :
    if (c === 32 || c === 9 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019) continue;
    return false;
  }
  return false;
}

/**
 * Bit 1: capitalised; bit 2: all upper case (two letters or more); bit 4: pure ASCII; bit 8: holds
 * an ASCII capital (so a pure-ASCII word without it is its own lower case, no `toLowerCase` call);
 * bit 16: holds a lower-case letter.
 */
function classify(t: string): number {
  const c = t.charCodeAt(0);
  // "d'Ivoire", "l'Aquila": an elided article before a capital counts as capitalised.
  const elided = t.length > 2 && isApostrophe(t.charCodeAt(1)) && UPPER_CHAR.test(t[2] as string);
  const cap = elided || (c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : UPPER_CHAR.test(t[0] as string));
  let letters = 0;
  let lower = false;
  let ascii = true;
  let capitals = 0;
  for (let k = 0; k < t.length; k++) {
    const d = t.charCodeAt(k);
    if (d < 128) {
      if (d >= 97 && d <= 122) lower = true;
      else if (d >= 65 && d <= 90) {
        letters++;
        capitals++;
      }
    } else {
      ascii = false;
      if (LOWER_CHAR.test(t[k] as string)) lower = true;
      else if (LETTER_CHAR.test(t[k] as string)) letters++;
    }
  }
  return (cap ? 1 : 0) | (!lower && letters >= 2 ? 2 : 0) | (ascii ? 4 : 0) | (capitals > 0 ? 8 : 0) | (lower ? 16 : 0);
}

/**
 * A word at `i` that is a run of ASCII letters and digits, ended by a character that is neither
 * a word character, an apostrophe nor the dot of an abbreviation ("U.S."): its end shifted left
 * by 5, or'ed with the bits {@link classify} gives it. -1 for any other word (the general path).
 */
function asciiRun(text: string, i: number): number {
  const n = text.length;
  let j = i;
  let lower = false;
  let capitals = 0;
  for (; j < n; j++) {
    const d = text.charCodeAt(j);
    if (d >= 97 && d <= 122) lower = true;
    else if (d >= 65 && d <= 90) capitals++;
    else if (d < 48 || d > 57) break;
  }
  // The end must fit in 26 bits (texts of 67 million characters take the general path).
  if (j >= 1 << 26) return -1;
  if (j < n) {
    const d = text.charCodeAt(j);
    if (d >= 128 || d === 39 || (d === 46 && isUpperAscii(text.charCodeAt(i)))) return -1;
  }
  const c = text.charCodeAt(i);
  const cap = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (j << 5) | (cap ? 1 : 0) | (!lower && capitals >= 2 ? 2 : 0) | 4 | (capitals > 0 ? 8 : 0) | (lower ? 16 : 0);
}

/** The common two-character gaps as constants (no string per word for ", " or ". "). */
function twoCharGap(text: string, i: number): string {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (b === 32) {
    if (a === 44) return ', ';
    if (a === 46) return '. ';
    if (a === 58) return ': ';
    if (a === 59) return '; ';
  }
  return text.slice(i, i + 2);
}

/**
 * Splits text into words.
 *
 * @param sentenceStarts normalised offsets where sentences start, if known (the first word at or
 *   after each is `initial`); words after a line break or after `.`, `!`, `?`, `:` are initial anyway.
 * @example scanWords("in Xi'an, China").map((w) => w.text) // ["in", "Xi'an", "China"]
 */
export function scanWords(text: string, sentenceStarts: readonly number[] = []): Word[] {
  const words: Word[] = [];
  const starts = isAscending(sentenceStarts) ? sentenceStarts : [...sentenceStarts].sort((a, b) => a - b);
  let nextStart = 0;
  let prevEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c, text, i)) {
      i++;
      continue;
    }
    // Most words are a run of ASCII letters and digits: found and classified in one read of the
    // text (classify's bits; see asciiRun). Others take the general path.
    const run = asciiRun(text, i);
    let end: number;
    let bits: number;
    if (run >= 0) {
      end = run >>> 5;
      bits = run & 31;
    } else {
      const abbr = isUpperAscii(c) ? abbreviationEnd(text, i) : -1;
      end = abbr > 0 ? abbr : wordEnd(text, i);
      bits = -1;
    }
    // "St. Petersburg", "Mt. Kenya": the dot of a place abbreviation stays with the word.
    if (end < n && text.charCodeAt(end) === 46 && end - i <= 3 && PLACE_ABBREVIATIONS.has(text.slice(i, end)) && SPACE_CAPITAL.test(text.slice(end + 1, end + 3))) end++;
    const t = text.slice(i, end);
    if (bits < 0) bits = classify(t);
    const gap = i - prevEnd === 2 ? twoCharGap(text, prevEnd) : i - prevEnd <= GAP_LIMIT ? text.slice(prevEnd, i) : '\n';
    const lineBreak = holdsLineBreak(gap);
    let initial = words.length === 0 || isInitialGap(gap);
    while (nextStart < starts.length && (starts[nextStart] as number) <= i) {
      if ((starts[nextStart] as number) >= prevEnd) initial = true;
      nextStart++;
    }
    const fold = bits & 4 ? (bits & 8 ? lowerCaseOf(t) : t) : foldOf(t);
    const last = t.charCodeAt(t.length - 1);
    // The possessive suffix's length: `bare` and `bareFold` are read from it when asked for.
    const suffix = isApostrophe(last) ? 1 : (last === 115 || last === 83) && t.length > 2 && isApostrophe(t.charCodeAt(t.length - 2)) ? 2 : 0;
    const letterCase = (bits & 8 ? HAS_CAPITAL : 0) | (bits & 16 ? HAS_LOWER : 0);
    const flags = (bits & 7) | (initial ? INITIAL : 0) | (suffix << SUFFIX_SHIFT) | letterCase | (lineBreak ? LINE_BREAK : 0);
    words.push(new ScannedWord(i, t, fold, gap, flags));
    prevEnd = end;
    i = end;
  }
  return words;
}

const CAP = 1;
const UPPER = 2;
/** Pure ASCII: a possessive's `bareFold` is a prefix of `fold`. */
const ASCII_WORD = 4;
const INITIAL = 8;
/** Two bits: the possessive suffix's length. */
const SUFFIX_SHIFT = 4;
const SUFFIX = 3 << SUFFIX_SHIFT;
const HAS_CAPITAL = 64;
const HAS_LOWER = 128;
const LINE_BREAK = 256;

/**
 * A {@link Word} in five fields rather than ten (a document has about a thousand): the flags in
 * one number, `end` from `text` (the word is the text's `[start, end)`), and `bare` / `bareFold`
 * from the possessive suffix's length, which most words lack (they then return `text` / `fold`
 * themselves, no copy).
 */
class ScannedWord implements Word {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly fold: string,
    readonly gap: string,
    private readonly bits: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  get upper(): boolean {
    return (this.bits & UPPER) !== 0;
  }

  get initial(): boolean {
    return (this.bits & INITIAL) !== 0;
  }

  get lineBreak(): boolean {
    return (this.bits & LINE_BREAK) !== 0;
  }

  get asciiCase(): number {
    if ((this.bits & ASCII_WORD) === 0) return -1;
    return (this.bits & HAS_LOWER ? ASCII_LOWER : 0) | (this.bits & HAS_CAPITAL ? ASCII_CAPITAL : 0);
  }

  get bare(): string {
    const suffix = (this.bits & SUFFIX) >>> SUFFIX_SHIFT;
    return suffix === 0 ? this.text : this.text.slice(0, this.text.length - suffix);
  }

  get bareFold(): string {
    const suffix = (this.bits & SUFFIX) >>> SUFFIX_SHIFT;
    if (suffix === 0) return this.fold;
    return this.bits & ASCII_WORD ? this.fold.slice(0, this.text.length - suffix) : foldWord(this.bare);
  }
}

/**
 * The folds of capitalised and non-ASCII words, cached for the process (see memoize): the same
 * words come back in every release, and V8 lower-cases a string held two bytes per character
 * (the tokenizer's view text is one, and so is every word cut from it) by a call into ICU, some
 * thousand instructions a word. A cached fold also has its hash computed already for the lookups
 * that follow.
 */
const lowerCaseOf = memoize((t) => t.toLowerCase());
const foldOf = memoize(foldWord);

/** The tokenizer gives sentences in order: no copy and sort then. */
function isAscending(xs: readonly number[]): boolean {
  for (let k = 1; k < xs.length; k++) if (!((xs[k - 1] as number) <= (xs[k] as number))) return false;
  return true;
}

/**
 * `/['\u2019]s?$/.test(text)` without a regex call: ends with an apostrophe, or with an
 * apostrophe and a lower-case "s". Lets callers skip a `replace` on the many other words.
 *
 * @example endsPossessive("China's") // true
 */
export function endsPossessive(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 39 || last === 0x2019) return true;
  if (last !== 115 || text.length < 2) return false;
  const before = text.charCodeAt(text.length - 2);
  return before === 39 || before === 0x2019;
}

/** The separator that joins two words inside a name: one space or one hyphen. */
export function joinsName(gap: string): ' ' | '-' | null {
  if (gap === ' ') return ' ';
  if (gap === '-' || gap === '\u2010' || gap === '\u2011') return '-';
  return null;
}

/** Words that may sit in lower case inside a proper name ("Rio de Janeiro", "Bank of China"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'da', 'do', 'dos', 'das', 'du', 'des', 'del', 'della', 'la', 'le', 'les',
  'el', 'al', 'au', 'aux', 'en', 'y', 'di', 'van', 'von', 'der', 'den', 'upon', 'sur', 'am', 'an', 'im',
]);
