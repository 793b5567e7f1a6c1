import type { Token } from '@pressfacts/document';
import { CLAUSE_CUES, RELATIVE_WORDS, type ClauseCueRow } from '../data/clause-cues.js';
import type { FactsContext } from './context.js';
import { chunkLookup } from './token-search.js';

/**
 * What a comma-delimited piece of a sentence is, read off its first words and part-of-speech tags:
 * - `clause`: has its own verb after a subject ("the meeting took place in Kigali");
 * - `predicate`: starts with a verb, its subject is elsewhere ("will host next year's summit");
 * - `participle`: a passive participle that modifies the noun before it ("held on 15-16 February");
 * - `relative`: "which/who/where …";
 * - `phrase`: a prepositional phrase without a verb ("in June 2022");
 * - `noun`: a noun phrase without a verb (an appositive, or a subject split off by a parenthesis).
 */
export type ChunkKind = 'clause' | 'predicate' | 'participle' | 'relative' | 'phrase' | 'noun';

export interface Chunk {
  /** Token range `[from, to)`, without the cue words and marks that opened or closed it. */
  readonly from: number;
  readonly to: number;
  readonly kind: ChunkKind;
  /** True when a coordinator, subordinator or stop mark (not a bare comma) separates it from the previous chunk. */
  readonly hard: boolean;
  /** Inside a parenthesis opened by "including" ("A kit, including one transmitter, two consoles and a case, is priced …"). */
  readonly aside: boolean;
}

export interface ChunkedText {
  readonly tokens: readonly Token[];
  readonly chunks: readonly Chunk[];
  /** Index of the chunk holding a normalised offset, or -1. */
  chunkAt(offset: number): number;
}


const STOP_MARKS = new Set([';', ':', '—', '–', '--']);
// A hyphen token with a space on both sides is a dash ("Nov. 16, 2024 - Leaders wrapped up").
const DASHES = new Set(['-', '—', '–', '--']);
const CUES_BY_FIRST = new Map<string, ClauseCueRow[]>();
for (const row of CLAUSE_CUES) {
  const list = CUES_BY_FIRST.get(row.words[0]!) ?? [];
  list.push(row);
  list.sort((a, b) => b.words.length - a.words.length);
  CUES_BY_FIRST.set(row.words[0]!, list);
}
// What a token may cut at, by its lowercase value (a stop mark before a dash: "—" is both).
const STOP = 1;
const DASH = 2;
const COMMA = 3;
const AND = 4;
const THAT = 5;
const SINCE = 6;
const RELATIVE = 7;
const CUT_CODE = new Map<string, number>([
  ...[...RELATIVE_WORDS].map((w) => [w, RELATIVE] as const),
  ...[...DASHES].map((w) => [w, DASH] as const),
  ...[...STOP_MARKS].map((w) => [w, STOP] as const),
  [',', COMMA],
  ['and', AND],
  ['that', THAT],
  ['since', SINCE],
]);
const CUT_WORD_MAX = Math.max(...[...CUT_CODE.keys()].map((w) => w.length));
const ING = /ing$/i;

/** ASCII first characters of the cut words and marks, in either case. */
const CUT_FIRST = new Uint8Array(128);
for (const w of CUT_CODE.keys()) for (const c of [w, w.toUpperCase()]) if (c.charCodeAt(0) < 128) CUT_FIRST[c.charCodeAt(0)] = 1;

/**
 * The cut code of a token's value, 0 for none. Most tokens are too long or start with another
 * character: no map lookup (which hashes the string); a lowercase copy only for a short value
 * with a capital or a non-ASCII character.
 */
function cutCode(value: string): number {
  const first = value.charCodeAt(0);
  if (value.length > CUT_WORD_MAX || (first < 128 && CUT_FIRST[first] === 0)) return 0;
  const code = CUT_CODE.get(value);
  if (code !== undefined) return code;
  if (isLowerAscii(value)) return 0;
  return CUT_CODE.get(value.toLowerCase()) ?? 0;
}

/** ASCII without a capital: its own lowercase copy. */
function isLowerAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}
const CLEFT = /^it\s+(?:was|is|has been)\b/i;

const isNoun = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
const isSpaced = (text: string, t: Token): boolean => /\s/.test(text[t.norm.start - 1] ?? ' ') && /\s/.test(text[t.norm.end] ?? ' ');

export const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
export const lower = (t: Token | undefined): string => (t === undefined ? '' : t.value.toLowerCase());

/**
 * Splits a normalised range (usually one sentence) into clause-like chunks at commas, stop marks,
 * coordinators and "that". Dates are kept whole ("Jan. 1, 2025" has a comma but is one date).
 * Linear in the number of tokens.
 */
export function chunkRange(ctx: FactsContext, start: number, end: number): ChunkedText {
  // Figures, timeline and agreements read the same sentences: chunk each once per document.
  let cache = CACHE.get(ctx);
  if (cache === undefined) CACHE.set(ctx, (cache = new Map()));
  // One number per range (start and end are offsets into the same text): no key string per call.
  const key = start * (ctx.text.length + 1) + end;
  let chunked = cache.get(key);
  if (chunked === undefined) cache.set(key, (chunked = chunk(ctx, start, end)));
  return chunked;
}

const CACHE = new WeakMap<FactsContext, Map<number, ChunkedText>>();

function chunk(ctx: FactsContext, start: number, end: number): ChunkedText {
  const tokens = ctx.tokensIn(start, end);
  const dates = ctx.datesIn(start, end);
  // (Most sentences hold no date: no per-token flags then, and nothing to split between dates.)
  const inDate = dates.length === 0 ? NO_DATES : markDates(tokens, dates);
  const cleft = CLEFT.test(ctx.text.slice(start, Math.min(end, start + 24)).trimStart());
  // The cuts are found in token order and each closes the chunk before it: one pass, no list of cuts.
  const out = new Chunker(tokens, inDate);
  for (let i = 0; i < tokens.length; i++) {
    if (inDate[i] === true) continue;
    const code = cutCode(tokens[i]!.value);
    if (code === 0) continue;
    if (code === STOP || (code === DASH && isSpaced(ctx.text, tokens[i]!))) out.cut(i, i + 1, true, false);
    else if (code === COMMA) commaCut(out, tokens, i);
    else if (code === AND && tokens[i - 1]?.value !== ',' && isVerb(tokens[nextNonAdverb(tokens, i + 1)])) out.cut(i, i + 1, true, false);
    else if (code === THAT && !cleft && i > 0) out.cut(i, i + 1, true, false);
    else if (code === SINCE && i > 0 && inDate[i + 1] !== true) out.cut(i, i + 1, true, false);
    // "the hall where the treaty was signed": a relative word right after a noun opens a clause.
    else if (code === RELATIVE && i > 0 && isNoun(tokens[i - 1])) out.cut(i, i + 1, false, false);
  }
  out.cut(tokens.length, tokens.length, false, false);
  return { tokens, chunks: out.chunks, chunkAt: chunkLookup(tokens, out.chunks) };
}

/** Date flags of a range without dates (read only at indexes, never written). */
const NO_DATES: readonly boolean[] = [];

/** The chunks of a range as its cuts close them, with what the cuts since the last chunk said of the next. */
class Chunker {
  readonly chunks: Chunk[] = [];
  readonly #tokens: readonly Token[];
  readonly #inDate: readonly boolean[];
  /** Whether a token lies in a date: only then may an "and" between dates part a chunk. */
  readonly #dated: boolean;
  #from = 0;
  #hard = false;
  #aside = false;

  constructor(tokens: readonly Token[], inDate: readonly boolean[]) {
    this.#tokens = tokens;
    this.#inDate = inDate;
    this.#dated = inDate.includes(true);
  }

  /** A cut: the chunk before it ends at `end` (exclusive), the next starts at `start`. */
  cut(end: number, start: number, hard: boolean, aside: boolean): void {
    if (end > this.#from) {
      if (this.#dated) this.#pushSplitBetweenDates(this.#from, end);
      else this.#push(this.#from, end, false);
    }
    this.#from = Math.max(this.#from, start);
    this.#hard = this.#hard || hard;
    this.#aside = this.#aside || aside;
  }

  /** "in Johannesburg in 2015 and again in Beijing in 2018": "and" between two dates parts two events (the pieces after the first are hard). */
  #pushSplitBetweenDates(from: number, to: number): void {
    const tokens = this.#tokens;
    const inDate = this.#inDate;
    let start = from;
    let seenDate = false;
    let pieces = 0;
    for (let i = from; i < to; i++) {
      if (inDate[i]) seenDate = true;
      else if (seenDate && isAnd(tokens[i]!) && inDate.indexOf(true, i + 1) > i && inDate.indexOf(true, i + 1) < to) {
        this.#push(start, i, pieces++ > 0);
        start = i + 1;
        seenDate = false;
      }
    }
    this.#push(start, to, pieces > 0);
  }

  #push(from: number, to: number, pieceHard: boolean): void {
    const kind = kindOf(this.#tokens, this.#inDate, from, to);
    // An aside runs on over bare commas until a chunk that starts with a verb.
    this.#aside = this.#aside && !this.#hard && !pieceHard && !(kind === 'predicate' || kind === 'participle' || kind === 'relative');
    this.chunks.push({ from, to, kind, hard: this.#hard || pieceHard, aside: this.#aside });
    this.#hard = false;
  }
}

/** For each token, whether it lies inside a date mention (both in text order: one sweep). */
function markDates(tokens: readonly Token[], dates: readonly { norm: { start: number; end: number } }[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (d < dates.length && dates[d]!.norm.end <= t.norm.start) d++;
    const date = dates[d];
    out[i] = date !== undefined && t.norm.start >= date.norm.start && t.norm.end <= date.norm.end;
  }
  return out;
}

/** "and" in any case, without a lowercase copy of every other token. */
function isAnd(t: Token): boolean {
  return t.value.length === 3 && t.value.toLowerCase() === 'and';
}

/** A comma: a bare one (soft), or one followed by a clause cue word. */
function commaCut(out: Chunker, tokens: readonly Token[], i: number): void {
  for (const row of CUES_BY_FIRST.get(lower(tokens[i + 1])) ?? NO_CUES) {
    if (!row.words.every((w, k) => lower(tokens[i + 1 + k]) === w)) continue;
    if (row.role === 'relative' || row.role === 'attribution') out.cut(i, i + 1, row.role === 'attribution', false);
    else out.cut(i, i + 1 + row.words.length, row.role !== 'parenthesis', row.role === 'parenthesis');
    return;
  }
  out.cut(i, i + 1, false, false);
}

const NO_CUES: readonly ClauseCueRow[] = [];

function nextNonAdverb(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k]!.pos === 'ADV') k++;
  return k;
}

function kindOf(tokens: readonly Token[], inDate: readonly boolean[], from: number, to: number): ChunkKind {
  const first = tokens[from];
  const second = tokens[from + 1];
  if (RELATIVE_WORDS.has(lower(first)) || (first?.pos === 'ADP' && RELATIVE_WORDS.has(lower(second)))) return 'relative';
  if (isVerb(first)) {
    const passive = first!.pos === 'VERB' && !ING.test(first!.value) && (second?.pos === 'ADP' || lower(second) === 'to' || inDate[from + 1] === true);
    return passive ? 'participle' : 'predicate';
  }
  // "formally opened the meeting": adverbs before the verb.
  let k = from;
  while (k < to && tokens[k]!.pos === 'ADV') k++;
  if (k > from && isVerb(tokens[k])) return 'predicate';
  for (let i = from + 1; i < to; i++) if (isVerb(tokens[i])) return 'clause';
  if (first?.pos === 'ADP' || first?.pos === 'SCONJ' || (first?.pos === 'ADV' && second?.pos === 'ADP')) return 'phrase';
  return 'noun';
}

/** True when the chunk holds the start of one of `dates`. */
export function chunkHasDate(text: ChunkedText, chunk: Chunk, dates: readonly { norm: { start: number; end: number } }[]): boolean {
  const s = text.tokens[chunk.from]?.norm.start ?? 0;
  const e = text.tokens[chunk.to - 1]?.norm.end ?? 0;
  return dates.some((d) => d.norm.start >= s && d.norm.start < e);
}
