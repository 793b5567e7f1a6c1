import type { DateMention, Quantity } from '@pressfacts/document';
import type { ChunkedText } from './chunks.js';
import type { FactsContext } from './context.js';
import { coverLookup } from './range-queries.js';
import { periodValue } from './timeline-dates.js';
import { lower } from './chunks.js';
import { firstTokenFrom } from './token-search.js';
import { MEASURE_VERBS } from '../data/figure-cues.js';

// "the fund for 2025 stands at": a measure verb the tagger read as a noun counts nothing.
const MEASURE_VERB: ReadonlySet<string> = new Set(MEASURE_VERBS.flatMap((r) => r.words));

// What may stand between a figure and the period it refers to: "$9 billion in 2024", "18% in the
// first half of 2025", "$10 billion by 2030", "$7 billion in the same quarter of last year".
// Also "in H1 2025", "in fiscal 2024", "at end-2024", "at the end of 2024".
const GAP_TO_PERIOD =
  /^\s*(?:(?:in|for|during|as of|by|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|same|final)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?(?:half|quarter|months?)\s+of\s+|(?:H[12]|Q[1-4]|FY|fiscal(?:\s+year)?|financial\s+year)\s+)?|(?:at|by|as\s+of)\s+(?:the\s+)?end(?:-|\s+of\s+))?$/i;
const CLAUSE_GAP = /^[^,;:\d]{0,60}$/;
const LAST_PREPOSITION = /\s(?:in|during|for|over)\s(?:(?!\s(?:in|during|for|over)\s).)*$/i;
// "2% of GDP this year": a short phrase without a comma, another figure or a comparison.
const SHORT_GAP = /^[^,;\d]{0,24}$/;
const COMPARISON = /\b(?:than|compared|since|against|versus)\b|\bfrom\s+(?!\p{Lu})/iu;
const PARENTHESIS = /\([^()]*\)/g;
// "110,000 tourist arrivals from India last year": a date that says when by itself, without "in".
const RELATIVE_DATE = /^(?:last|this|next|the\s+same|a\s+year)\b/i;
// "a 5.2% rise in intra-regional trade in 2024": the noun phrase the figure measures, then the date.
const PHRASE_GAP_WORDS = 8;
const BEFORE_PERIOD = /^(?:in|during|for|over|of)$/i;
// "$100 billion a year in climate finance by 2025": a deadline for an amount (a count "by" a date is a target: "open 12 lycées in Africa by 2027").
const BEFORE_AMOUNT_PERIOD = /^(?:in|during|for|over|of|by)$/i;
// "In 2024, trade reached …": a date phrase opening the sentence covers all of it.
// "In the year to June 2025, inflation averaged …" also opens it.
// "For the full year 2024,", "In fiscal 2024,", "In H1 2025,", "In the first half of 2025," too.
const OPENING_DATE =
  /^\s*(?:in|during|for|as of|by)?(?:\s+the\s+(?:year|months?|quarter|period|twelve\s+months|12\s+months)\s+(?:to|ending|ended))?(?:\s+(?:the\s+)?(?:(?:full|fiscal|financial|calendar)\s+year|fiscal|FY|H[12]|Q[1-4]|(?:first|second|third|fourth|last|final)\s+(?:half|quarter|(?:[a-z]+\s+)?months)\s+of))?\s*$/i;
// "GDP growth is forecast at 5 percent for 2025", "For 2026, the group expects …": a year after
// "for" the date stage leaves unread (it may also count: "for 2024 participants").
const FOR_YEAR = /^(?:19|20)\d\d$/;

// "US$1.1 billion had been mobilised by 15 August 2024", "reserves as of June 6": a day a stock is counted at (other days date events).
const STOCK_DAY = /\b(?:by|as of|as at|at the end of|end of)\s+$/i;

const IN_NAME = new WeakMap<FactsContext, (start: number, end: number) => boolean>();

/** Does a mention of a title (agreement, event, organisation) cover the range? (An index built once per document.) */
function insideName(ctx: FactsContext, start: number, end: number): boolean {
  let lookup = IN_NAME.get(ctx);
  if (lookup === undefined) {
    const names = ctx.mentions.filter((m) => m.entity.kind === 'agreement' || m.entity.kind === 'event' || m.entity.kind === 'organization');
    const cover = coverLookup(names, (m) => m.segment.norm);
    IN_NAME.set(ctx, (lookup = (s, e) => cover(s, e) !== undefined));
  }
  return lookup(start, end);
}

/**
 * The year, month or day a figure refers to: a date right after it ("$9 billion in 2024"), a date
 * phrase that opens the sentence ("In September 2025, exports were …"), or a date earlier in the
 * figure's clause or in the clause the figure's phrase is in apposition to ("$19 billion last year,
 * less than 2 percent of …"). Dates inside a parenthesis ("The AU, which replaced … in 2002, has 55
 * member states") or a named title ("Strategy until 2035") are not periods.
 */
export function periodOf(ctx: FactsContext, q: Quantity, text: ChunkedText, sentenceStart: number): string | null {
  const { dates, opener } = sentenceDates(ctx, text, sentenceStart);
  // "up from $10 billion a year earlier": the year before the date the sentence gave.
  if (YEAR_EARLIER.test(ctx.text.slice(q.norm.end, q.norm.end + 24))) return yearBefore(periodOrNull(lastEndingBy(dates, q.norm.start) ?? opener));
  const after = dates.find((d) => d.norm.start >= q.norm.end);
  if (after) {
    // "11.5 trillion yuan (about 1.6 trillion U.S. dollars) in 2025": past an equivalent in a parenthesis.
    const gap = ctx.text.slice(q.norm.end, after.norm.start).replace(PARENTHESIS, '');
    if (GAP_TO_PERIOD.test(gap) || (SHORT_GAP.test(gap) && !COMPARISON.test(gap)) || nounPhraseGap(text, q.norm.end, after.norm.start, gap, RELATIVE_DATE.test(after.text) ? null : q.kind === 'cardinal' ? BEFORE_PERIOD : BEFORE_AMOUNT_PERIOD)) return periodOrNull(after);
    // "Japanese investment of $14.9 billion went into Southeast Asia in the first half of 2024": an amount and the date closing its clause.
    if (q.kind !== 'cardinal' && CLAUSE_GAP.test(gap) && !COMPARISON.test(gap) && text.chunkAt(after.norm.start) === text.chunkAt(q.norm.start) && closingPeriodGap(gap)) return periodOrNull(after);
  }
  const c = text.chunkAt(q.norm.start);
  if (opener && c > 0) return periodOrNull(opener);
  if (c < 0) return null;
  const forYear = yearAfterFor(text, text.chunks[c]!) ?? (c > 0 ? yearAfterFor(text, text.chunks[0]!, true) : null);
  if (forYear !== null && !dates.some((d) => text.chunkAt(d.norm.start) === c)) return forYear;
  const before = lastEndingBy(dates, q.norm.start);
  if (!before) return null;
  const dc = text.chunkAt(before.norm.start);
  const chunk = text.chunks[c]!;
  if (dc === c) return periodOrNull(before);
  // "$19 billion last year, less than 2 percent of …": a verbless phrase right after the clause.
  const verbless = chunk.kind === 'noun' || chunk.kind === 'phrase';
  const host = text.chunks[dc];
  if (dc === c - 1 && verbless && !chunk.hard && host !== undefined && (host.kind === 'clause' || host.kind === 'predicate')) return periodOrNull(before);
  return null;
}

function periodOrNull(d: DateMention | undefined): string | null {
  return d ? periodValue(d) : null;
}

/** Does the gap end on "in"/"during"/"for"/"over" (and what may stand between it and the date)? */
function closingPeriodGap(gap: string): boolean {
  const at = gap.search(LAST_PREPOSITION);
  return at >= 0 && GAP_TO_PERIOD.test(gap.slice(at));
}

/** Only the words of a verbless phrase between the figure and a date it ends on "in"/"for"/…: no verb, mark or comparison. */
function nounPhraseGap(text: ChunkedText, from: number, to: number, gap: string, ending: RegExp | null): boolean {
  if (COMPARISON.test(gap) || /[,;:()\d]/.test(gap)) return false;
  const first = firstTokenFrom(text.tokens, from);
  if (first < 0) return false;
  let last = -1;
  for (let i = first; i < text.tokens.length && i - first <= PHRASE_GAP_WORDS; i++) {
    const t = text.tokens[i]!;
    if (t.norm.end > to) break;
    last = i;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ') return false;
  }
  // A date that says when by itself follows the phrase directly ("… from India last year", not "within the next year").
  const end = text.tokens[last];
  return end !== undefined && last - first < PHRASE_GAP_WORDS && (ending === null ? !/^(?:ADP|DET)$/.test(end.pos) : ending.test(end.value));
}

/** "for 2025" in a chunk (or a whole opening chunk "For 2026"): the year, unless a noun it counts follows. */
function yearAfterFor(text: ChunkedText, chunk: { readonly from: number; readonly to: number }, whole = false): string | null {
  const { tokens } = text;
  for (let i = chunk.from; i < chunk.to - 1; i++) {
    if (lower(tokens[i]) !== 'for' || !FOR_YEAR.test(tokens[i + 1]!.value)) continue;
    const next = tokens[i + 2];
    if (next !== undefined && i + 2 < chunk.to && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos) && !MEASURE_VERB.has(lower(next))) continue;
    if (whole && (i !== chunk.from || i + 2 !== chunk.to)) return null;
    return tokens[i + 1]!.value;
  }
  return null;
}

interface SentenceDates {
  readonly sentenceStart: number;
  /** Dates of the sentence that may be periods, in text order. */
  readonly dates: readonly DateMention[];
  /** A date phrase opening the sentence ("In 2024, …"), if any. */
  readonly opener: DateMention | undefined;
}

// Every figure of a sentence reads the same dates: find them (and the opener) once per sentence,
// not once per figure (cubic on one giant sentence of figures and dates).
const SENTENCE_DATES = new WeakMap<ChunkedText, SentenceDates>();

function sentenceDates(ctx: FactsContext, text: ChunkedText, sentenceStart: number): SentenceDates {
  const cached = SENTENCE_DATES.get(text);
  if (cached !== undefined && cached.sentenceStart === sentenceStart) return cached;
  const all = ctx.datesIn(sentenceStart, text.tokens[text.tokens.length - 1]?.norm.end ?? sentenceStart);
  const dates = all.filter(
    (d) => d.value !== null && (d.precision !== 'day' || STOCK_DAY.test(ctx.text.slice(Math.max(0, d.norm.start - 20), d.norm.start))) && !insideName(ctx, d.norm.start, d.norm.end),
  );
  const opener = dates.find((d) => text.chunkAt(d.norm.start) === 0 && (OPENING_DATE.test(ctx.text.slice(sentenceStart, d.norm.start)) || openingPhrase(ctx, text, sentenceStart, d)));
  const found = { sentenceStart, dates, opener };
  SENTENCE_DATES.set(text, found);
  return found;
}

// "Between January and June 2025,", "At the end of 2024,", "In the January-June period of 2025,": a verbless phrase opened by a preposition.
const OPENING_PHRASE = /^\s*(?:in|during|for|as\s+of|as\s+at|by|at|between|over|through|throughout)\s[^,;:()\d]{0,40}$/i;
const OPENING_END = /^[^,;\d]{0,12},/;

/** Does the date end a short verbless phrase opened by a preposition that opens the sentence and ends at a comma? */
function openingPhrase(ctx: FactsContext, text: ChunkedText, sentenceStart: number, d: DateMention): boolean {
  if (!OPENING_PHRASE.test(ctx.text.slice(sentenceStart, d.norm.start)) || !OPENING_END.test(ctx.text.slice(d.norm.end, d.norm.end + 14))) return false;
  for (const t of text.tokens) {
    if (t.norm.start >= d.norm.start) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

const YEAR_EARLIER = /^\s*(?:a\s+year\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)\b/i;

/** "2024" → "2023", "2025-03" → "2024-03"; null stays null. */
function yearBefore(period: string | null): string | null {
  const m = period === null ? null : /^(\d{4})(.*)$/.exec(period);
  return m === null ? null : `${Number(m[1]) - 1}${m[2]}`;
}

/** `[...dates].reverse().find((d) => d.norm.end <= offset)`: the last date that ends by `offset`. */
function lastEndingBy(dates: readonly DateMention[], offset: number): DateMention | undefined {
  for (let k = dates.length - 1; k >= 0; k--) if (dates[k]!.norm.end <= offset) return dates[k];
  return undefined;
}
