import { forEachAnchoredMatch, forEachMatch } from '../text/anchored-match.js';
import { sameLengthNormalise } from '../text/same-length-normalise.js';
import type { FoundQuantity, QuantityKind } from '../types.js';
import { BLOCKERS } from './blockers.js';
import { cardinalDigits, cardinalWords } from './cardinal.js';
import { comparatorAt } from './comparators.js';
import { mergeMoneyRanges } from './money-range.js';
import { digitLeads, numberAnchors } from './number-anchors.js';
import { compileCurrencies, CURRENCIES } from './currencies.js';
import { moneyAmountCurrencyWord, moneyBeforeAmount, moneyRecognizers } from './money.js';
import { ordinalDigits, ordinalWords } from './ordinal.js';
import { percent } from './percent.js';
import type { QuantityDraft, QuantityRecognizer } from './recognizer.js';
import { recurrence } from './recurrence.js';
import { QuantityVocabularyError, validateQuantityVocabularies, type QuantityVocabularies } from './vocabularies.js';

/**
 * The recognizers in priority order: an earlier one claims its span first, so "every two years"
 * is a recurrence before "two years" can be a cardinal, and "$30 billion" money before "30".
 */
export const RECOGNIZERS: readonly QuantityRecognizer[] = withMoney([moneyBeforeAmount, moneyAmountCurrencyWord]);

function withMoney(money: readonly QuantityRecognizer[]): readonly QuantityRecognizer[] {
  return [...money, percent, recurrence, ordinalDigits, ordinalWords, cardinalDigits, cardinalWords];
}

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
  /**
   * Rows added to the built-in tables, e.g. `{ currencies: [{ code: 'XCG', before: [], after:
   * ['Caribbean guilders'], example: ['2 billion Caribbean guilders', 2e9] }] }`. Compiled on first
   * use and cached for this object: pass the same object again rather than a new literal per call.
   */
  readonly vocabularies?: QuantityVocabularies;
}

const compiled = new WeakMap<QuantityVocabularies, readonly QuantityRecognizer[]>();

/**
 * The recognizers with a caller's rows (their notations win over the built-in ones); validates the
 * rows and runs each row's example. Cached per vocabularies object.
 */
export function recognizersFor(vocabularies: QuantityVocabularies | undefined): readonly QuantityRecognizer[] {
  if (vocabularies === undefined) return RECOGNIZERS;
  const hit = compiled.get(vocabularies);
  if (hit !== undefined) return hit;
  validateQuantityVocabularies(vocabularies);
  const currencies = vocabularies.currencies ?? [];
  const recognizers =
    currencies.length === 0 ? RECOGNIZERS : withMoney(moneyRecognizers(compileCurrencies([...CURRENCIES, ...currencies])));
  currencies.forEach((row, i) => {
    const [text, value] = row.example;
    const found = extractWith(text, {}, recognizers);
    if (!found.some((q) => q.kind === 'money' && q.value === value && q.currency === row.code)) {
      const got = found.map((q) => (q.kind === 'money' ? `${q.value} ${q.currency}` : q.kind)).join(', ') || 'nothing';
      throw new QuantityVocabularyError(`vocabularies.currencies[${i}]: the example ${JSON.stringify(text)} must yield ${value} ${row.code}, found ${got}`);
    }
  });
  compiled.set(vocabularies, recognizers);
  return recognizers;
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
  return extractWith(text, options, recognizersFor(options.vocabularies));
}

function extractWith(text: string, options: ExtractQuantitiesOptions, recognizers: readonly QuantityRecognizer[]): FoundQuantity[] {
  if (text.trim().length === 0) return [];
  const norm = sameLengthNormalise(text);
  const taken = new Uint8Array(text.length);
  for (const s of options.skip ?? []) taken.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  // One scan finds where numbers begin: most blockers and recognizers are tried only there.
  const anchors = numberAnchors(norm);
  const block = (m: RegExpExecArray): void => {
    taken.fill(1, m.index, m.index + m[0].length);
  };
  for (const blocker of BLOCKERS) {
    if (blocker.starts === undefined) forEachMatch(blocker.pattern, norm, block);
    else forEachAnchoredMatch(blocker.pattern, norm, blocker.starts(norm, anchors), block);
  }
  const kinds = options.kinds === undefined ? null : new Set(options.kinds);
  const drafts: QuantityDraft[] = [];
  for (const recognizer of recognizers) {
    if (kinds !== null && !kinds.has(recognizer.kind)) continue;
    const visit = (m: RegExpExecArray): void => {
      const d = recognizer.extract(m, norm);
      if (d === null || !isFree(taken, d.start, d.end)) return;
      taken.fill(1, d.start, d.end);
      drafts.push(d);
    };
    if (recognizer.startsAtNumber !== undefined) forEachAnchoredMatch(recognizer.pattern, norm, anchors[recognizer.startsAtNumber], visit);
    else if (recognizer.leadsDigits !== undefined) forEachAnchoredMatch(recognizer.pattern, norm, digitLeads(norm, recognizer.leadsDigits), visit);
    else forEachMatch(recognizer.pattern, norm, visit);
  }
  drafts.sort((a, b) => a.start - b.start);
  return mergeMoneyRanges(drafts, norm).map((d) => finish(d, text, norm));
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return false;
  return true;
}

function finish(d: QuantityDraft, input: string, norm: string): FoundQuantity {
  // Literals rather than a spread of a shared span: one object per quantity (keys in the same order).
  const { start, end } = d;
  const text = input.slice(start, end);
  const provenance = { rule: d.rule, confidence: d.confidence };
  switch (d.kind) {
    case 'money':
      return {
        start,
        end,
        text,
        kind: 'money',
        value: d.value,
        currency: d.currency ?? '',
        upperValue: d.upperValue ?? null,
        comparator: comparatorAt(norm, start, end),
        provenance,
      };
    case 'percent':
      return { start, end, text, kind: 'percent', value: d.value, comparator: comparatorAt(norm, start, end), provenance };
    case 'cardinal':
      return {
        start,
        end,
        text,
        kind: 'cardinal',
        value: d.value,
        unit: d.unit ?? null,
        comparator: comparatorAt(norm, start, end, d.after),
        provenance,
      };
    case 'ordinal':
      return { start, end, text, kind: 'ordinal', value: d.value, comparator: 'eq', provenance };
    case 'recurrence':
      return { start, end, text, kind: 'recurrence', everyYears: d.value, comparator: 'eq', provenance };
  }
}
