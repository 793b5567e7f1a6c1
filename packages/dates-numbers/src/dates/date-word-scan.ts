import { buildAutomaton } from '../text/letter-automaton.js';
import { isSameLengthUnit } from '../text/same-length-normalise.js';
import { CHRONO_CUES } from './chrono-cues.js';
import { MONTHS } from './months.js';

/**
 * What the date rules and chrono's windows need to know of a text, read in one pass over its code
 * units (instead of a regex scan per rule). A word is a maximal run of regex `\w` code units
 * ([A-Za-z0-9_]), so a word start is where a `\b` before a letter or digit can stand.
 */
export interface DateWordScan {
  /**
   * The words that hold a digit or a letter cue of CHRONO_CUES, flat `[start, end, rows, …]`:
   * `rows` has bit i for each row i whose letter cues the word's letter runs hold, and the
   * DIGIT_ROW_FLAG bit when the word holds a digit.
   */
  readonly cueWords: readonly number[];
  /** Starts of the words that begin with a digit, ascending. */
  readonly digitStarts: readonly number[];
  /** Starts of the words that are a month name or abbreviation of MONTHS, any case, ascending. */
  readonly monthStarts: readonly number[];
  /** Starts of the words next, last, past, this, coming (any case), ascending. */
  readonly modifierStarts: readonly number[];
  /** The text holds a code unit sameLengthNormalise replaces. */
  readonly special: boolean;
}

/** In a cue word's `rows`: the word holds a digit. Above every row bit. */
export const DIGIT_ROW_FLAG = 1 << 30;

/** The words a month rule may begin with ("next October", "this coming July"). */
const MODIFIERS = ['next', 'last', 'past', 'this', 'coming'];

/** Every letter cue of CHRONO_CUES, with the rows (bit i = row i) it stands for. */
const CUES = buildAutomaton(
  CHRONO_CUES.flatMap((row, i) => row.cues.filter((c) => !/^[0-9]$/.test(c)).map((c) => [c, 1 << i] as const)),
  true,
);
const MONTH_WORD = 1;
const MODIFIER_WORD = 2;
const WHOLE_WORDS = buildAutomaton(
  [
    ...MONTHS.flatMap((row) => row.names.map((n) => [n.toLowerCase(), MONTH_WORD] as const)),
    ...MODIFIERS.map((w) => [w, MODIFIER_WORD] as const),
  ],
  false,
);

/**
 * Reads `text` once: its cue words, the starts of its digit words, month words and modifiers,
 * and whether it holds a code unit that sameLengthNormalise replaces (those are no word units
 * before or after, so the words are the same in the normalised text).
 *
 * @example scanDateWords('Met on June 5.').monthStarts // [7]
 */
export function scanDateWords(text: string): DateWordScan {
  const cueWords: number[] = [];
  const digitStarts: number[] = [];
  const monthStarts: number[] = [];
  const modifierStarts: number[] = [];
  let special = false;
  const cueNext = CUES.next;
  const cueOut = CUES.out;
  const wordNext = WHOLE_WORDS.next;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    const letter = lower >= 0x61 && lower <= 0x7a;
    if (!letter && !(c >= 0x30 && c <= 0x39) && c !== 0x5f) {
      if (c >= 0xa0 && isSameLengthUnit(c)) special = true;
      i++;
      continue;
    }
    // A word: its letter runs go through the cue automaton, the whole word through the word trie.
    const start = i;
    let rows = 0;
    let cue = 0;
    let whole = 0;
    if (!letter) {
      if (c !== 0x5f) {
        rows = DIGIT_ROW_FLAG;
        digitStarts.push(start);
      }
      whole = -1;
    }
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      const l = d | 0x20;
      if (l >= 0x61 && l <= 0x7a) {
        cue = cueNext[cue * 26 + l - 97] ?? 0;
        rows |= cueOut[cue] ?? 0;
        if (whole >= 0) whole = wordNext[whole * 26 + l - 97] ?? -1;
      } else if (d >= 0x30 && d <= 0x39) {
        rows |= DIGIT_ROW_FLAG;
        cue = 0;
        whole = -1;
      } else if (d === 0x5f) {
        cue = 0;
        whole = -1;
      } else break;
    }
    if (rows !== 0) cueWords.push(start, i, rows);
    if (whole > 0) {
      const kind = WHOLE_WORDS.out[whole] ?? 0;
      if ((kind & MONTH_WORD) !== 0) monthStarts.push(start);
      if ((kind & MODIFIER_WORD) !== 0) modifierStarts.push(start);
    }
  }
  return { cueWords, digitStarts, monthStarts, modifierStarts, special };
}
