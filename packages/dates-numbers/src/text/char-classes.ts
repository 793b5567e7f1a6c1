/**
 * Character tests shared by the patterns. The hot patterns run without the regex `u` flag (it
 * makes V8 several times slower on them), so their classes spell out the letter blocks, and the
 * "not glued to a word" check before a match is done in code, once per candidate.
 */

/** Letters of the Latin (incl. extended), Greek and Cyrillic blocks, as a class body for non-`u` regexes. */
export const LETTER_CLASS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * True when the code unit before `start` neither belongs to a word (any script) nor is one of
 * `alsoNot` — the boundary a match needs on its left ("G20" is not a 20, ".5" not a 5).
 *
 * @example freeBefore('G20', 1) // false
 */
export function freeBefore(text: string, start: number, alsoNot = ''): boolean {
  if (start <= 0) return true;
  const c = text.charAt(start - 1);
  return !WORD_CHAR.test(c) && !alsoNot.includes(c);
}

/** An ASCII letter, A-Z or a-z (a UTF-16 code unit). */
export const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** A code unit that the regex `\w` matches (ASCII letters, digits, `_`): where `\b` sees a word. */
export const isRegexWordUnit = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
