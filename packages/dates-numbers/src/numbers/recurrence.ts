import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import { wordNumberValue } from './number-words.js';
import type { QuantityRecognizer } from './recognizer.js';
import { COUNT_SOURCE, RECURRENCES } from './recurrences.js';

const count = (written: string | undefined): number | null =>
  written === undefined ? null : /^\d/.test(written) ? Number(written) : wordNumberValue(written);

// One pattern for every row (one scan of the text): row k is the named group `r<k>`, its count `n<k>`.
const SOURCE = RECURRENCES.map((row, k) => `(?<r${k}>${row.source.replace('{N}', `(?<n${k}>${COUNT_SOURCE})`)})`).join('|');

/** "every two years" → 2, "annual" → 1, "biennial" → 2: the rows of {@link RECURRENCES}. */
export const recurrence: QuantityRecognizer = {
  id: 'recurrence',
  kind: 'recurrence',
  startsAtNumber: 'word',
  pattern: new RegExp(`\\b(?:${SOURCE})(?![${LETTER_CLASS}0-9-])`, 'gi'),
  extract(m, text) {
    if (!freeBefore(text, m.index, '-')) return null;
    const k = RECURRENCES.findIndex((_row, i) => m.groups?.[`r${i}`] !== undefined);
    const row = RECURRENCES[k];
    if (row === undefined) return null;
    let every: number;
    if (typeof row.every === 'number') every = row.every;
    else {
      const n = count(m.groups?.[`n${k}`]);
      if (n === null || n <= 0) return null;
      every = row.every === 'n-years' ? n : n / 12;
    }
    return { kind: 'recurrence', start: m.index, end: m.index + m[0].length, value: every, rule: `recurrence/${row.id}`, confidence: 0.9 };
  },
};
