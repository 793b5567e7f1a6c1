import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPACE_TO_REWRITE } from '../src/facts/context.js';
import { isLowerCased, isWhiteSpace, wordCount } from '../src/facts/text.js';

/** The count the rules read before: the words a RegExp finds. */
const matched = (text: string) => text.trim().match(/\S+/g)?.length ?? 0;

describe('wordCount', () => {
  it('counts runs of non-white space, any white space between', () => {
    expect(wordCount(' a  b\u00a0c\n')).toBe(3);
    expect(wordCount('')).toBe(0);
    expect(wordCount(' \t\u3000 ')).toBe(0);
    expect(wordCount('one-two,three')).toBe(1);
  });

  it('stops at atMost', () => {
    expect(wordCount('a b c d e f', 3)).toBe(3);
    expect(wordCount('a b', 3)).toBe(2);
  });

  it('gives the count of the RegExp words, capped, on any text', () => {
    const piece = fc.constantFrom('a', 'word', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '\u2028', '\ud800', 'é', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.integer({ min: 1, max: 8 }), (parts, cap) => {
        const text = parts.join('');
        return wordCount(text) === matched(text) && wordCount(text, cap) === Math.min(cap, matched(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads as white space exactly the code units \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('isLowerCased', () => {
  it('tells whether a text lower-cases to a string', () => {
    expect(isLowerCased('Lima', 'lima')).toBe(true);
    expect(isLowerCased('LIMA', 'lima')).toBe(true);
    expect(isLowerCased('Quito', 'lima')).toBe(false);
    expect(isLowerCased('İzmir', 'i̇zmir')).toBe(true);
    expect(isLowerCased('', '')).toBe(true);
  });

  it('answers as toLowerCase does, on any pair', () => {
    const piece = fc.constantFrom('a', 'A', 'l', 'L', 'ima', 'IMA', ' ', '-', 'İ', 'i̇', 'Σ', 'σ', 'ς', 'é', 'É', '2', '');
    const word = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));
    fc.assert(
      fc.property(word, word, (text, other) => {
        const lower = other.toLowerCase();
        return isLowerCased(text, lower) === (text.toLowerCase() === lower) && isLowerCased(text, text.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('SPACE_TO_REWRITE', () => {
  it('tells the same texts as `\\s\\s|[^\\S ]`', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', 'a', 'é', '.', '\ud800');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(SPACE_TO_REWRITE.test(text)).toBe(/\s\s|[^\S ]/.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(SPACE_TO_REWRITE.test('one space each')).toBe(false);
    expect(SPACE_TO_REWRITE.test('two  spaces')).toBe(true);
    expect(SPACE_TO_REWRITE.test('a\nline')).toBe(true);
  });
});
