import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSpaceToRewrite, matchesOf } from '../src/facts/text.js';

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

describe('hasSpaceToRewrite', () => {
  const SPACE_TO_REWRITE = /\s\s|[^\S ]/;
  it('answers as the pattern it stands in for', () => {
    expect(hasSpaceToRewrite('the Astana summit')).toBe(false);
    expect(hasSpaceToRewrite('the  summit')).toBe(true);
    expect(hasSpaceToRewrite('the\nsummit')).toBe(true);
    expect(hasSpaceToRewrite('the\u00a0summit')).toBe(true);
    expect(hasSpaceToRewrite('summit ')).toBe(false);
    expect(hasSpaceToRewrite('')).toBe(false);
    // Every white space \s knows (and some it does not), alone and beside a space.
    const piece = fc.constantFrom(' ', 'a', 'é', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        return hasSpaceToRewrite(text) === SPACE_TO_REWRITE.test(text);
      }),
      { numRuns: 3000 },
    );
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (hasSpaceToRewrite(text) !== SPACE_TO_REWRITE.test(text)) expect(c.toString(16)).toBe('no difference');
    }
  });
});
