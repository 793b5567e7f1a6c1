import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import { WORD_NUMBER_SOURCE, wordNumberValue } from './number-words.js';
import { DIGITS_SOURCE, type QuantityRecognizer } from './recognizer.js';
import { SCALE_WORD_SOURCE, scaled, scaleExponent } from './scales.js';
import { unitAfter } from './unit-noun.js';

const isYearLike = (written: string, value: number): boolean => /^\d{4}$/.test(written) && value >= 1900 && value <= 2100;

/**
 * "2,000 delegates", "1.2 million people", "the top 10". Not glued to letters or other digits
 * ("G20", "5G", "COVID-19", "2+2", "10:30", "5-10"). A bare four-digit year-like number with no
 * counted noun is left to the date stage.
 */
export const cardinalDigits: QuantityRecognizer = {
  id: 'cardinal/digits',
  kind: 'cardinal',
  startsAtNumber: 'digit',
  pattern: new RegExp(
    `\\b(${DIGITS_SOURCE})(?:\\s?(${SCALE_WORD_SOURCE}))?(?![${LETTER_CLASS}0-9_]|[.,:/+-]\\d)`,
    'gi',
  ),
  extract(m, text) {
    if (!freeBefore(text, m.index, '.,/:+#-')) return null;
    const written = m[1] ?? '';
    const exponent = scaleExponent(m[2]);
    const value = scaled(written, exponent ?? 0);
    if (!Number.isFinite(value)) return null;
    const end = m.index + m[0].length;
    const noun = unitAfter(text, end, value);
    if (exponent === null && noun === null && isYearLike(written, value)) return null;
    return { kind: 'cardinal', start: m.index, end, value, unit: noun?.unit ?? null, after: noun?.end ?? end, rule: 'cardinal/digits', confidence: 0.9 };
  },
};

/**
 * "five Central Asian nations" → 5 "nations", "two dozen", "twenty-one". A lone "one" counts only
 * before a noun ("one country"; not "one of", "one that").
 */
export const cardinalWords: QuantityRecognizer = {
  id: 'cardinal/words',
  kind: 'cardinal',
  startsAtNumber: 'word',
  pattern: new RegExp(
    `\\b(?:${WORD_NUMBER_SOURCE})(?:\\s+(${SCALE_WORD_SOURCE}))?(?![${LETTER_CLASS}0-9]|-(?:halves|half|thirds?|quarters?|fifths?|tenths?)(?![${LETTER_CLASS}]))`,
    'gi',
  ),
  extract(m, text) {
    if (!freeBefore(text, m.index, '-')) return null;
    const words = m[1] === undefined ? m[0] : m[0].slice(0, m[0].length - m[1].length).trimEnd();
    const base = wordNumberValue(words);
    if (base === null) return null;
    const exponent = scaleExponent(m[1]);
    const value = exponent === null ? base : base * 10 ** exponent;
    const end = m.index + m[0].length;
    const noun = unitAfter(text, end, value);
    if (words.toLowerCase() === 'one' && noun === null) return null;
    return { kind: 'cardinal', start: m.index, end, value, unit: noun?.unit ?? null, after: noun?.end ?? end, rule: 'cardinal/words', confidence: 0.8 };
  },
};
