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

interface Cut {
  /** Token index where the previous chunk ends (exclusive). */
  readonly end: number;
  /** Token index where the next chunk starts. */
  readonly start: number;
  readonly hard: boolean;
  readonly aside?: boolean;
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
const CUT_WORDS = [...STOP_MARKS, ...DASHES, ',', 'and', 'that', 'since', ...RELATIVE_WORDS];
const CUT_WORD_MAX = Math.max(...CUT_WORDS.map((w) => w.length));
/** ASCII first characters of the cut words and marks, in either case: other ASCII tokens need no lowercase copy. */
const CUT_FIRST = new Uint8Array(128);
for (const w of CUT_WORDS) for (const c of [w, w.toUpperCase()]) if (c.charCodeAt(0) < 128) CUT_FIRST[c.charCodeAt(0)] = 1;
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
  const inDate = markDates(tokens, ctx.datesIn(start, end));
  const cleft = CLEFT.test(ctx.text.slice(start, Math.min(end, start + 24)).trimStart());
  const cuts: Cut[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inDate[i]) continue;
    // Every cut word and mark is at most CUT_WORD_MAX characters and starts with one of a few
    // characters: other tokens need no lowercase copy (a non-ASCII one is lowered to be sure).
    const value = tokens[i]!.value;
    const first = value.charCodeAt(0);
    if (value.length > CUT_WORD_MAX || (first < 128 && CUT_FIRST[first] === 0)) continue;
    const v = value.toLowerCase();
    if (STOP_MARKS.has(v) || (DASHES.has(v) && isSpaced(ctx.text, tokens[i]!))) cuts.push({ end: i, start: i + 1, hard: true });
    else if (v === ',') cuts.push(commaCut(tokens, i));
    else if (v === 'and' && tokens[i - 1]?.value !== ',' && isVerb(tokens[nextNonAdverb(tokens, i + 1)])) cuts.push({ end: i, start: i + 1, hard: true });
    else if (v === 'that' && !cleft && i > 0) cuts.push({ end: i, start: i + 1, hard: true });
    else if (v === 'since' && i > 0 && !inDate[i + 1]) cuts.push({ end: i, start: i + 1, hard: true });
    // "the hall where the treaty was signed": a relative word right after a noun opens a clause.
    else if (RELATIVE_WORDS.has(v) && i > 0 && isNoun(tokens[i - 1])) cuts.push({ end: i, start: i + 1, hard: false });
  }
  const chunks: Chunk[] = [];
  let from = 0;
  let hard = false;
  let aside = false;
  for (const cut of [...cuts, { end: tokens.length, start: tokens.length, hard: false }]) {
    if (cut.end > from) {
      for (const piece of splitBetweenDates(tokens, inDate, from, cut.end)) {
        const kind = kindOf(tokens, inDate, piece.from, piece.to);
        // An aside runs on over bare commas until a chunk that starts with a verb.
        aside = aside && !hard && !piece.hard && !(kind === 'predicate' || kind === 'participle' || kind === 'relative');
        chunks.push({ from: piece.from, to: piece.to, kind, hard: hard || piece.hard, aside });
        hard = false;
      }
    }
    from = Math.max(from, cut.start);
    hard = hard || cut.hard;
    aside = aside || cut.aside === true;
  }
  return { tokens, chunks, chunkAt: chunkLookup(tokens, chunks) };
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
function commaCut(tokens: readonly Token[], i: number): Cut {
  for (const row of CUES_BY_FIRST.get(lower(tokens[i + 1])) ?? []) {
    if (!row.words.every((w, k) => lower(tokens[i + 1 + k]) === w)) continue;
    if (row.role === 'relative' || row.role === 'attribution') return { end: i, start: i + 1, hard: row.role === 'attribution' };
    return { end: i, start: i + 1 + row.words.length, hard: row.role !== 'parenthesis', aside: row.role === 'parenthesis' };
  }
  return { end: i, start: i + 1, hard: false };
}

function nextNonAdverb(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && tokens[k]!.pos === 'ADV') k++;
  return k;
}

/** "in Johannesburg in 2015 and again in Beijing in 2018": "and" between two dates parts two events. */
function splitBetweenDates(tokens: readonly Token[], inDate: readonly boolean[], from: number, to: number): { from: number; to: number; hard: boolean }[] {
  const out: { from: number; to: number; hard: boolean }[] = [];
  let start = from;
  let seenDate = false;
  for (let i = from; i < to; i++) {
    if (inDate[i]) seenDate = true;
    else if (seenDate && isAnd(tokens[i]!) && inDate.indexOf(true, i + 1) > i && inDate.indexOf(true, i + 1) < to) {
      out.push({ from: start, to: i, hard: out.length > 0 });
      start = i + 1;
      seenDate = false;
    }
  }
  out.push({ from: start, to, hard: out.length > 0 });
  return out;
}

function kindOf(tokens: readonly Token[], inDate: readonly boolean[], from: number, to: number): ChunkKind {
  const first = tokens[from];
  const second = tokens[from + 1];
  if (RELATIVE_WORDS.has(lower(first)) || (first?.pos === 'ADP' && RELATIVE_WORDS.has(lower(second)))) return 'relative';
  if (isVerb(first)) {
    const passive = first!.pos === 'VERB' && !/ing$/i.test(first!.value) && (second?.pos === 'ADP' || lower(second) === 'to' || inDate[from + 1] === true);
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
