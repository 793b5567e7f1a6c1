import { describe, expect, it } from 'vitest';
import { extractDates, extractQuantities } from '@pressfacts/dates-numbers';

// The standalone example of README.md, kept true by this test.
describe('README example', () => {
  const sentence = 'Leaders met on Tuesday in Astana, where trade reached a record $48.5 billion in 2024.';

  it('dates', () => {
    expect(extractDates(sentence, { referenceDate: '2025-06-18' })).toEqual([
      { start: 15, end: 22, text: 'Tuesday', value: '2025-06-17', endValue: null, precision: 'day', relative: true, provenance: { rule: 'dates/weekday-on-or-before', confidence: 0.8 } },
      { start: 80, end: 84, text: '2024', value: '2024', endValue: null, precision: 'year', relative: false, provenance: { rule: 'dates/year-after-context', confidence: 0.9 } },
    ]);
  });

  it('quantities', () => {
    expect(extractQuantities(sentence)).toEqual([
      { start: 63, end: 76, text: '$48.5 billion', kind: 'money', value: 48500000000, currency: 'USD', upperValue: null, comparator: 'eq', provenance: { rule: 'money/symbol-amount', confidence: 0.95 } },
    ]);
  });

  it('currencies of your own', () => {
    const vocabularies = {
      currencies: [{ code: 'XCG', before: ['XCG'], after: ['Caribbean guilders', 'XCG'], example: ['2 billion Caribbean guilders', 2e9] as const }],
    };
    expect(extractQuantities('Trade reached 2.4 billion Caribbean guilders.', { vocabularies })).toMatchObject([
      { kind: 'money', text: '2.4 billion Caribbean guilders', value: 2400000000, currency: 'XCG' },
    ]);
  });
});
