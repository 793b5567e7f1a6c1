import { describe, expect, it } from 'vitest';
import { memoize } from '../src/text/memo.js';
import { endsPossessive } from '../src/text/words.js';

describe('memoize', () => {
  it('computes once per string, including null results', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s === 'none' ? null : s.toUpperCase();
    });
    expect([f('astana'), f('astana'), f('none'), f('none'), f('baku')]).toEqual(['ASTANA', 'ASTANA', null, null, 'BAKU']);
    expect(calls).toEqual(['astana', 'none', 'baku']);
  });

  it('empties the cache at its limit, so memory stays bounded', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s.length;
    }, 2);
    for (const s of ['a', 'bb', 'ccc', 'a']) f(s);
    // 'ccc' met a full cache (a, bb) and cleared it, so 'a' is computed again.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
    expect(f('ccc')).toBe(3);
    expect(calls).toHaveLength(4);
  });
});

describe('endsPossessive', () => {
  const POSSESSIVE = /['\u2019]s?$/;
  it.each(["China's", 'China\u2019s', "Leaders'", 'Leaders\u2019', "NATO'S", 'Xi', "Xi'an", 'class', 's', "'", "a's", ''])('agrees with the regex on %j', (text) => {
    expect(endsPossessive(text)).toBe(POSSESSIVE.test(text));
  });
  it('reads the apostrophe forms', () => {
    expect([endsPossessive("China's"), endsPossessive("Leaders'"), endsPossessive("NATO'S"), endsPossessive('class')]).toEqual([true, true, false, false]);
  });
});
