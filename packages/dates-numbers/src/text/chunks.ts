/**
 * Splits a text into pieces of at most `max` code units, cutting at a line break, else after a
 * sentence end (". " before a capital), else at a space (in the second half of the piece if it
 * can, else anywhere in it), else anywhere. chrono re-slices its input after every
 * match, so one call over a long text with many dates costs quadratic time; over bounded pieces
 * it stays linear. Cuts fall between sentences, where no date expression spans.
 *
 * @example chunkRanges('a\nb', 2) // [[0, 1], [1, 3]]
 */
export function chunkRanges(text: string, max: number): [start: number, end: number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    let cut = lastIndexIn(text, 0x0a, start, limit);
    if (cut <= floor) {
      const sentenceEnd = lastSentenceEnd(text, floor, limit);
      const space = lastIndexIn(text, 0x20, start, limit);
      cut = sentenceEnd > floor ? sentenceEnd : space > floor ? space : Math.max(cut, space);
    }
    if (cut <= start) cut = limit;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * `text.lastIndexOf(c, limit)` when that is at or after `from`, else -1: a cut before the piece's
 * start is no cut, and a search past it would read the whole text again for every piece.
 */
function lastIndexIn(text: string, c: number, from: number, limit: number): number {
  for (let i = Math.min(limit, text.length - 1); i >= from; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The offset just after the last ". X" / "! X" / "? X" (X a capital) in (floor, limit], or -1. */
function lastSentenceEnd(text: string, floor: number, limit: number): number {
  for (let i = limit - 2; i > floor; i--) {
    const c = text.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
      const next = text.charAt(i + 2);
      if (next !== next.toLowerCase()) return i + 1;
    }
  }
  return -1;
}
