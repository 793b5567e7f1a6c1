import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codeUnitsOf } from '../src/facts/code-units.js';

/** What `codeUnitsOf` must give: `charCodeAt` at each index. */
function charCodes(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

describe('codeUnitsOf', () => {
  test('the code units of the text, then a 0', () => {
    const codes = codeUnitsOf('Hi é 中');
    expect([...codes.subarray(0, 7)]).toEqual([72, 105, 32, 233, 32, 20013, 0]);
  });

  test('keeps lone surrogates and emoji as their units, and overwrites a longer text before it', () => {
    codeUnitsOf('a much longer text first');
    expect([...codeUnitsOf('\ud800x😀').subarray(0, 5)]).toEqual([0xd800, 120, 0xd83d, 0xde00, 0]);
    expect([...codeUnitsOf('').subarray(0, 1)]).toEqual([0]);
  });

  test('grows for a long text', () => {
    const text = 'Summit talks ended. '.repeat(5000);
    const codes = codeUnitsOf(text);
    expect(codes.length).toBeGreaterThan(text.length);
    expect([...codes.subarray(0, text.length)]).toEqual(charCodes(text));
    expect(codes[text.length]).toBe(0);
  });

  test('equals charCodeAt on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        const codes = codeUnitsOf(text);
        expect([...codes.subarray(0, text.length)]).toEqual(charCodes(text));
        expect(codes[text.length]).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
