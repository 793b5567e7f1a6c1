import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverLookup, overlapLookup, rangeIndex, type Range } from '../src/facts/range-queries.js';

// Each lookup must answer exactly as the linear scan it replaces, on any items and any query.
const offset = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -1, 1000) });
const range = fc.record({ start: offset, end: offset });
const sortedRanges = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })), { maxLength: 30 }).map((xs) =>
  xs.map(([s, len]) => ({ start: s, end: s + len })).sort((a, b) => a.start - b.start),
);
const anyRanges = fc.oneof(sortedRanges, fc.array(range, { maxLength: 30 }));
const id = (r: Range) => r;

describe('range queries', () => {
  it('rangeIndex gives what filter gives: the items inside the range, in order', () => {
    fc.assert(
      fc.property(anyRanges, offset, offset, (items, start, end) => {
        expect(rangeIndex(items, id)(start, end)).toEqual(items.filter((i) => i.start >= start && i.end <= end));
      }),
      { numRuns: 3000 },
    );
  });

  it('coverLookup gives what find gives: the first item covering the range', () => {
    fc.assert(
      fc.property(anyRanges, offset, offset, (items, start, end) => {
        expect(coverLookup(items, id)(start, end)).toBe(items.find((i) => i.start <= start && i.end >= end));
      }),
      { numRuns: 3000 },
    );
  });

  it('overlapLookup gives what some gives: does any item overlap the range', () => {
    fc.assert(
      fc.property(anyRanges, offset, offset, (items, start, end) => {
        expect(overlapLookup(items, id)(start, end)).toBe(items.some((i) => i.start < end && start < i.end));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers on examples', () => {
    const items = [{ start: 0, end: 5 }, { start: 3, end: 4 }, { start: 10, end: 20 }];
    expect(rangeIndex(items, id)(2, 12)).toEqual([{ start: 3, end: 4 }]);
    expect(rangeIndex(items, id)(11, 30)).toEqual([]);
    expect(coverLookup(items, id)(3, 4)).toBe(items[0]);
    expect(coverLookup(items, id)(12, 15)).toBe(items[2]);
    expect(coverLookup(items, id)(4, 12)).toBeUndefined();
    expect(overlapLookup(items, id)(5, 10)).toBe(false);
    expect(overlapLookup(items, id)(19, 25)).toBe(true);
  });
});
