import { MULTIPLIER_WORDS, ORDINAL_OTHER_WORDS, ORDINAL_UNIT_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-words.js';
import { RECURRENCES } from './recurrences.js';

/** The words a recurrence row's pattern may begin with (every letter run that opens an alternative). */
const RECURRENCE_STARTS = RECURRENCES.flatMap((row) => row.source.split('|').map((part) => /^[a-z]+/.exec(part)?.[0] ?? ''));

const FIRST_WORDS = [
  ...[...UNIT_WORDS, ...TEEN_WORDS, ...TENS_WORDS, ...ORDINAL_UNIT_WORDS, ...ORDINAL_OTHER_WORDS].map(([w]) => w),
  ...RECURRENCE_STARTS,
].filter((w) => w !== '');

/**
 * Where a number may begin: a word start with a digit, a number, ordinal or recurrence word, or
 * "a" before a multiplier ("a thousand"). Every alternative lies inside one word, so the scan
 * skips no word start after a hit. (A regex scan: a loop over the code units was twice as slow.)
 */
const ANCHOR = new RegExp(
  `\\b(?:[0-9]|${[...new Set(FIRST_WORDS)].sort((a, b) => b.length - a.length).join('|')}|a(?=\\s+(?:${MULTIPLIER_WORDS.map(([w]) => w).join('|')})))`,
  'gi',
);

/**
 * Where numbers may begin, ascending: `any` number, and those that begin with a `digit` or with a
 * `word` (a number, ordinal or recurrence word, or "a" before a multiplier). A recognizer whose
 * every match begins with a digit (or a letter) is tried only at the `digit` (`word`) anchors.
 */
export interface NumberAnchors {
  readonly any: readonly number[];
  readonly digit: readonly number[];
  readonly word: readonly number[];
}

/**
 * The offsets where a recognizer marked `startsAtNumber` may match.
 *
 * @example numberAnchors('It rose 5% in two years.') // { any: [8, 14], digit: [8], word: [14] }
 */
export function numberAnchors(text: string): NumberAnchors {
  const any: number[] = [];
  const digit: number[] = [];
  const word: number[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    any.push(m.index);
    const c = text.charCodeAt(m.index);
    if (c >= 0x30 && c <= 0x39) digit.push(m.index);
    else word.push(m.index);
  }
  ANCHOR.lastIndex = 0;
  return { any, digit, word };
}

const DIGIT_RUN = /[0-9]+/g;

/**
 * The offsets from which a match may reach, within `lead` code units, the first digit of a run of
 * digits, ascending (the anchors of a recognizer with `leadsDigits`).
 *
 * @example digitLeads('paid $5 and €12', 2) // [4, 5, 11, 12]
 */
export function digitLeads(text: string, lead: number): number[] {
  const out: number[] = [];
  let next = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    for (let at = Math.max(m.index - lead, next); at < m.index; at++) out.push(at);
    next = m.index;
  }
  DIGIT_RUN.lastIndex = 0;
  return out;
}
