import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import { ordinalWordValue, WORD_ORDINAL_SOURCE } from './number-words.js';
import type { QuantityRecognizer } from './recognizer.js';

const expectedSuffix = (n: number): string => {
  const last2 = n % 100;
  if (last2 >= 11 && last2 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** "24th", "18th", "1st", "22nd" (a wrong suffix such as "2th" is not read). */
export const ordinalDigits: QuantityRecognizer = {
  id: 'ordinal/digits-suffix',
  kind: 'ordinal',
  startsAtNumber: 'digit',
  pattern: new RegExp(`\\b(\\d{1,4})(st|nd|rd|th)(?![${LETTER_CLASS}0-9])`, 'gi'),
  extract(m, text) {
    if (!freeBefore(text, m.index, '.,')) return null;
    const n = Number(m[1]);
    if (!(n > 0) || (m[2] ?? '').toLowerCase() !== expectedSuffix(n)) return null;
    return { kind: 'ordinal', start: m.index, end: m.index + m[0].length, value: n, rule: 'ordinal/digits-suffix', confidence: 0.9 };
  },
};

/** "second" → 2, "twenty-fifth" → 25, "inaugural" → 1; not the fraction in "one-third". */
export const ordinalWords: QuantityRecognizer = {
  id: 'ordinal/word',
  kind: 'ordinal',
  startsAtNumber: 'word',
  pattern: new RegExp(`\\b(?:${WORD_ORDINAL_SOURCE})(?![${LETTER_CLASS}0-9])`, 'gi'),
  extract(m, text) {
    if (!freeBefore(text, m.index, '-')) return null;
    const value = ordinalWordValue(m[0]);
    if (value === null) return null;
    const inaugural = m[0].toLowerCase() === 'inaugural';
    return {
      kind: 'ordinal',
      start: m.index,
      end: m.index + m[0].length,
      value,
      rule: inaugural ? 'ordinal/inaugural' : 'ordinal/word',
      confidence: 0.85,
    };
  },
};
