import { segmentFromView, type Paragraph, type TextView } from '@pressfacts/document';
import { countWords, endsLineOfText, endsWithTerminal, isDigitAt, isLetterAt, isLowerAt } from '../text/char-tests.js';
import { hasBlankLineBetweenText, splitLines, type Line } from './lines.js';

/** A heading has at most this many words. */
export const HEADING_MAX_WORDS = 12;

/**
 * Splits the normalised text into paragraphs, trimmed of spaces.
 *
 * When the text has blank lines, a paragraph is a block between them, except that a title line
 * at the top of a block (`About the G20` over its body) is a paragraph of its own. Otherwise each
 * non-empty line is one, except that a hard-wrapped line is joined with the next: it does not end
 * with terminal punctuation, a colon or a closing quote, and the next line starts in lower case
 * (or the text is wrapped at a fixed width and the line runs close to it). A short single line
 * without terminal punctuation that is followed by body text is marked `heading`.
 *
 * @example
 * splitParagraphs(normalize('Title of a section\n\nBody text here.')).map((p) => p.heading)
 * // [true, false]
 */
export function splitParagraphs(view: TextView): Paragraph[] {
  const text = view.text;
  const blocks = splitBlocks(text, splitLines(text));
  const paragraphs: Paragraph[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const next = blocks[k + 1];
    const heading = next !== undefined && isTitleLine(text, block) && !isTitleLine(text, next);
    const { start, end, text: paragraphText, norm } = segmentFromView(view, block.start, block.end);
    paragraphs.push({ start, end, text: paragraphText, norm, index: k, heading });
  }
  return paragraphs;
}

interface Block extends Line {
  readonly lines: number;
}

function splitBlocks(text: string, lines: readonly Line[]): Block[] {
  const blankLines = hasBlankLineBetweenText(lines);
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  let open: { start: number; end: number; lines: number } | null = null;
  let last: Line | null = null; // the last line of `open`
  let blankSince = false;
  for (const line of lines) {
    if (line.end === line.start) {
      blankSince = true;
      continue;
    }
    const joins =
      open !== null &&
      last !== null &&
      !blankSince &&
      (blankLines ? !startsNewParagraph(text, open, last, line, width) : continuesLine(text, last, line, width));
    blankSince = false;
    if (joins) {
      open!.end = line.end;
      open!.lines++;
    } else {
      if (open) blocks.push(open);
      open = { start: line.start, end: line.end, lines: 1 };
    }
    last = line;
  }
  if (open) blocks.push(open);
  return blocks;
}

/** In text with blank lines: a line break inside a block starts a paragraph only after a title line. */
function startsNewParagraph(text: string, open: Block, last: Line, next: Line, width: number): boolean {
  if (open.lines !== 1 || isLowerAt(text, next.start)) return false;
  if (width > 0 && last.end - last.start >= WRAPPED_LINE_SHARE * width) return false;
  return isTitleLine(text, { ...last, lines: 1 });
}

/**
 * True when `next` continues `last`: `last` does not end like a sentence, a colon or a quote, and
 * `next` starts in lower case or `last` runs close to the width the text is wrapped at.
 */
function continuesLine(text: string, last: Line, next: Line, width: number): boolean {
  if (endsLineOfText(text, last.start, last.end)) return false;
  return isLowerAt(text, next.start) || (width > 0 && last.end - last.start >= WRAPPED_LINE_SHARE * width);
}

/** Lines at least this share of the wrap width were wrapped by a machine, not ended by a writer. */
const WRAPPED_LINE_SHARE = 0.7;

/**
 * The width a text is hard-wrapped at (its longest line), or 0 when it does not look wrapped: lines
 * longer than 100 units, fewer than 3 lines, or fewer than half the lines near the longest.
 */
function wrapWidth(lines: readonly Line[]): number {
  let longest = 0;
  let count = 0;
  for (const l of lines) {
    if (l.end > l.start) count++;
    longest = Math.max(longest, l.end - l.start);
  }
  if (longest > 100 || count < 3) return 0;
  let near = 0;
  for (const l of lines) if (l.end - l.start >= WRAPPED_LINE_SHARE * longest) near++;
  return near * 2 >= count ? longest : 0;
}

/** A sentence ends inside the line (`welcomes guests. (Xinhua`): it is not a title. */
const INNER_SENTENCE_END = /\p{Ll}{3}[.!?] [\p{Lu}(]/u;
const WORD = /\p{L}\p{L}/u;

/** A single short line that starts like a title and does not end like a sentence. */
function isTitleLine(text: string, block: Block): boolean {
  if (block.lines !== 1) return false;
  const last = text.charAt(block.end - 1);
  if (last === ',' || last === ':' || last === ';' || last === '-') return false;
  if (endsWithTerminal(text, block.start, block.end)) return false;
  if (!(isDigitAt(text, block.start) || (isLetterAt(text, block.start) && !isLowerAt(text, block.start)))) return false;
  if (countWords(text, block.start, block.end, HEADING_MAX_WORDS) > HEADING_MAX_WORDS) return false;
  const line = text.slice(block.start, block.end);
  return WORD.test(line) && !INNER_SENTENCE_END.test(line);
}
