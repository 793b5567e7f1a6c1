import type { TokenKind } from '@pressfacts/document';
import { ABBREVIATION_KIND } from './abbreviations.js';
import { tokenKind } from './token-kind.js';
import type { WinkTokens } from './wink.js';

/**
 * Tokens placed in the normalised text, before they become layer items: parallel arrays, token
 * `i` at index `i` of each (an object per token would be garbage a moment later).
 */
export interface PlacedTokens {
  readonly start: number[];
  readonly end: number[];
  readonly kind: TokenKind[];
  readonly pos: string[];
  /** wink's sentence for the token (a boundary lies wherever it changes). */
  readonly winkSentence: number[];
  /** The token's text when it is still wink's string (saves a slice per token); null once mended or cut. */
  readonly value: (string | null)[];
}

/** No tokens yet. */
export function placedTokens(): PlacedTokens {
  return { start: [], end: [], kind: [], pos: [], winkSentence: [], value: [] };
}

/** Appends one token to `tokens`. */
export function pushToken(tokens: PlacedTokens, start: number, end: number, kind: TokenKind, pos: string, winkSentence: number, value: string | null): void {
  tokens.start.push(start);
  tokens.end.push(end);
  tokens.kind.push(kind);
  tokens.pos.push(pos);
  tokens.winkSentence.push(winkSentence);
  tokens.value.push(value);
}

const WORD_CHAR = /[\p{L}\p{M}]/u;
/** How far past the expected place a token is searched for. */
const SEARCH_AHEAD = 64;

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/**
 * Finds each wink token in `text` from `from` on (wink keeps every character but whitespace, so
 * a token starts after the spaces that follow the previous one). A token not found where
 * expected is searched a little way forward and counted as a mismatch; one not found is dropped.
 * Whitespace tokens are skipped. Returns the number of mismatches. `keepValues`: `text` is the
 * text the tokens will be cut from (no long run was masked), so each keeps wink's string.
 */
export function placeTokens(text: string, from: number, to: number, wink: WinkTokens, out: PlacedTokens, keepValues = false): number {
  let cursor = from;
  let mismatches = 0;
  const { values, pos, sentences } = wink;
  // wink's sentences are `[first, last]` token index pairs in order; a token outside every one is in sentence 0.
  let s = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (value.length === 0 || value.charCodeAt(0) <= 0x20) continue;
    while (cursor < to && text.charCodeAt(cursor) <= 0x20) cursor++;
    let start = cursor;
    // A one-character token (punctuation, mostly) needs no string comparison.
    const here = value.length === 1 ? text.charCodeAt(cursor) === value.charCodeAt(0) : text.startsWith(value, cursor);
    if (!here) {
      mismatches++;
      // Look a little way ahead only, so that a confused tokenizer cannot make this quadratic.
      const found = text.slice(cursor, Math.min(to, cursor + SEARCH_AHEAD + value.length)).indexOf(value);
      if (found < 0) continue;
      start = cursor + found;
    }
    cursor = start + value.length;
    while (s < sentences.length && sentences[s]![1] < k) s++;
    const sentence = s < sentences.length && sentences[s]![0] <= k ? s : 0;
    pushToken(out, start, cursor, tokenKind(value), pos[k] ?? 'X', sentence, keepValues ? value : null);
  }
  return mismatches;
}

/**
 * Mends wink's splits inside words: letters it cut apart (`Naus` `ė` `da` → `Nausėda`) and an
 * abbreviation whose period it cut off (`Amb` `.` → `Amb.`). Works in place; returns `tokens`.
 */
export function mendTokens(text: string, tokens: PlacedTokens): PlacedTokens {
  const { start, end, kind, pos, winkSentence, value } = tokens;
  let w = 0;
  for (let r = 0; r < start.length; r++) {
    const p = w - 1;
    if (p >= 0 && end[p] === start[r] && shouldJoin(text, start[p]!, start[r]!, end[r]!)) {
      end[p] = end[r]!;
      value[p] = null;
      if (kind[p] !== 'word' && kind[r] === 'word') kind[p] = 'word';
      if (pos[p] === 'X' || pos[p] === 'PUNCT') pos[p] = pos[r]!;
      continue;
    }
    if (w !== r) {
      start[w] = start[r]!;
      end[w] = end[r]!;
      kind[w] = kind[r]!;
      pos[w] = pos[r]!;
      winkSentence[w] = winkSentence[r]!;
      value[w] = value[r]!;
    }
    w++;
  }
  start.length = w;
  end.length = w;
  kind.length = w;
  pos.length = w;
  winkSentence.length = w;
  value.length = w;
  return tokens;
}

/** Whether the token `[curStart, curEnd)` continues the token before it, which ends at `curStart`. */
function shouldJoin(text: string, prevStart: number, curStart: number, curEnd: number): boolean {
  const first = text.charCodeAt(curStart);
  if (first === 0x2e /* . */ && curEnd === curStart + 1) {
    return ABBREVIATION_KIND.has(text.slice(prevStart, curEnd));
  }
  if (!isWordCode(first) || !isWordCode(text.charCodeAt(curStart - 1))) return false;
  // wink's contraction split (`ca` `n't`) is kept.
  return !(text.startsWith("n't", curStart) || text.startsWith("N'T", curStart));
}
