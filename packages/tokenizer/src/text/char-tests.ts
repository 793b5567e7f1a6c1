// Character tests on normalised text (quotes are already straight, dashes are `-`).

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Sentence-final punctuation. */
const TERMINAL = new Set(['.', '!', '?', '\u2026']);
/** Closers that may follow sentence-final punctuation: `."` `.)` `?'`. */
const CLOSERS = new Set(['"', "'", ')', ']']);

// An ASCII unit is answered without running the pattern (the same answer: `\p{Ll}` holds a-z,
// `\p{Lu}` A-Z and `\p{L}` both among ASCII); past the end of the text `charCodeAt` is NaN and
// the pattern sees an empty string.
export const isLowerAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER.test(text.charAt(at));
};
export const isUpperAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(text.charAt(at));
};
export const isLetterAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) : LETTER.test(text.charAt(at));
};
export const isDigitAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};

/**
 * True when `text[start, end)` ends like a sentence: with `. ! ? …`, optionally followed by
 * closing quotes or brackets (`milestone."`, `(see above.)`).
 */
export function endsWithTerminal(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && CLOSERS.has(text.charAt(e - 1))) e--;
  return e > start && TERMINAL.has(text.charAt(e - 1));
}

/** Like {@link endsWithTerminal}, but a line ending in `:` `;` or a closing quote also ends. */
export function endsLineOfText(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = text.charAt(end - 1);
  return last === ':' || last === ';' || last === '"' || endsWithTerminal(text, start, end);
}

/** Number of space-separated words in `text[start, end)`, counting no further than `limit + 1`. */
export function countWords(text: string, start: number, end: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) {
      words++;
      if (words > limit) return words;
    }
    inWord = !space;
  }
  return words;
}
