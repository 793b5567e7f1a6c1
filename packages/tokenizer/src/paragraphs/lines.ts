/** One line of the normalised text, trimmed of spaces (`start === end` for a blank line). */
export interface Line {
  readonly start: number;
  readonly end: number;
}

const SPACE = 0x20;

/** Splits normalised text (only `\n` line ends, only ` ` spaces) into trimmed lines. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const n = text.length;
  while (from <= n) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = n;
    let s = from;
    let e = to;
    while (s < e && text.charCodeAt(s) === SPACE) s++;
    while (e > s && text.charCodeAt(e - 1) === SPACE) e--;
    lines.push({ start: s, end: e });
    from = to + 1;
  }
  return lines;
}

/** True when the text holds a blank line between two non-blank lines. */
export function hasBlankLineBetweenText(lines: readonly Line[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (line.end > line.start) {
      if (blankAfterText) return true;
      seenText = true;
    } else if (seenText) {
      blankAfterText = true;
    }
  }
  return false;
}
