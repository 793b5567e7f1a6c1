import currencyCodes from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { COMPARATORS, CURRENCIES, extractQuantities, RECURRENCES } from '@pressfacts/dates-numbers';
import { BLOCKERS, IDENTIFIER_LABELS } from '../src/numbers/blockers.js';
import { ordinalWordValue, wordNumberValue } from '../src/numbers/number-words.js';
import { SCALES } from '../src/numbers/scales.js';

describe('currency table', () => {
  it('every code is an ISO 4217 code known to currency-codes', () => {
    const known = new Set(currencyCodes.codes());
    const unknown = CURRENCIES.map((r) => r.code).filter((c) => !known.has(c));
    expect(unknown).toEqual([]);
    // and a code that is not one fails the same check
    expect(known.has('XYZ')).toBe(false);
  });

  it('has no notation that means two currencies', () => {
    const seen = new Map<string, string>();
    for (const row of CURRENCIES) {
      for (const n of [...row.before.map((b) => `before:${b}`), ...row.after.map((a) => `after:${a.toLowerCase()}`)]) {
        expect(seen.get(n) ?? row.code, n).toBe(row.code);
        seen.set(n, row.code);
      }
    }
  });

  it.each(CURRENCIES.map((r) => [r.code, r] as const))('%s example', (code, row) => {
    const [text, value] = row.example;
    const found = extractQuantities(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'money', text, value, currency: code });
  });
});

describe('scale table', () => {
  it.each(SCALES.map((r) => [r.word, r] as const))('%s', (_word, row) => {
    const found = extractQuantities(row.example);
    expect(found).toHaveLength(1);
    const amount = Number(/\d[\d,.]*/.exec(row.example)?.[0].replace(/,/g, ''));
    expect(found[0]).toMatchObject({ kind: 'money', text: row.example, value: amount * 10 ** row.exponent });
  });
});

describe('comparator table', () => {
  it.each(COMPARATORS.map((r) => [r.comparator, r.position, r] as const))('%s %s', (comparator, _position, row) => {
    const [text, quantity] = row.example;
    expect(extractQuantities(text)).toMatchObject([{ text: quantity, comparator }]);
  });

  it('reads every before-phrase', () => {
    for (const row of COMPARATORS.filter((r) => r.position === 'before')) {
      for (const phrase of row.phrases) {
        expect(extractQuantities(`${phrase} 40 percent`), phrase).toMatchObject([{ text: '40 percent', comparator: row.comparator }]);
      }
    }
  });
});

describe('recurrence table', () => {
  it.each(RECURRENCES.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const [text, span, everyYears] = row.example;
    expect(extractQuantities(text)).toMatchObject([{ kind: 'recurrence', text: span, everyYears }]);
  });
});

describe('blockers', () => {
  it.each(BLOCKERS.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    for (const text of row.examples) {
      expect([...text.matchAll(row.pattern)].length, text).toBeGreaterThan(0);
      expect(extractQuantities(text), text).toEqual([]);
    }
  });

  it('blocks the number after every label', () => {
    for (const label of IDENTIFIER_LABELS) expect(extractQuantities(`under ${label} 12 of`), label).toEqual([]);
  });
});

describe('number words', () => {
  it('reads cardinals and ordinals', () => {
    expect(['five', 'twenty-one', 'two dozen', 'a dozen', 'three hundred', 'Ninety-nine'].map(wordNumberValue)).toEqual([
      5, 21, 24, 12, 300, 99,
    ]);
    expect(['second', 'twenty-fifth', 'inaugural', 'hundredth', 'Tenth'].map(ordinalWordValue)).toEqual([2, 25, 1, 100, 10]);
    expect(wordNumberValue('a')).toBeNull();
    expect(ordinalWordValue('ten-first')).toBeNull();
  });
});
