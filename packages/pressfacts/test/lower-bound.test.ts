import { describe, expect, test } from 'vitest';
import { firstStartingAt, lowerBound } from '../src/facts/lower-bound.js';

describe('lowerBound', () => {
  test('the first index at or after the offset, for plain and typed arrays', () => {
    expect(lowerBound([3, 7, 7, 12], 7)).toBe(1);
    expect(lowerBound([3, 7, 7, 12], 8)).toBe(3);
    expect(lowerBound([3, 7, 7, 12], 0)).toBe(0);
    expect(lowerBound([3, 7, 7, 12], 13)).toBe(4);
    expect(lowerBound(Float64Array.from([1, 2, 4]), 3)).toBe(2);
    expect(lowerBound([], 5)).toBe(0);
  });

  test('equals a linear count of the values below the offset', () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.floor((i * 37) % 101)).sort((a, b) => a - b);
    for (let offset = -1; offset <= 102; offset++) {
      expect(lowerBound(values, offset)).toBe(values.filter((v) => v < offset).length);
    }
  });
});

describe('firstStartingAt', () => {
  const items = [3, 7, 7, 12].map((start) => ({ norm: { start } }));

  test('the first item starting at or after the offset, their count when none does', () => {
    expect(firstStartingAt(items, 7)).toBe(1);
    expect(firstStartingAt(items, 8)).toBe(3);
    expect(firstStartingAt(items, 0)).toBe(0);
    expect(firstStartingAt(items, 13)).toBe(4);
    expect(firstStartingAt([], 5)).toBe(0);
  });

  test('a NaN offset comes after every item', () => {
    expect(firstStartingAt(items, Number.NaN)).toBe(4);
  });
});
