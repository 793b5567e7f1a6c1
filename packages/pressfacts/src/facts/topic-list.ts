import type { Token } from '@pressfacts/document';
import { TOPIC_LIST_STOPS } from '../data/topic-cues.js';
import type { FactsContext } from './context.js';
import { overlapsDate, tokenAtIn } from './lookups.js';
import { matchesOf } from './text.js';

// At module level: a `\p{…}` literal inside a callback is a new RegExp per token once transpiled.
const HAS_LETTER = /\p{L}/u;

/** One topic's normalised range. */
export interface TopicItem {
  readonly start: number;
  readonly end: number;
}

export interface TopicListOptions {
  /** The cue ended with a colon: the list may be grouped by semicolons ("three issues: A; B and C; D"). */
  readonly semicolons: boolean;
  /** The whole range must be the list (a list read back from a trailing cue). */
  readonly whole?: boolean;
  /** A trailing cue ("… the priorities of its term") also ends the list. */
  readonly stopAtTrailingCue?: RegExp;
  /** Where the sentence starts: a capital there is the sentence's, not a name's ("Trade dominated …"). */
  readonly sentenceStart?: number;
}

/** A clause ends at these; a full stop inside a number ("2.5") does not count. */
const CLAUSE_END = /[;:!?"()]|\.(?!\d)|\s[–—-]\s/;
const SENTENCE_END = /[!?"]|\.(?!\d)/;
const LEADING_CONJUNCTION = /^(?:and|or|as well as)\s+/i;
/** Items longer than this are clauses, not topics; a prepositional topic may run longer. */
const MAX_WORDS = 6;
const MAX_WORDS_WITH_PREPOSITION = 12;
/** A list of topics is a line or two; reading further only finds the clause going on. */
const MAX_LIST_CHARS = 600;
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Reads a list of short noun phrases that starts at `from`: "A, B and C", "A, B, and C",
 * "A and B"; the last item ends where the clause goes on ("… and C over the next three years",
 * "… and C, where …"). Returns the items and where the list ends, or null when what follows is
 * not a list of topic-like phrases.
 */
export function readTopicList(ctx: FactsContext, from: number, limitTo: number, options: TopicListOptions): { items: TopicItem[]; end: number } | null {
  const to = Math.min(limitTo, from + MAX_LIST_CHARS);
  const text = ctx.text.slice(from, to);
  if (options.semicolons) {
    const end = SENTENCE_END.exec(text)?.index ?? text.length;
    if (text.slice(0, end).includes(';')) return semicolonList(ctx, from, from + end);
  }
  const hard = CLAUSE_END.exec(text);
  if (options.whole && hard) return null;
  const limit = from + (hard ? hard.index : text.length);
  const segments: { range: TopicItem; conjoined: boolean }[] = [];
  let cursor = from;
  let complete = false;
  while (cursor < limit && !complete) {
    const comma = ctx.text.indexOf(',', cursor);
    const segEnd = comma === -1 || comma > limit ? limit : comma;
    let range = trim(ctx, cursor, segEnd);
    cursor = segEnd + 1;
    const lead = LEADING_CONJUNCTION.exec(ctx.text.slice(range.start, range.end));
    const conjoined = lead !== null && segments.length > 0;
    if (lead) range = trim(ctx, range.start + lead[0].length, range.end);
    const stop = stopIn(ctx, range, options.stopAtTrailingCue);
    if (stop !== -1) {
      if (options.whole) return null;
      range = trim(ctx, range.start, stop);
      complete = true;
    }
    if (range.end <= range.start || !validItem(ctx, range) || startsAdjunct(ctx, range) || (conjoined && startsClause(ctx, range))) {
      if (options.whole) return null;
      break;
    }
    segments.push({ range, conjoined });
    if (conjoined) complete = true;
  }
  if (segments.length === 0) return null;
  const items = segments.map((s) => s.range);
  const last = segments[segments.length - 1]!;
  // Without an Oxford comma the last segment holds the last two items: "B and C".
  if (!last.conjoined) {
    const split = splitAtLastAnd(ctx, last.range);
    if (split) items.splice(items.length - 1, 1, ...split);
  }
  if (!items.every((i) => validItem(ctx, i))) return null;
  // "China, India and Brazil" names countries, not topics.
  if (!items.some((i) => startsLowerCase(ctx, i) || (i.start === options.sentenceStart && !ctx.entityAt(i.start, i.start + 1)))) return null;
  return { items, end: items[items.length - 1]!.end };
}

/**
 * Can `readTopicList` without semicolons read `items` items or more from `from` (before
 * `limitTo`)? A cheap bound, to skip a cue whose list could only be too short: each item but the
 * last two ends at a comma of the range (the comma-led pieces, then "B and C" split in two), so a
 * list of n items needs n - 2 commas.
 *
 * @example mayListItems(ctx, from, s.norm.end, 5) // false when fewer than 3 commas follow
 */
export function mayListItems(ctx: FactsContext, from: number, limitTo: number, items: number): boolean {
  let commas = items - 2;
  for (let i = ctx.text.indexOf(',', from); commas > 0 && i !== -1 && i < limitTo; i = ctx.text.indexOf(',', i + 1)) commas--;
  return commas <= 0;
}

/** "A, including X; B and C; and D and E": each group is one or two topics. */
function semicolonList(ctx: FactsContext, from: number, to: number): { items: TopicItem[]; end: number } | null {
  const items: TopicItem[] = [];
  let cursor = from;
  while (cursor < to) {
    const semi = ctx.text.indexOf(';', cursor);
    const groupEnd = semi === -1 || semi > to ? to : semi;
    let range = trim(ctx, cursor, groupEnd);
    cursor = groupEnd + 1;
    const lead = LEADING_CONJUNCTION.exec(ctx.text.slice(range.start, range.end));
    if (lead) range = trim(ctx, range.start + lead[0].length, range.end);
    const comma = ctx.text.indexOf(',', range.start);
    if (comma !== -1 && comma < range.end) range = trim(ctx, range.start, comma); // ", including X" qualifies the item
    const stop = stopIn(ctx, range, undefined);
    if (stop !== -1) range = trim(ctx, range.start, stop);
    if (range.end <= range.start) continue;
    for (const part of splitAtCommonAnd(ctx, range)) if (validItem(ctx, part)) items.push(part);
  }
  return items.length > 0 ? { items, end: to } : null;
}

/** Where the clause goes on inside an item: a relative word, "to" + verb, an auxiliary, "leaders agreed". */
function stopIn(ctx: FactsContext, range: TopicItem, trailingCue: RegExp | undefined): number {
  // The range's tokens read in place (as `tokensIn` would copy them out).
  const { tokens } = ctx;
  const first = ctx.firstTokenAt(range.start);
  let stop = -1;
  for (let i = first; i < tokens.length && tokens[i]!.norm.end <= range.end && stop === -1; i++) {
    const t = tokens[i]!;
    const previous = i > first ? tokens[i - 1] : undefined;
    const next = i + 1 < tokens.length && tokens[i + 1]!.norm.end <= range.end ? tokens[i + 1] : undefined;
    const lower = t.value.toLowerCase();
    if (TOPIC_LIST_STOPS.has(lower) || t.pos === 'AUX' || t.pos === 'SCONJ') stop = t.norm.start;
    else if (lower === 'to' && next?.pos === 'VERB') stop = t.norm.start;
    // "the sides met", "leaders agreed": a subject and its verb, the main clause going on.
    else if (t.pos === 'VERB' && !ING.test(t.value) && previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON')) stop = previous.norm.start;
  }
  if (trailingCue) {
    trailingCue.lastIndex = 0;
    const m = trailingCue.exec(ctx.text.slice(range.start, range.end));
    trailingCue.lastIndex = 0;
    if (m && (stop === -1 || range.start + m.index < stop)) stop = range.start + m.index;
  }
  return stop;
}

const ING = /ing$/i;

/**
 * Is the range a topic-like phrase? Its tokens are read in place, in one pass (as `tokensIn` would
 * copy them out): words (tokens with a letter), a noun, adjective or gerund, a preposition, no
 * clause token.
 */
function validItem(ctx: FactsContext, range: TopicItem): boolean {
  const { tokens } = ctx;
  let words = 0;
  let lone: Token | undefined;
  let nominal = false;
  let hasPreposition = false;
  let clause = false;
  for (let i = ctx.firstTokenAt(range.start); i < tokens.length && tokens[i]!.norm.end <= range.end; i++) {
    const t = tokens[i]!;
    if (HAS_LETTER.test(t.value)) {
      words++;
      lone = t;
    }
    nominal ||= t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || ING.test(t.value);
    hasPreposition ||= t.pos === 'ADP';
    clause ||= isClauseToken(t);
  }
  // A lone verb is a clause ("start"), a lone gerund a topic ("shipping").
  if (words === 0 || (words === 1 && lone!.pos === 'VERB' && !ING.test(lone!.value))) return false;
  if (overlapsDate(ctx, range.start, range.end)) return false; // "talks on Friday"
  if (!nominal) return false; // "the" alone
  if (words > (hasPreposition ? MAX_WORDS_WITH_PREPOSITION : MAX_WORDS)) return false;
  return !clause;
}

/** "…, according to officials", "…, in Brasilia": an adjunct of the clause, not another item. */
function startsAdjunct(ctx: FactsContext, range: TopicItem): boolean {
  const first = tokenAtIn(ctx, range.start, range.end, 0);
  return first !== undefined && (first.pos === 'ADP' || first.value.toLowerCase() === 'according');
}

/** "…, and urged the member states": a second verb phrase, not another item. */
function startsClause(ctx: FactsContext, range: TopicItem): boolean {
  const first = tokenAtIn(ctx, range.start, range.end, 0);
  return first !== undefined && first.pos === 'VERB' && /(?:ed|s)$/i.test(first.value);
}

function isClauseToken(t: Token): boolean {
  if (t.pos === 'PRON') return !POSSESSIVES.has(t.value.toLowerCase());
  if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.value === '"') return true;
  return /^\d[\d.,]*$/.test(t.value); // figures and years are not topics
}

function startsLowerCase(ctx: FactsContext, range: TopicItem): boolean {
  const word = /^(?:(?:the|a|an)\s+)?(\S)/i.exec(ctx.text.slice(range.start, range.end));
  return word !== null && word[1] !== word[1]!.toUpperCase();
}

const AND_OR = /\s(?:and|or)\s/gi;
const WORDS_AND = /(\S+)\s+and\s+(?:(?:the|a|an)\s+)?(\S)/gi;

/** "green industries and people-to-people exchanges" → two ranges; null when there is no "and". */
function splitAtLastAnd(ctx: FactsContext, range: TopicItem): TopicItem[] | null {
  const text = ctx.text.slice(range.start, range.end);
  const matches = matchesOf(AND_OR, text);
  const m = matches[matches.length - 1];
  if (!m) return null;
  const left = trim(ctx, range.start, range.start + m.index);
  const right = trim(ctx, range.start + m.index + m[0].length, range.end);
  return left.end > left.start && right.end > right.start ? [left, right] : null;
}

/**
 * In a semicolon group, "food security and free shipping in the Black Sea and the Sea of Azov":
 * the first "and" between two common words joins two topics; one between names ("Black Sea and
 * the Sea of Azov") is part of one.
 */
function splitAtCommonAnd(ctx: FactsContext, range: TopicItem): TopicItem[] {
  const text = ctx.text.slice(range.start, range.end);
  for (const m of matchesOf(WORDS_AND, text)) {
    const before = m[1]!;
    const after = m[2]!;
    if (before[0] !== before[0]!.toLowerCase() || after !== after.toLowerCase()) continue;
    const andAt = range.start + m.index + before.length;
    const left = trim(ctx, range.start, andAt);
    const right = trim(ctx, andAt + ctx.text.slice(andAt, range.end).search(/and\s/i) + 3, range.end);
    if (left.end > left.start && right.end > right.start) return [left, right];
  }
  return [range];
}

function trim(ctx: FactsContext, start: number, end: number): TopicItem {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(ctx.text[a]!)) a++;
  while (b > a && /[\s.,;:]/.test(ctx.text[b - 1]!)) b--;
  return { start: a, end: b };
}
