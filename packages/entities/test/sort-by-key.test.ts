import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByKey } from '../src/text/sort-by-key.js';

describe('sortByKey', () => {
  it('orders by key, ties in their given order', () => {
    expect(sortByKey(['b', 'a', 'c', 'd'], [2, 1, 2, -5])).toEqual(['d', 'a', 'b', 'c']);
    expect(sortByKey([], [])).toEqual([]);
  });

  it('gives what a stable sort with a comparator gives', () => {
    const keys = fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true })), { maxLength: 80 });
    fc.assert(
      fc.property(keys, (ks) => {
        const items = ks.map((key, index) => ({ key, index }));
        expect(sortByKey(items, ks)).toEqual([...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
      }),
      { numRuns: 1000 },
    );
  });
});
