import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetterAt, isLowerAt, isUpperAt } from '../src/text/char-tests.js';

// The ASCII shortcut must answer as the Unicode property patterns do, anywhere in any text.
describe('character tests', () => {
  it('answer as \\p{Ll}, \\p{Lu} and \\p{L} on the code unit at any offset, in range or not', () => {
    const unit = fc.constantFrom('a', 'z', 'A', 'Z', '0', ' ', '@', '[', '`', '{', 'é', 'É', 'ß', 'ǅ', 'Ж', 'ж', '中', '\ud800', '\udc00', '😀', '\u0130');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), fc.integer({ min: -2, max: 30 }), (parts, at) => {
        const text = parts.join('');
        const c = text.charAt(at);
        expect([isLowerAt(text, at), isUpperAt(text, at), isLetterAt(text, at)]).toEqual([/\p{Ll}/u.test(c), /\p{Lu}/u.test(c), /\p{L}/u.test(c)]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads one code unit, not a code point', () => {
    expect(isLowerAt('Ab', 1)).toBe(true);
    expect(isUpperAt('aB', 0)).toBe(false);
    expect(isLetterAt('\ud835\udc00', 0)).toBe(false);
    expect(isLetterAt('x', 1)).toBe(false);
  });
});
