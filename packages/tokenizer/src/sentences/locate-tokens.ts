import type { TokenKind } from '@pressfacts/document';
import { ABBREVIATION_KIND } from './abbreviations.js';
import { tokenKind } from './token-kind.js';
import type { WinkTokens } from './wink.js';

/** A token placed in the normalised text, before it becomes a layer item. */
export interface PlacedToken {
  start: number;
  end: number;
  kind: TokenKind;
  pos: string;
  /** wink's sentence for the token (a boundary lies wherever it changes). */
  winkSentence: number;
  /** The token's text when it is still wink's string (saves a slice per token); null once mended or cut. */
  value: string | null;
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
export function placeTokens(text: string, from: number, to: number, wink: WinkTokens, out: PlacedToken[], keepValues = false): number {
  let cursor = from;
  let mismatches = 0;
  const { values, pos, sentence } = wink;
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
    out.push({ start, end: cursor, kind: tokenKind(value), pos: pos[k] ?? 'X', winkSentence: sentence[k] ?? 0, value: keepValues ? value : null });
  }
  return mismatches;
}

/**
 * Mends wink's splits inside words: letters it cut apart (`Naus` `ė` `da` → `Nausėda`) and an
 * abbreviation whose period it cut off (`Amb` `.` → `Amb.`). Works in place; returns `tokens`.
 */
export function mendTokens(text: string, tokens: PlacedToken[]): PlacedToken[] {
  let w = 0;
  for (let r = 0; r < tokens.length; r++) {
    const cur = tokens[r]!;
    const prev = w > 0 ? tokens[w - 1] : undefined;
    if (prev !== undefined && prev.end === cur.start && shouldJoin(text, prev, cur)) {
      prev.end = cur.end;
      prev.value = null;
      if (prev.kind !== 'word' && cur.kind === 'word') prev.kind = 'word';
      if (prev.pos === 'X' || prev.pos === 'PUNCT') prev.pos = cur.pos;
      continue;
    }
    tokens[w++] = cur;
  }
  tokens.length = w;
  return tokens;
}

function shouldJoin(text: string, prev: PlacedToken, cur: PlacedToken): boolean {
  const first = text.charCodeAt(cur.start);
  if (first === 0x2e /* . */ && cur.end === cur.start + 1) {
    return ABBREVIATION_KIND.has(text.slice(prev.start, cur.end));
  }
  if (!isWordCode(first) || !isWordCode(text.charCodeAt(prev.end - 1))) return false;
  // wink's contraction split (`ca` `n't`) is kept.
  return !(text.startsWith("n't", cur.start) || text.startsWith("N'T", cur.start));
}
