import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import { WORD_NUMBER_SOURCE } from './number-words.js';
import { amountValue } from './money.js';
import { DIGITS_SOURCE, type QuantityRecognizer } from './recognizer.js';

const NUMBER = `${DIGITS_SOURCE}|(?:${WORD_NUMBER_SOURCE})`;

/**
 * "90 percent", "37.6 per cent", "12%", "five percent", "3.5 percentage points" (kind percent,
 * value 3.5, rule `percent/percentage-points`: the contract has no separate unit for points),
 * "10-15 percent" (value 10, the lower bound, rule `percent/range-lower`).
 */
export const percent: QuantityRecognizer = {
  id: 'percent/number-percent',
  kind: 'percent',
  startsAtNumber: 'any',
  pattern: new RegExp(
    `\\b(${NUMBER})(?:\\s?(?:-|to)\\s?(${NUMBER}))?\\s?(%|percentage\\s+points?|per\\s?cent|percent|pct)(?![${LETTER_CLASS}0-9])`,
    'gi',
  ),
  extract(m, text) {
    if (!freeBefore(text, m.index, '.,')) return null;
    const value = amountValue(m[1] ?? '', 0);
    if (value === null) return null;
    const points = /^percentage/i.test(m[3] ?? '');
    const rule = points ? 'percent/percentage-points' : m[2] !== undefined ? 'percent/range-lower' : 'percent/number-percent';
    return { kind: 'percent', start: m.index, end: m.index + m[0].length, value, rule, confidence: 0.95 };
  },
};
