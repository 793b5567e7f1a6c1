import { endsWithTerminal, isDigitAt, isLowerAt, isUpperAt } from '../text/char-tests.js';
import { ABBREVIATION_KIND } from './abbreviations.js';
import { isClockLine } from './clock-line.js';
import type { PlacedToken } from './locate-tokens.js';

const INITIAL = /^\p{Lu}\.$/u;
/** Characters that never open a sentence when glued to the token before. */
const CLOSING = new Set([',', ';', ':', ')', ']', '}', '%']);

/**
 * Decides where sentences start among the tokens of one paragraph: wink's boundaries, minus its
 * known mistakes. Returns the indices of the first token of every sentence (always starting
 * with 0 when there are tokens).
 *
 * A wink boundary before token `j` is dropped when
 * - the next word starts in lower case (`"Why not?" he asked.`, `e.g. this`);
 * - the token before is a title, an inline abbreviation, or a number abbreviation followed by a
 *   number (see the abbreviations table), or an initial followed by a capital (`J. Smith`);
 * - the text so far does not end like a sentence (no `. ! ? …`, as after a hard-wrapped line);
 * - the next token is closing punctuation glued to the previous one.
 * A closing quote that wink put at the start of the next sentence moves back to the previous one.
 */
export function sentenceStarts(text: string, tokens: readonly PlacedToken[]): number[] {
  const starts: number[] = [];
  if (tokens.length === 0) return starts;
  starts.push(0);
  let sentenceFrom = 0;
  let quotes = countQuote(text, tokens[0]!);
  for (let j = 1; j < tokens.length; j++) {
    const prev = tokens[j - 1]!;
    const next = tokens[j]!;
    const winkSplit = prev.winkSentence !== next.winkSentence;
    if (startsLine(text, prev, next)) {
      starts.push(j);
      sentenceFrom = j;
      quotes = countQuote(text, next);
      continue;
    }
    if (winkSplit && keepBoundary(text, tokens, sentenceFrom, j)) {
      if (quotes % 2 === 1 && isGluedQuote(text, prev, next)) {
        // `"We agree.` + `" He said` → the quote closes the earlier sentence.
        quotes++;
        j++;
        const after = tokens[j];
        if (after === undefined) break;
        if (!isLowerAt(text, after.start)) {
          starts.push(j);
          sentenceFrom = j;
          quotes = 0;
        }
        quotes += countQuote(text, after);
        continue;
      }
      starts.push(j);
      sentenceFrom = j;
      quotes = 0;
    }
    quotes += countQuote(text, next);
  }
  return starts;
}

function keepBoundary(text: string, tokens: readonly PlacedToken[], from: number, j: number): boolean {
  const prev = tokens[j - 1]!;
  const next = tokens[j]!;
  if (isLowerAt(text, next.start)) return false;
  if (next.start === prev.end && CLOSING.has(text.charAt(next.start))) return false;
  const prevText = text.slice(prev.start, prev.end);
  const kind = ABBREVIATION_KIND.get(prevText);
  if (kind === 'title' || kind === 'inline') return false;
  if (kind !== undefined && isDigitAt(text, next.start)) return false;
  if (INITIAL.test(prevText) && isUpperAt(text, next.start)) return false;
  return endsWithTerminal(text, tokens[from]!.start, prev.end);
}

// A list item ("- Leaders endorse …", "• Trade up 5%") and the line after a bare clock time
// ("18:40\nLeaders arrived …" in a live blog) start sentences although no full stop says so.
const BULLET = /^[-•*–]\s/;

function startsLine(text: string, prev: PlacedToken, next: PlacedToken): boolean {
  // Most tokens are one space apart (or touch): look for the line break without a slice.
  let i = prev.end;
  while (i < next.start && text.charCodeAt(i) !== 0x0a) i++;
  if (i >= next.start) return false;
  if (BULLET.test(text.slice(next.start, next.start + 2))) return true;
  const before = text.slice(Math.max(0, prev.end - 24), prev.end);
  return isClockLine(before.slice(before.lastIndexOf('\n') + 1));
}

function countQuote(text: string, token: PlacedToken): number {
  return token.end === token.start + 1 && text.charCodeAt(token.start) === 0x22 ? 1 : 0;
}

function isGluedQuote(text: string, prev: PlacedToken, next: PlacedToken): boolean {
  return next.start === prev.end && next.end === next.start + 1 && text.charCodeAt(next.start) === 0x22;
}
