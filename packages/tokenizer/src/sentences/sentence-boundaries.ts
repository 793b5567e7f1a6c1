import { endsWithTerminal, isDigitAt, isLowerAt, isUpperAt } from '../text/char-tests.js';
import { ABBREVIATION_KIND } from './abbreviations.js';
import { isClockLine } from './clock-line.js';
import type { PlacedTokens } from './locate-tokens.js';

const INITIAL = /^\p{Lu}\.$/u;
/** Characters that never open a sentence when glued to the token before. */
const CLOSING = new Set([',', ';', ':', ')', ']', '}', '%']);

/**
 * Decides where sentences start among the tokens `[from, to)` of one paragraph: wink's
 * boundaries, minus its known mistakes. Returns the indices of the first token of every sentence
 * (always starting with `from` when there are tokens).
 *
 * A wink boundary before token `j` is dropped when
 * - the next word starts in lower case (`"Why not?" he asked.`, `e.g. this`);
 * - the token before is a title, an inline abbreviation, or a number abbreviation followed by a
 *   number (see the abbreviations table), or an initial followed by a capital (`J. Smith`);
 * - the text so far does not end like a sentence (no `. ! ? …`, as after a hard-wrapped line);
 * - the next token is closing punctuation glued to the previous one.
 * A closing quote that wink put at the start of the next sentence moves back to the previous one.
 */
export function sentenceStarts(text: string, tokens: PlacedTokens, from = 0, to = tokens.count): number[] {
  const starts: number[] = [];
  if (to <= from) return starts;
  const { start, end, winkSentence } = tokens;
  starts.push(from);
  let sentenceFrom = from;
  let quotes = countQuote(text, start[from]!, end[from]!);
  for (let j = from + 1; j < to; j++) {
    const prevEnd = end[j - 1]!;
    const nextStart = start[j]!;
    const winkSplit = winkSentence[j - 1] !== winkSentence[j];
    if (startsLine(text, prevEnd, nextStart)) {
      starts.push(j);
      sentenceFrom = j;
      quotes = countQuote(text, nextStart, end[j]!);
      continue;
    }
    if (winkSplit && keepBoundary(text, tokens, sentenceFrom, j)) {
      if (quotes % 2 === 1 && isGluedQuote(text, prevEnd, nextStart, end[j]!)) {
        // `"We agree.` + `" He said` → the quote closes the earlier sentence.
        quotes++;
        j++;
        if (j >= to) break;
        if (!isLowerAt(text, start[j]!)) {
          starts.push(j);
          sentenceFrom = j;
          quotes = 0;
        }
        quotes += countQuote(text, start[j]!, end[j]!);
        continue;
      }
      starts.push(j);
      sentenceFrom = j;
      quotes = 0;
    }
    quotes += countQuote(text, nextStart, end[j]!);
  }
  return starts;
}

function keepBoundary(text: string, tokens: PlacedTokens, from: number, j: number): boolean {
  const prevStart = tokens.start[j - 1]!;
  const prevEnd = tokens.end[j - 1]!;
  const nextStart = tokens.start[j]!;
  if (isLowerAt(text, nextStart)) return false;
  if (nextStart === prevEnd && CLOSING.has(text.charAt(nextStart))) return false;
  const prevText = text.slice(prevStart, prevEnd);
  const kind = ABBREVIATION_KIND.get(prevText);
  if (kind === 'title' || kind === 'inline') return false;
  if (kind !== undefined && isDigitAt(text, nextStart)) return false;
  if (INITIAL.test(prevText) && isUpperAt(text, nextStart)) return false;
  return endsWithTerminal(text, tokens.start[from]!, prevEnd);
}

// A list item ("- Leaders endorse …", "• Trade up 5%") and the line after a bare clock time
// ("18:40\nLeaders arrived …" in a live blog) start sentences although no full stop says so.
const BULLET = /^[-•*–]\s/;

function startsLine(text: string, prevEnd: number, nextStart: number): boolean {
  // Most tokens are one space apart (or touch): look for the line break without a slice.
  let i = prevEnd;
  while (i < nextStart && text.charCodeAt(i) !== 0x0a) i++;
  if (i >= nextStart) return false;
  if (BULLET.test(text.slice(nextStart, nextStart + 2))) return true;
  const before = text.slice(Math.max(0, prevEnd - 24), prevEnd);
  return isClockLine(before.slice(before.lastIndexOf('\n') + 1));
}

function countQuote(text: string, start: number, end: number): number {
  return end === start + 1 && text.charCodeAt(start) === 0x22 ? 1 : 0;
}

function isGluedQuote(text: string, prevEnd: number, nextStart: number, nextEnd: number): boolean {
  return nextStart === prevEnd && nextEnd === nextStart + 1 && text.charCodeAt(nextStart) === 0x22;
}
