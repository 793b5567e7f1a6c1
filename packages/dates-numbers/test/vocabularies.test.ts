import { createPipeline, isHonestSpan, type Quantity } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { createDateExtractor, createNumberExtractor, extractQuantities, QuantityVocabularyError, type QuantityVocabularies } from '@pressfacts/dates-numbers';
import { recognizersFor, RECOGNIZERS } from '../src/numbers/extract-quantities.js';
// The tokenizer is a sibling workspace package this one does not depend on: reached by path.
import { createTokenizer } from '../../tokenizer/src/index.js';

// Currencies of one's own: the Caribbean guilder (XCG, issued in 2025) is in no built-in table
// (nor in the currency-codes package).
const GUILDER: QuantityVocabularies = {
  currencies: [{ code: 'XCG', before: ['XCG', 'Cg'], after: ['Caribbean guilders', 'XCG'], example: ['2 billion Caribbean guilders', 2e9] }],
};

const SENTENCE = 'Trade reached 2 billion Caribbean guilders in 2024, up from XCG 1.5 billion, and $300 million of loans.';
const money = (found: readonly { kind: string; text: string }[]) =>
  found.filter((q): q is Extract<Quantity, { kind: 'money' }> => q.kind === 'money').map((q) => [q.text, q.value, q.currency]);

describe('extractQuantities({ vocabularies: { currencies } })', () => {
  it('finds a currency the built-in table lacks, only with the row', () => {
    expect(money(extractQuantities(SENTENCE, { vocabularies: GUILDER }))).toEqual([
      ['2 billion Caribbean guilders', 2e9, 'XCG'],
      ['XCG 1.5 billion', 1.5e9, 'XCG'],
      ['$300 million', 3e8, 'USD'],
    ]);
    expect(money(extractQuantities(SENTENCE))).toEqual([['$300 million', 3e8, 'USD']]);
  });

  it('compiles the rows once per vocabularies object', () => {
    const first = recognizersFor(GUILDER);
    expect(recognizersFor(GUILDER)).toBe(first);
    expect(first).not.toBe(RECOGNIZERS);
    expect(recognizersFor(undefined)).toBe(RECOGNIZERS);
    expect(recognizersFor({ currencies: [] })).toBe(RECOGNIZERS);
  });

  it('a caller notation wins over the built-in one', () => {
    const local: QuantityVocabularies = { currencies: [{ code: 'XCD', before: [], after: ['dollars'], example: ['40 million dollars', 4e7] }] };
    expect(money(extractQuantities('Grants of 40 million dollars were pledged.', { vocabularies: local }))).toEqual([['40 million dollars', 4e7, 'XCD']]);
    expect(money(extractQuantities('Grants of 40 million dollars were pledged.'))).toEqual([['40 million dollars', 4e7, 'USD']]);
  });
});

describe('createNumberExtractor({ vocabularies })', () => {
  it('the stage finds the currency, with honest raw spans', () => {
    const text = `WILLEMSTAD, May 12, 2025 -- ${SENTENCE}`;
    const pipeline = createPipeline([createTokenizer(), createDateExtractor(), createNumberExtractor({ vocabularies: GUILDER })]);
    const quantities = pipeline.process(text).layers.quantities ?? [];
    expect(money(quantities)).toEqual([
      ['2 billion Caribbean guilders', 2e9, 'XCG'],
      ['XCG 1.5 billion', 1.5e9, 'XCG'],
      ['$300 million', 3e8, 'USD'],
    ]);
    for (const q of quantities) expect(isHonestSpan(text, q)).toBe(true);
    const plain = createPipeline([createTokenizer(), createDateExtractor(), createNumberExtractor()]).process(text);
    expect(money(plain.layers.quantities ?? [])).toEqual([['$300 million', 3e8, 'USD']]);
  });

  it.each([
    [{ currencies: [{ code: 'guilder', before: [], after: ['guilders'], example: ['5 guilders', 5] }] }, 'vocabularies.currencies[0]: `code` must be an ISO 4217 code (three capital letters), got "guilder"'],
    [{ currencies: [{ code: 'XCG', before: [], after: [], example: ['5 guilders', 5] }] }, 'vocabularies.currencies[0]: `before` and `after` are both empty: give at least one notation'],
    [{ currencies: [{ code: 'XCG', before: [''], after: [], example: ['5 guilders', 5] }] }, /vocabularies.currencies\[0\]: `before` must be an array of non-empty strings/],
    [{ currencies: [{ code: 'XCG', before: [], after: ['guilders'], needsScale: ['G'], example: ['5 guilders', 5] }] }, 'vocabularies.currencies[0]: `needsScale` must list notations of `before` or `after`'],
    [{ currencies: [{ code: 'XCG', before: [], after: ['guilders'], example: '5 guilders' }] }, /vocabularies.currencies\[0\]: `example` must be \[text, value\]/],
    [{ currencies: [{ code: 'XCG', before: [], after: ['guilders'], example: ['5 billion guilders', 5] }] }, 'vocabularies.currencies[0]: the example "5 billion guilders" must yield 5 XCG, found 5000000000 XCG'],
    [{ currencies: [{ code: 'XCG', before: [], after: ['guilders'], example: ['five florins', 5] }] }, 'vocabularies.currencies[0]: the example "five florins" must yield 5 XCG, found cardinal'],
    [{ currency: [] }, 'vocabularies.currency: unknown table (expected one of currencies)'],
    [{ currencies: {} }, 'vocabularies.currencies: must be an array of rows'],
  ])('rejects %j', (vocabularies, message) => {
    expect(() => createNumberExtractor({ vocabularies: vocabularies as QuantityVocabularies })).toThrow(QuantityVocabularyError);
    expect(() => createNumberExtractor({ vocabularies: vocabularies as QuantityVocabularies })).toThrow(message);
    expect(() => extractQuantities('5 guilders', { vocabularies: vocabularies as QuantityVocabularies })).toThrow(message);
  });
});
