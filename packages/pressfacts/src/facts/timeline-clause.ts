import type { DateMention, Token } from '@pressfacts/document';
import { TAIL_CUES } from '../data/timeline-cues.js';
import { chunkHasDate, chunkRange, isVerb, lower, type Chunk, type ChunkedText } from './chunks.js';
import { nounPhraseBefore } from './noun-phrases.js';
import type { FactsContext } from './context.js';

const TAIL_WORDS: ReadonlySet<string> = new Set(TAIL_CUES.map((r) => r.word));
const HAS_VERB: ReadonlySet<string> = new Set(['clause', 'predicate', 'participle', 'relative']);
const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'country', 'region', 'venue']);

/** A normalised range `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The clause of a sentence that says what happened on a date, as one or two ranges (a subject
 * split off by a parenthesis is joined to its predicate): the comma-chunk holding the date, with
 * the noun a participle modifies ("the summit, held on 15-16 February"), the clause a bare date
 * phrase belongs to ("took place in Kigali, Rwanda, in June 2022"), the main clause after a
 * leading "At the close of the summit on Sept. 6," and the place phrases that follow it.
 */
export function clauseOfDate(ctx: FactsContext, from: number, to: number, date: DateMention): Range[] {
  const text = chunkRange(ctx, from, to);
  const { chunks, tokens } = text;
  const c = text.chunkAt(date.norm.start);
  if (c < 0) return [{ start: date.norm.start, end: date.norm.end }];
  const others = ctx.datesIn(from, to).filter((d) => d !== date);
  let first = c;
  let last = c;
  const chunk = chunks[c]!;
  if ((chunk.kind === 'phrase' || chunk.kind === 'noun') && c === 0 && chunks.length > 1 && !chunks[1]!.hard) {
    // A leading adverbial: "In 2020, China proposed …" keeps it; "At the close of the summit on
    // Sept. 6, leaders adopted …" is told by the main clause.
    last = 1;
    first = isBareDatePhrase(text, chunk, date) ? 0 : 1;
  } else if (chunk.kind === 'phrase') {
    first = hostClause(text, c, others);
  }
  while (last + 1 < chunks.length && !chunks[last + 1]!.hard && trailsClause(ctx, text, chunks[last + 1]!, others)) last++;
  if (closesList(text, last)) last = chunks.length - 1;
  let startToken = chunks[first]!.from;
  if (chunks[first]!.kind === 'participle' && first > 0) startToken = nounPhraseBefore(tokens, chunks[first - 1]!.to, chunks[first - 1]!.from);
  else if (first === c) startToken = reducedRelativeStart(tokens, chunks[c]!, date) ?? startToken;
  let endToken = chunks[last]!.to;
  for (let i = startToken; i < endToken; i++) {
    if (tokens[i]!.norm.start >= date.norm.end && TAIL_WORDS.has(lower(tokens[i]))) endToken = i;
  }
  while (endToken > startToken + 1 && /^[.,;:]$/.test(tokens[endToken - 1]!.value)) endToken--;
  const main = { start: tokens[startToken]!.norm.start, end: tokens[endToken - 1]!.norm.end };
  const subject = chunks[first]!.kind === 'predicate' ? subjectChunk(text, first) : undefined;
  return subject ? [{ start: tokens[subject.from]!.norm.start, end: tokens[subject.to - 1]!.norm.end }, main] : [main];
}

/** "In September 2025", "On Thursday": only a preposition, a determiner and the date. */
function isBareDatePhrase(text: ChunkedText, chunk: Chunk, date: DateMention): boolean {
  for (let i = chunk.from; i < chunk.to; i++) {
    const t = text.tokens[i]!;
    const inDate = t.norm.start >= date.norm.start && t.norm.end <= date.norm.end;
    if (!inDate && t.pos !== 'ADP' && t.pos !== 'DET') return false;
  }
  return true;
}

/**
 * The chunk a verbless date phrase belongs to: back over place names and phrases to the nearest
 * chunk with a verb, unless that chunk has a date of its own ("took place in Beijing in 2006,
 * in Johannesburg in 2015" keeps the second phrase alone).
 */
function hostClause(text: ChunkedText, c: number, others: readonly DateMention[]): number {
  const { chunks } = text;
  let k = c;
  while (k > 0 && !chunks[k]!.hard) {
    const prev = chunks[k - 1]!;
    if (chunkHasDate(text, prev, others)) return c;
    if (HAS_VERB.has(prev.kind)) return k - 1;
    k--;
  }
  return c;
}

/** A place phrase ("also in Kuala Lumpur") or a bare place name ("Alberta") that completes the clause before it. */
function trailsClause(ctx: FactsContext, text: ChunkedText, chunk: Chunk, others: readonly DateMention[]): boolean {
  if (chunkHasDate(text, chunk, others) || (chunk.kind !== 'phrase' && chunk.kind !== 'noun')) return false;
  const start = text.tokens[chunk.from]!.norm.start;
  const end = text.tokens[chunk.to - 1]!.norm.end;
  const places = ctx.mentionsIn(start, end).filter((m) => PLACE_KINDS.has(m.entity.kind));
  return chunk.kind === 'phrase' ? places.length > 0 : places.some((m) => m.segment.norm.start === start && m.segment.norm.end === end);
}

/** "focused on energy, infrastructure and supply chains": the rest of the sentence ends a list the clause began. */
function closesList(text: ChunkedText, last: number): boolean {
  const rest = text.chunks.slice(last + 1);
  if (rest.length === 0 || rest.some((k) => k.hard || k.kind !== 'noun')) return false;
  const final = rest[rest.length - 1]!;
  return text.tokens.slice(final.from, final.to).some((t) => lower(t) === 'and');
}

/**
 * "a non-partisan research centre founded in 2009": a participle right before the date's
 * preposition, after a noun, modifies that noun; the clause starts with the noun phrase.
 */
function reducedRelativeStart(tokens: readonly Token[], chunk: Chunk, date: DateMention): number | undefined {
  let d = chunk.from;
  while (d < chunk.to && tokens[d]!.norm.start < date.norm.start) d++;
  const verb = d - 2;
  if (verb <= chunk.from || tokens[d - 1]?.pos !== 'ADP' || tokens[verb]?.pos !== 'VERB') return undefined;
  const before = tokens[verb - 1]!;
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return undefined;
  return nounPhraseBefore(tokens, verb, chunk.from);
}

/** The subject of a predicate chunk: the first noun chunk of the parenthesised run before it ("Guo Jiakun, a spokesperson …, told"). */
function subjectChunk(text: ChunkedText, p: number): Chunk | undefined {
  const { chunks } = text;
  let subject: Chunk | undefined;
  for (let k = p - 1; k >= 0 && !chunks[k + 1]!.hard; k--) {
    const chunk = chunks[k]!;
    if (chunk.aside) continue;
    if (chunk.kind === 'noun') subject = chunk;
    // "The next release, covering October 2025, is scheduled …": an -ing phrase is a parenthesis.
    else if (chunk.kind === 'clause' || (chunk.kind === 'predicate' && !/ing$/i.test(text.tokens[chunk.from]!.value))) break;
  }
  return subject && !isVerb(text.tokens[subject.from]) ? subject : undefined;
}
