import type { TokenKind } from '@pressfacts/document';
import { ABBREVIATION_KIND } from './abbreviations.js';
import { tokenKind } from './token-kind.js';
import type { WinkTokens } from './wink.js';

/**
 * Tokens placed in the normalised text, before they become layer items: parallel typed arrays
 * sized once for every token wink read, token `i` at index `i` of each, `count` of them in use
 * (an object per token, or arrays grown by a push per token, would be garbage a moment later).
 * Part of speech and value point back into wink's own arrays instead of copying them.
 */
export interface PlacedTokens {
  count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: TokenKind[];
  /** wink's sentence for the token (a boundary lies wherever it changes). */
  readonly winkSentence: Int32Array;
  /** The wink token whose part of speech the token carries (index into `pos`); -1 for `X`. */
  readonly posOf: Int32Array;
  /** The wink token whose string is the token's text (saves a slice per token); -1 once mended or cut. */
  readonly valueOf: Int32Array;
  /** wink's token strings and tags, as `posOf` and `valueOf` index them. */
  values: readonly string[];
  pos: readonly string[];
}

/** The most tokens whose arrays are kept for reuse (~100 KB; a huge document's are let go). */
const MAX_REUSED = 1 << 12;

/**
 * Room for `capacity` tokens that point into `wink`'s arrays: `reuse`'s arrays when they are
 * large enough (typed arrays live outside the heap; allocating and freeing six per document
 * costs more than placing a third of its tokens), else new ones.
 */
function placedTokens(capacity: number, wink: WinkTokens, reuse: PlacedTokens | null): PlacedTokens {
  if (reuse !== null && reuse.start.length >= capacity) {
    reuse.count = 0;
    reuse.values = wink.values;
    reuse.pos = wink.pos;
    return reuse;
  }
  if (reuse !== null && capacity < MAX_REUSED) capacity = MAX_REUSED;
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    kind: new Array<TokenKind>(capacity),
    winkSentence: new Int32Array(capacity),
    posOf: new Int32Array(capacity),
    valueOf: new Int32Array(capacity),
    values: wink.values,
    pos: wink.pos,
  };
}

/** Appends one token to `tokens` (which must have room for it). */
function pushToken(tokens: PlacedTokens, start: number, end: number, kind: TokenKind, posOf: number, winkSentence: number, valueOf: number): void {
  const i = tokens.count++;
  tokens.start[i] = start;
  tokens.end[i] = end;
  tokens.kind[i] = kind;
  tokens.posOf[i] = posOf;
  tokens.winkSentence[i] = winkSentence;
  tokens.valueOf[i] = valueOf;
}

/** The part of speech of token `i`. */
export function posAt(tokens: PlacedTokens, i: number): string {
  const k = tokens.posOf[i]!;
  return k < 0 ? 'X' : (tokens.pos[k] ?? 'X');
}

/** A sentence after wink's last one, which holds no token (small integers, as wink's pairs are). */
const AFTER_ALL = [0x3fffffff, 0x3fffffff] as const;

const WORD_CHAR = /[\p{L}\p{M}]/u;
/** How far past the expected place a token is searched for. */
const SEARCH_AHEAD = 64;

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/**
 * Places wink's tokens in `text` and mends its splits inside words, in one pass; returns the
 * tokens and the number of mismatches.
 *
 * Each wink token is looked for in `winkText` (the text wink read: `text` with long runs
 * masked) from where the previous one ended (wink keeps every character but whitespace, so a
 * token starts after the spaces that follow the previous one). A token not found where expected
 * is searched a little way forward and counted as a mismatch; one not found is dropped.
 * Whitespace tokens are skipped. Each long run in `runs` (hidden from wink) becomes one token
 * of its own, in text order. `keepValues`: tokens keep wink's string as their value (no run was
 * masked, so `winkText` is `text`).
 *
 * A token is joined to the one before when wink cut letters apart (`Naus` `ė` `da` → `Nausėda`)
 * or cut the period off an abbreviation (`Amb` `.` → `Amb.`); see {@link shouldJoin}.
 *
 * `reuse`: the tokens of an earlier call, done with, whose arrays may be written over.
 */
export function placeTokens(
  text: string,
  winkText: string,
  wink: WinkTokens,
  runs: readonly (readonly [number, number])[] = [],
  reuse: PlacedTokens | null = null,
): { tokens: PlacedTokens; mismatches: number } {
  const { values, pos, sentences } = wink;
  const out = placedTokens(values.length + runs.length, wink, reuse);
  const { start: starts, end: ends, kind: kinds, posOf, winkSentence, valueOf } = out;
  const keepValues = winkText === text;
  const to = text.length;
  let cursor = 0;
  let mismatches = 0;
  let w = 0; // tokens placed
  let run = 0; // next long run to put among the tokens
  // wink's sentences are `[first, last]` token index pairs in order; a token outside every one is in sentence 0.
  let s = 0;
  let sentence: readonly [number, number] = sentences[0] ?? AFTER_ALL;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    if (value.length === 0 || value.charCodeAt(0) <= 0x20) continue;
    while (cursor < to && winkText.charCodeAt(cursor) <= 0x20) cursor++;
    let start = cursor;
    // A one-character token (punctuation, mostly) needs no string comparison.
    const here = value.length === 1 ? winkText.charCodeAt(cursor) === value.charCodeAt(0) : winkText.startsWith(value, cursor);
    if (!here) {
      mismatches++;
      // Look a little way ahead only, so that a confused tokenizer cannot make this quadratic.
      const found = winkText.slice(cursor, Math.min(to, cursor + SEARCH_AHEAD + value.length)).indexOf(value);
      if (found < 0) continue;
      start = cursor + found;
    }
    cursor = start + value.length;
    for (; run < runs.length && runs[run]![0] <= start; run++) {
      pushRun(out, text, runs[run]!, w);
      w++;
    }
    const p = w - 1;
    if (p >= 0 && ends[p] === start && shouldJoin(text, starts[p]!, start, cursor)) {
      ends[p] = cursor;
      valueOf[p] = -1;
      if (kinds[p] !== 'word' && tokenKind(value) === 'word') kinds[p] = 'word';
      const prevPos = posAt(out, p);
      if (prevPos === 'X' || prevPos === 'PUNCT') posOf[p] = k < pos.length ? k : -1;
      continue;
    }
    while (sentence[1] < k) sentence = sentences[++s] ?? AFTER_ALL;
    starts[w] = start;
    ends[w] = cursor;
    kinds[w] = tokenKind(value);
    posOf[w] = k < pos.length ? k : -1;
    winkSentence[w] = sentence[0] <= k ? s : 0;
    valueOf[w] = keepValues ? k : -1;
    w++;
  }
  out.count = w;
  for (; run < runs.length; run++) {
    pushRun(out, text, runs[run]!, out.count);
  }
  return { tokens: out, mismatches };
}

/** Puts a long run's token at `at`, in the wink sentence of the token before it. */
function pushRun(out: PlacedTokens, text: string, [start, end]: readonly [number, number], at: number): void {
  out.count = at;
  const sentence = at > 0 ? out.winkSentence[at - 1]! : 0;
  pushToken(out, start, end, tokenKind(text.slice(start, Math.min(end, start + 8))), -1, sentence, -1);
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
