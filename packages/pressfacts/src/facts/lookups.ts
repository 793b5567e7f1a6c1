import type { DateMention, Quantity, Token } from '@pressfacts/document';
import type { FactsContext, Mention } from './context.js';
import { firstStartingAt, lowerBound } from './lower-bound.js';

/*
 * Range lookups by binary search over the context's position-ordered layers, for the topic,
 * commitment and quote rules, which ask them for every candidate clause (the context's own
 * `mentionsIn`/`datesIn`/`quantitiesIn` are indexed too; see range-queries.ts).
 */

/** The tokens that lie inside a normalised range, in order. */
export function tokensIn(ctx: FactsContext, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = ctx.firstTokenAt(start); i < ctx.tokens.length && ctx.tokens[i]!.norm.end <= end; i++) out.push(ctx.tokens[i]!);
  return out;
}

/*
 * The questions rules ask of the tokens of a range, answered over the document's token layer by
 * index (the tokens `tokensIn` would copy out, in the same order): no array per question.
 */

/** `tokensIn(ctx, start, end).find(test)`. */
export function findTokenIn(ctx: FactsContext, start: number, end: number, test: (t: Token) => boolean): Token | undefined {
  const { tokens } = ctx;
  for (let i = ctx.firstTokenAt(start); i < tokens.length && tokens[i]!.norm.end <= end; i++) if (test(tokens[i]!)) return tokens[i];
  return undefined;
}

/** `tokensIn(ctx, start, end).findLast(test)`: the last token of the range that passes. */
export function findLastTokenIn(ctx: FactsContext, start: number, end: number, test: (t: Token) => boolean): Token | undefined {
  const { tokens } = ctx;
  const from = ctx.firstTokenAt(start);
  let to = from;
  while (to < tokens.length && tokens[to]!.norm.end <= end) to++;
  for (let i = to - 1; i >= from; i--) if (test(tokens[i]!)) return tokens[i];
  return undefined;
}

/** `tokensIn(ctx, start, end)[k]`: the k-th token of the range. */
export function tokenAtIn(ctx: FactsContext, start: number, end: number, k: number): Token | undefined {
  const { tokens } = ctx;
  const from = ctx.firstTokenAt(start);
  // The range's tokens run until the first that ends after it.
  for (let i = from; i <= from + k; i++) if (i >= tokens.length || tokens[i]!.norm.end > end) return undefined;
  return tokens[from + k];
}

/** Entity mentions that lie inside a normalised range, in order. */
export function mentionsWithin(ctx: FactsContext, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  const all = ctx.mentions;
  for (let i = lowerBound(mentionStarts(ctx), start); i < all.length && all[i]!.segment.norm.start < end; i++) {
    if (all[i]!.segment.norm.end <= end) out.push(all[i]!);
  }
  return out;
}

/** The last mention that starts before `offset` and passes `accept` (who "he" is). */
export function lastMentionBefore(ctx: FactsContext, offset: number, accept: (m: Mention) => boolean): Mention | undefined {
  for (let i = lowerBound(mentionStarts(ctx), offset) - 1; i >= 0; i--) if (accept(ctx.mentions[i]!)) return ctx.mentions[i];
  return undefined;
}

/** Quantities that lie inside a normalised range, in order. */
export function quantitiesWithin(ctx: FactsContext, start: number, end: number): Quantity[] {
  const out: Quantity[] = [];
  const all = sortedQuantities(ctx);
  for (let i = firstStartingAt(all, start); i < all.length && all[i]!.norm.start < end; i++) if (all[i]!.norm.end <= end) out.push(all[i]!);
  return out;
}

/** True when a date mention overlaps the range ("talks on Friday"). */
export function overlapsDate(ctx: FactsContext, start: number, end: number): boolean {
  const all = sortedDates(ctx);
  // Dates are short: one that overlaps starts less than a sentence before the range.
  for (let i = firstStartingAt(all, end) - 1; i >= 0 && all[i]!.norm.start > start - 200; i--) if (all[i]!.norm.end > start) return true;
  return false;
}

/**
 * The last date mention that starts at or after `floor` and ends by `end`, and passes `accept`
 * (dates are few per sentence: the scan back from `end` stops at `floor`).
 */
export function dateEndingBy(ctx: FactsContext, floor: number, end: number, accept: (d: DateMention) => boolean): DateMention | undefined {
  const all = sortedDates(ctx);
  for (let i = firstStartingAt(all, end) - 1; i >= 0; i--) {
    const d = all[i]!;
    if (d.norm.end < floor) break;
    if (d.norm.end <= end && accept(d)) return d;
  }
  return undefined;
}

/** True for a verb form that can head a clause ("rose", "will", "is"), per the tagger. */
export function isVerbal(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}

// Sorted copies, made once per context (layers are read-only, so a WeakMap keyed by them is safe).
const MENTION_STARTS = new WeakMap<readonly Mention[], Float64Array>();
const DATES = new WeakMap<readonly DateMention[], DateMention[]>();
const QUANTITIES = new WeakMap<readonly Quantity[], Quantity[]>();

/** The mentions' starts in one array (no object per mention). */
function mentionStarts(ctx: FactsContext): Float64Array {
  let starts = MENTION_STARTS.get(ctx.mentions);
  if (!starts) {
    const { mentions } = ctx;
    starts = new Float64Array(mentions.length);
    for (let i = 0; i < mentions.length; i++) starts[i] = mentions[i]!.segment.norm.start;
    MENTION_STARTS.set(mentions, starts);
  }
  return starts;
}

function sortedDates(ctx: FactsContext): DateMention[] {
  let dates = DATES.get(ctx.dates);
  if (!dates) DATES.set(ctx.dates, (dates = [...ctx.dates].sort((a, b) => a.norm.start - b.norm.start)));
  return dates;
}

function sortedQuantities(ctx: FactsContext): Quantity[] {
  let quantities = QUANTITIES.get(ctx.quantities);
  if (!quantities) QUANTITIES.set(ctx.quantities, (quantities = [...ctx.quantities].sort((a, b) => a.norm.start - b.norm.start)));
  return quantities;
}
