import { sameLengthNormalise } from '../text/same-length-normalise.js';
import type { FoundQuantity, QuantityKind } from '../types.js';
import { BLOCKERS } from './blockers.js';
import { cardinalDigits, cardinalWords } from './cardinal.js';
import { comparatorAt } from './comparators.js';
import { mergeMoneyRanges } from './money-range.js';
import { moneyAmountCurrencyWord, moneyBeforeAmount } from './money.js';
import { ordinalDigits, ordinalWords } from './ordinal.js';
import { percent } from './percent.js';
import type { QuantityDraft, QuantityRecognizer } from './recognizer.js';
import { recurrence } from './recurrence.js';

/**
 * The recognizers in priority order: an earlier one claims its span first, so "every two years"
 * is a recurrence before "two years" can be a cardinal, and "$30 billion" money before "30".
 */
export const RECOGNIZERS: readonly QuantityRecognizer[] = [
  moneyBeforeAmount,
  moneyAmountCurrencyWord,
  percent,
  recurrence,
  ordinalDigits,
  ordinalWords,
  cardinalDigits,
  cardinalWords,
];

/**
 * Options of {@link extractQuantities}.
 *
 * @example
 * extractQuantities(text, { kinds: ['money'], skip: dates.map((d) => ({ start: d.start, end: d.end })) });
 */
export interface ExtractQuantitiesOptions {
  /** Ranges of `text` to leave alone, e.g. the spans of date mentions ("June 18, 2025"). */
  readonly skip?: readonly { readonly start: number; readonly end: number }[];
  /** Only these kinds (default: all). */
  readonly kinds?: readonly QuantityKind[];
}

/**
 * Finds money, percentages, cardinals, ordinals and recurrences in a plain string, with spans into
 * `text`, each with a comparator ("exceeding $30 billion" → gt) and provenance.
 *
 * @example
 * extractQuantities('trade reached a record $48.5 billion, with investment exceeding $30 billion')
 * // [{ kind: 'money', text: '$48.5 billion', value: 48500000000, currency: 'USD', comparator: 'eq', … },
 * //  { kind: 'money', text: '$30 billion', value: 30000000000, currency: 'USD', comparator: 'gt', … }]
 */
export function extractQuantities(text: string, options: ExtractQuantitiesOptions = {}): FoundQuantity[] {
  if (text.trim().length === 0) return [];
  const norm = sameLengthNormalise(text);
  const taken = new Uint8Array(text.length);
  for (const s of options.skip ?? []) taken.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  for (const blocker of BLOCKERS) {
    for (const m of norm.matchAll(blocker.pattern)) taken.fill(1, m.index, m.index + m[0].length);
  }
  const kinds = options.kinds === undefined ? null : new Set(options.kinds);
  const drafts: QuantityDraft[] = [];
  for (const recognizer of RECOGNIZERS) {
    if (kinds !== null && !kinds.has(recognizer.kind)) continue;
    for (const m of norm.matchAll(recognizer.pattern)) {
      const d = recognizer.extract(m, norm);
      if (d === null || !isFree(taken, d.start, d.end)) continue;
      taken.fill(1, d.start, d.end);
      drafts.push(d);
    }
  }
  drafts.sort((a, b) => a.start - b.start);
  return mergeMoneyRanges(drafts, norm).map((d) => finish(d, text, norm));
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return false;
  return true;
}

function finish(d: QuantityDraft, input: string, norm: string): FoundQuantity {
  const span = { start: d.start, end: d.end, text: input.slice(d.start, d.end) };
  const provenance = { rule: d.rule, confidence: d.confidence };
  switch (d.kind) {
    case 'money':
      return {
        ...span,
        kind: 'money',
        value: d.value,
        currency: d.currency ?? '',
        upperValue: d.upperValue ?? null,
        comparator: comparatorAt(norm, d.start, d.end),
        provenance,
      };
    case 'percent':
      return { ...span, kind: 'percent', value: d.value, comparator: comparatorAt(norm, d.start, d.end), provenance };
    case 'cardinal':
      return {
        ...span,
        kind: 'cardinal',
        value: d.value,
        unit: d.unit ?? null,
        comparator: comparatorAt(norm, d.start, d.end, d.after),
        provenance,
      };
    case 'ordinal':
      return { ...span, kind: 'ordinal', value: d.value, comparator: 'eq', provenance };
    case 'recurrence':
      return { ...span, kind: 'recurrence', everyYears: d.value, comparator: 'eq', provenance };
  }
}
