import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseTense, wordBefore } from '../src/dates/clause-tense.js';

describe('clauseTense reads the words before a date from the nearest back', () => {
  it('finds the nearest cue, or the first after a weekday that opens its sentence', () => {
    expect(clauseTense('Leaders will gather on Wednesday.', 23, 32)).toBe('future');
    expect(clauseTense('They met on Tuesday in Astana.', 12, 19)).toBe('past');
    expect(clauseTense('On Thursday, leaders will sign it.', 3, 11)).toBe('future');
    expect(clauseTense('Leaders on Friday.', 11, 17)).toBeNull();
  });

  const WORD = /[A-Za-z'\u2019]+/g;
  const piece = fc.constantFrom('met', 'Will', "they'll", 'don\u2019t', ' ', '  ', ',', '.', '5', 'é', 'x', "'", '\u2019', '-', '_');
  it('wordBefore gives the words a forward scan gives, last first, with their offsets', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), fc.nat(3), (text, cut) => {
        const from = Math.min(cut, text.length);
        const expected = [...text.slice(from).matchAll(WORD)].map((m) => [m[0], from + m.index]).reverse();
        const got: [string, number][] = [];
        for (let w = wordBefore(text, from, text.length); w !== undefined; w = wordBefore(text, from, w.start)) got.push([w.text, w.start]);
        expect(got).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
