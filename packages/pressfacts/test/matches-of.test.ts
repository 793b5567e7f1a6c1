import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/facts/text.js';

// matchesOf stands in for `[...text.matchAll(re)]` on the facts rules' shared global patterns.
const same = (re: RegExp, text: string) => {
  const want = [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, ...m]);
  expect(matchesOf(re, text).map((m) => [m.index, ...m])).toEqual(want);
  expect(re.lastIndex).toBe(0);
};

describe('matchesOf', () => {
  it('finds what matchAll finds, groups and offsets included', () => {
    same(/\b[Tt]he\s+([a-z]+)\b/g, 'The summit and the meeting, then the talks.');
    same(/,?\s+(?:and|while)\s+/gi, 'A, and B while C AND D');
    same(/^contacts?:?$/gim, 'x\nContact:\ny\ncontacts');
    same(/(\S+)\s+and\s+(\S)/gi, 'trade and investment and the climate');
  });

  it('reads from the start whatever the pattern read last', () => {
    const re = /\band\b/g;
    re.lastIndex = 7;
    expect(matchesOf(re, 'A and B and C').map((m) => m.index)).toEqual([2, 8]);
    expect(re.lastIndex).toBe(0);
  });

  it('moves past empty matches as matchAll does (by code point with the u flag)', () => {
    same(/x*/g, 'axxb');
    same(/(?:)/gu, 'a😀b');
    same(/(?:)/g, 'a😀b');
  });

  it('finds nothing in a text without a match', () => {
    expect(matchesOf(/\bsummit\b/gi, 'The talks closed.')).toEqual([]);
  });
});
