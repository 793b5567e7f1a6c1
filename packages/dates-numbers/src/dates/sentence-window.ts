const BOUNDARY = /[.!?;]\s|\n/g;

/**
 * Just after the last comma in text[from, start), else `from`: `max(from, text.lastIndexOf(',',
 * start - 1) + 1)` with a search that stops at `from` (and, as lastIndexOf, reads position 0 for a
 * start of 0).
 */
export function afterLastComma(text: string, from: number, start: number): number {
  for (let i = Math.max(start - 1, 0); i >= from; i--) if (text.charCodeAt(i) === 0x2c) return Math.max(from, i + 1);
  return from;
}

/**
 * Where the sentence around `start` begins, looking back at most `window` code units; a sentence
 * boundary is ". ", "! ", "? ", "; " or a line break. Reads only the window (and the one code unit
 * a boundary may take past it): a search of the rest of the text would cost its length for each
 * mention, in a text without boundaries.
 */
export function sentenceStart(text: string, start: number, window: number): number {
  const from = Math.max(0, start - window);
  const near = text.slice(from, start + 1);
  let last = from;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(near); m !== null && from + m.index < start; m = BOUNDARY.exec(near)) last = from + m.index + m[0].length;
  return last;
}

/** Where the sentence that `end` lies in ends, at most `window` code units on (reads only those). */
export function sentenceEnd(text: string, end: number, window: number): number {
  BOUNDARY.lastIndex = 0;
  const m = BOUNDARY.exec(text.slice(end, end + window + 1));
  return Math.min(m === null ? text.length : end + m.index, end + window);
}
