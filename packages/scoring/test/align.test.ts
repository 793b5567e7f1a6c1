import { describe, expect, it } from 'vitest';
import { assignBest } from '../src/align.js';

describe('assignBest', () => {
  it('finds the best total where greedy would not', () => {
    // greedy takes (0,0)=10 and then nothing for row 1 (its only allowed column is taken): 10.
    // the best assignment is (0,1)+(1,0) = 18.
    expect(assignBest([[10, 9], [9, 0]])).toEqual([[0, 1], [1, 0]]);
  });
  it('leaves forbidden pairs unassigned', () => {
    expect(assignBest([[0, 0], [0, 3]])).toEqual([[1, 1]]);
    expect(assignBest([[0]])).toEqual([]);
  });
  it('handles rectangular matrices both ways', () => {
    expect(assignBest([[1, 5, 2]])).toEqual([[0, 1]]);
    expect(assignBest([[1], [5], [2]])).toEqual([[1, 0]]);
    expect(assignBest([])).toEqual([]);
  });
  it('falls back to greedy past the size limit with the same result on easy cases', () => {
    expect(assignBest([[1, 5], [4, 0]], 1)).toEqual([[0, 1], [1, 0]]);
  });
});
