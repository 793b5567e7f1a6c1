import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import { currencyCode, DEFAULT_CURRENCIES, type CurrencyTable } from './currencies.js';
import { WORD_NUMBER_SOURCE, wordNumberValue } from './number-words.js';
import { DIGITS_SOURCE, type QuantityDraft, type QuantityRecognizer } from './recognizer.js';
import { SCALE_ANY_SOURCE, SCALE_WORD_SOURCE, scaled, scaleExponent } from './scales.js';

const AMOUNT = `(${DIGITS_SOURCE})(?:\\s?(?:-|to)\\s?(${DIGITS_SOURCE}))?`;
const SCALE_AFTER = `(?:\\s?(${SCALE_WORD_SOURCE})|(${SCALE_ANY_SOURCE}))?`;
const NUMBER = `${DIGITS_SOURCE}|(?:${WORD_NUMBER_SOURCE})`;

/** Reads "12.5" or "five" (times 10^exponent), exactly for digits. */
export function amountValue(written: string, exponent: number): number | null {
  if (/^\d/.test(written)) return scaled(written, exponent);
  const v = wordNumberValue(written);
  return v === null ? null : v * 10 ** exponent;
}

function draft(
  rule: string,
  confidence: number,
  start: number,
  end: number,
  currency: string,
  low: string,
  high: string | undefined,
  scale: number | null,
): QuantityDraft | null {
  const exponent = scale ?? 0;
  const value = amountValue(low, exponent);
  const upper = high === undefined ? null : amountValue(high, exponent);
  if (value === null || !Number.isFinite(value)) return null;
  return {
    kind: 'money',
    start,
    end,
    value,
    currency,
    upperValue: upper !== null && upper > value ? upper : null,
    scale,
    rule,
    confidence,
  };
}

/**
 * The two money recognizers over a currency table: an amount after a sign or code ("$48.5 billion")
 * and an amount before a currency word ("100 billion yuan"). Built once per table.
 */
export function moneyRecognizers(table: CurrencyTable): readonly [QuantityRecognizer, QuantityRecognizer] {
  return [moneyBeforeAmountOf(table), moneyAmountCurrencyWordOf(table)];
}

/** "$48.5 billion", "US$1.2 trillion", "USD 500 million", "€3bn", "Rs 1,000 crore", "$2-3 billion". */
function moneyBeforeAmountOf(table: CurrencyTable): QuantityRecognizer {
  return {
    id: 'money/symbol-amount',
    kind: 'money',
    ...(table.beforeLead === null ? {} : { leadsDigits: table.beforeLead }),
    pattern: new RegExp(
      `(${table.beforeSource})\\s?${AMOUNT}${SCALE_AFTER}(?![${LETTER_CLASS}0-9])`,
      'g',
    ),
    extract(m, text) {
      if (!freeBefore(text, m.index)) return null;
      const notation = table.before(m[1] ?? '');
      const scaleWord = m[4] ?? m[5];
      const scale = scaleExponent(scaleWord);
      if (notation === null || m[2] === undefined || (notation.needsScale && scale === null)) return null;
      const end = m.index + m[0].length;
      const currency = currencyCode(notation, text, m.index, end);
      return draft('money/symbol-amount', 0.95, m.index, end, currency, m[2], m[3], scale);
    },
  };
}

/**
 * "100 billion yuan", "5 bn euros", "50 million U.S. dollars", "2 billion rubles", "500 million USD",
 * and the compound adjective "a 2.5 billion-dollar loan".
 */
function moneyAmountCurrencyWordOf(table: CurrencyTable): QuantityRecognizer {
  return {
    id: 'money/amount-currency-word',
    kind: 'money',
    startsAtNumber: 'any',
    pattern: new RegExp(
      `\\b(${NUMBER})(?:\\s?(?:-|to)\\s?(${NUMBER}))?(?:\\s?(${SCALE_WORD_SOURCE}))?(?:\\s+|-)(${table.afterSource})(?![${LETTER_CLASS}0-9])`,
      'gi',
    ),
    extract(m, text) {
      if (!freeBefore(text, m.index, '.,$€£¥')) return null;
      const notation = table.after(m[4] ?? '');
      const scale = scaleExponent(m[3]);
      if (notation === null || m[1] === undefined || (notation.needsScale && scale === null)) return null;
      const end = m.index + m[0].length;
      const currency = currencyCode(notation, text, m.index, end);
      return draft('money/amount-currency-word', 0.9, m.index, end, currency, m[1], m[2], scale);
    },
  };
}

/** The money recognizers of the built-in currency table. */
export const [moneyBeforeAmount, moneyAmountCurrencyWord] = moneyRecognizers(DEFAULT_CURRENCIES);
