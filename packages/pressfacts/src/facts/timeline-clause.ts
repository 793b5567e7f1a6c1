import type { DateMention, Token } from '@pressfacts/document';
import { GATHERING_NOUNS, TAIL_CUES } from '../data/timeline-cues.js';
import { chunkHasDate, chunkRange, isVerb, lower, type Chunk, type ChunkedText } from './chunks.js';
import { nounPhraseBefore } from './noun-phrases.js';
import type { FactsContext } from './context.js';

const TAIL_WORDS: ReadonlySet<string> = new Set(TAIL_CUES.map((r) => r.word));
const GATHERINGS: ReadonlySet<string> = new Set(GATHERING_NOUNS.map((r) => r.word));
const HAS_VERB: ReadonlySet<string> = new Set(['clause', 'predicate', 'participle', 'relative']);
const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'country', 'region', 'venue']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our']);
// Relative words that stand for the noun before them (not "where", "when").
const NOUN_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'that']);

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
    // "On Saturday, on the sidelines of the meetings, Nigeria and Senegal signed …": on to the main clause.
    while (last + 1 < chunks.length && !chunks[last + 1]!.hard && chunks[last]!.kind === 'phrase') last++;
    first = isBareDatePhrase(text, chunk, date) ? 0 : 1;
  } else if (chunk.kind === 'phrase' || (chunk.kind === 'noun' && isBareDatePhrase(text, chunk, date))) {
    // "in June 2022" or a bare "Yokohama, 20-22 August 2025" after the clause it dates.
    first = hostClause(ctx, text, c, others);
  }
  while (last + 1 < chunks.length && !chunks[last + 1]!.hard && trailsClause(ctx, text, chunks[last + 1]!, others)) last++;
  // "Founded in Abu Dhabi in May 1981, the GCC groups A, B and C": a leading participle is told alone.
  if (!(first === 0 && chunks[0]!.kind === 'participle') && closesList(text, last)) last = chunks.length - 1;
  let startToken = chunks[first]!.from;
  let endToken = chunks[last]!.to;
  // "…, and entered into force on January 1, 2015": after a coordinator the participle has no noun to join.
  // "Talks, which began on Monday, ended on Wednesday": after a relative clause the "participle" is the main verb.
  const finite = chunks[first]!.kind === 'predicate' || (chunks[first]!.kind === 'participle' && first > 0 && chunks[first - 1]!.kind === 'relative');
  if (!finite && chunks[first]!.kind === 'participle' && first > 0 && !COORDINATORS.has(lower(tokens[chunks[first]!.from - 1]))) startToken = nounPhraseBefore(tokens, chunks[first - 1]!.to, chunks[first - 1]!.from);
  else if (chunks[first]!.kind === 'relative' && !chunks[first]!.hard) startToken = antecedentStart(ctx, text, first) ?? startToken;
  else startToken = reducedRelativeStart(tokens, chunks[first]!, date) ?? startToken;
  // "In 2020, amid the pandemic, the leaders met": a tail word opening a phrase before the main clause cuts nothing.
  const beforeMain = new Set(chunks.slice(first, last).map((k) => k.from));
  for (let i = startToken; i < endToken; i++) {
    if (tokens[i]!.norm.start >= date.norm.end && TAIL_WORDS.has(lower(tokens[i])) && !beforeMain.has(i)) endToken = i;
  }
  while (endToken > startToken + 1 && /^[.,;:]$/.test(tokens[endToken - 1]!.value)) endToken--;
  const main = { start: tokens[startToken]!.norm.start, end: tokens[endToken - 1]!.norm.end };
  const subject = finite ? subjectChunk(text, first) : undefined;
  if (subject === undefined) return [main];
  // "The summit, held every two years, last met …" reads on through the participle; an
  // appositive ("Guo Jiakun, a spokesperson for …, told") or a relative clause is left out.
  const between = chunks.slice(chunks.indexOf(subject) + 1, first);
  if (between.every((k) => k.kind === 'participle' || (k.kind === 'predicate' && isParticiple(tokens[k.from]!)))) return [{ start: tokens[subject.from]!.norm.start, end: main.end }];
  return [{ start: tokens[subject.from]!.norm.start, end: tokens[subject.to - 1]!.norm.end }, main];
}

/** "In September 2025", "On Thursday", "Since 2022": only a preposition, a determiner and the date. */
function isBareDatePhrase(text: ChunkedText, chunk: Chunk, date: DateMention): boolean {
  for (let i = chunk.from; i < chunk.to; i++) {
    const t = text.tokens[i]!;
    const inDate = t.norm.start >= date.norm.start && t.norm.end <= date.norm.end;
    if (!inDate && t.pos !== 'ADP' && t.pos !== 'DET' && t.pos !== 'SCONJ' && !/^[.,]$/.test(t.value)) return false;
  }
  return true;
}

/**
 * Where a relative clause's noun starts: "the two-day meeting, which opened on Friday" is told
 * with the meeting it describes (over a place in apposition: "the summit in Washington, D.C.,
 * which ran …"). "where" and "when" clauses have their own subject and stand alone.
 */
function antecedentStart(ctx: FactsContext, text: ChunkedText, relative: number): number | undefined {
  const { chunks, tokens } = text;
  if (!NOUN_RELATIVES.has(lower(tokens[chunks[relative]!.from]))) return undefined;
  let k = relative - 1;
  while (k > 0 && !chunks[k]!.hard && isPlaceChunk(ctx, text, chunks[k]!)) k--;
  const host = chunks[k];
  if (host === undefined || host.aside || (k < relative - 1 && chunks[k + 1]!.hard)) return undefined;
  const start = nounPhraseBefore(tokens, host.to, host.from, false);
  for (let i = start; i < host.to; i++) {
    const w = lower(tokens[i]);
    // "the Baltic Congress Hall in Gdańsk": only the words before the place count.
    if (w === 'in' || w === 'at') break;
    // "the 44th and 45th ASEAN Summits, which opened …": plurals too.
    if (GATHERINGS.has(w) || (w.endsWith('s') && GATHERINGS.has(w.slice(0, -1)))) return start;
  }
  return undefined;
}

const ABBREVIATED_STATE = /^(?:\p{Lu}\.){2,3}$/u;

/** "Cook Islands", "D.C.": a chunk that is one place name, whatever the tagger made of it. */
function isPlaceChunk(ctx: FactsContext, text: ChunkedText, chunk: Chunk): boolean {
  const start = text.tokens[chunk.from]!.norm.start;
  const end = text.tokens[chunk.to - 1]!.norm.end;
  if (ctx.mentionsIn(start, end).some((m) => PLACE_KINDS.has(m.entity.kind) && m.segment.norm.start === start && m.segment.norm.end === end)) return true;
  // "D.C.", "N.Y.": an abbreviated state after a city.
  return chunk.to - chunk.from <= 2 && ABBREVIATED_STATE.test(ctx.text.slice(start, end));
}

/**
 * The chunk a verbless date phrase belongs to: back over place names and phrases to the nearest
 * chunk with a verb, unless that chunk has a date of its own ("took place in Beijing in 2006,
 * in Johannesburg in 2015" keeps the second phrase alone).
 */
function hostClause(ctx: FactsContext, text: ChunkedText, c: number, others: readonly DateMention[]): number {
  const { chunks } = text;
  let k = c;
  while (k > 0 && !chunks[k]!.hard) {
    const prev = chunks[k - 1]!;
    if (chunkHasDate(text, prev, others)) return c;
    // "met in Rarotonga, Cook Islands, in November 2023": a place name tagged as a verb is no clause.
    if (HAS_VERB.has(prev.kind) && !isPlaceChunk(ctx, text, prev)) return k - 1;
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
 * "recalled the decisions of its 43rd Ordinary Summit held in Luanda … on 17 August 2023", "a
 * research centre founded in 2009": a passive participle after a noun, before the date, modifies
 * that noun when a verb before the noun governs it; the clause starts with the noun phrase.
 */
function reducedRelativeStart(tokens: readonly Token[], chunk: Chunk, date: DateMention): number | undefined {
  let d = chunk.from;
  while (d < chunk.to && tokens[d]!.norm.start < date.norm.start) d++;
  for (let v = d - 1; v > chunk.from; v--) {
    const t = tokens[v]!;
    const before = tokens[v - 1]!;
    const after = tokens[v + 1];
    if (!isParticiple(t) || /ing$/i.test(t.value) || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) continue;
    if (v + 1 < d && after?.pos !== 'ADP') continue; // "closed the summit in Paris": an object follows, not a participle
    let start = nounPhraseBefore(tokens, v, chunk.from);
    if (start > chunk.from && POSSESSIVES.has(lower(tokens[start - 1]))) start--; // "its 43rd Ordinary Summit"
    // "Negotiations between the two blocs began in 1999": with no verb before the noun, the verb is the clause's own.
    for (let i = chunk.from; i < start; i++) if (isVerb(tokens[i])) return start;
    return undefined;
  }
  return undefined;
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
    // "The summit, held every two years, last met …": a participle phrase between commas too.
    else if (chunk.kind === 'clause' || (chunk.kind === 'predicate' && !isParticiple(text.tokens[chunk.from]!))) break;
  }
  return subject && !isVerb(text.tokens[subject.from]) ? subject : undefined;
}

// Past participles that do not end in -ed/-en.
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'made', 'built', 'set', 'led', 'born', 'run', 'won', 'begun', 'found', 'brought', 'put', 'sent', 'kept', 'met']);

/** "covering October 2025", "held every two years", "launched in 2019": a participle, not a finite verb. */
function isParticiple(t: Token): boolean {
  const v = t.value.toLowerCase();
  return t.pos === 'VERB' && (/(?:ing|ed|en)$/.test(v) || IRREGULAR_PARTICIPLES.has(v));
}
