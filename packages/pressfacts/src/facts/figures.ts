import type { MoneyQuantity, Quantity, Sentence } from '@pressfacts/document';
import type { Comparator, Figure } from '@pressfacts/schema';
import { SHARED_CURRENCIES } from '../data/currency-by-country.js';
import { provenance } from '../data/rule-confidence.js';
import { chunkRange, type ChunkedText } from './chunks.js';
import { evidenceOf, type FactsContext } from './context.js';
import { periodOf } from './figure-period.js';
import { countSubjectOf } from './figure-count-subject.js';
import { subjectOf, withoutDayOwner, wordAfter, type PreviousFigure } from './figure-subject.js';
import { countedNoun, measuredNoun, numberOfNoun } from './figure-unit.js';
import { firstTokenFrom } from './token-search.js';
import { wordIndex, wordNeeds } from './word-index.js';

/** Counts below this are prose ("five nations"), not statistics. */
const MIN_STATISTIC_COUNT = 10;
// "5% to 6%", "between 5 and 6 per cent", "12 to 15 countries": two ends of one range.
const RANGE_JOIN = /^\s*(?:to|and|-|–)\s*$/i;
// "R1 billion (about US$55 million)": the same amount in another currency, in a parenthesis.
const EQUIVALENT = /^\s*\(\s*(?:(?:about|approximately|around|roughly|nearly|some|or|equivalent\s+to|c\.|ca\.)\s*)?$/i;
// "rose 8 percent to 3.4 billion dollars in …": a change, then the level it reached.
const BETWEEN = /\bbetween\s+(?:[\p{L}$€£¥]{0,4}\s*)?$/iu;
const TO_LEVEL = /^\s*(?:(?:year[-\s]on[-\s]year|on\s+the\s+year|annually)\s*)?,?\s*to\s*$/i;
// "an increase of 4.5 percent over $7.3 billion": the base of a change, not "more than".
const CHANGE_BASE = /(?:percent|per\s+cent|%)\s+over\s+$/i;
// "a minimum baseline of €40 billion", "a ceiling of 5%": the noun before "of" bounds the figure.
const LOWER_BOUND = /\b(?:minimum|floor)\s+(?:[\p{L}-]+\s+)?of\s+$/iu;
const UPPER_BOUND = /\b(?:maximum|ceiling|cap)\s+(?:[\p{L}-]+\s+)?of\s+$/iu;
// The whole words each needs (no letter of theirs has a case fold outside ASCII, so `\b` with u bounds them as the index does).
const OVER = wordNeeds([['over']]);
const LOWER_WORDS = wordNeeds([['minimum', 'floor']]);
const UPPER_WORDS = wordNeeds([['maximum', 'ceiling', 'cap']]);
const BOUND_WORDS = wordNeeds([['over', 'minimum', 'floor', 'maximum', 'ceiling', 'cap']]);

/** The last dated figure of a sentence: where it ends and its period. */
interface Dated {
  readonly end: number;
  readonly period: string;
}

interface Candidate {
  readonly figure: Figure;
  /** The unit lower-cased: with the value, what makes two figures one. */
  readonly unitKey: string;
  readonly headline: boolean;
}

/**
 * Money amounts, percentages and counts of 10 or more with a counted noun, each with what it
 * measures and when. A range is two figures (low end `gte`, high end `lte`); a figure the
 * headline repeats from the body is listed once, with the body's reading.
 */
export function assembleFigures(ctx: FactsContext): Figure[] {
  const headline = ctx.header.headline?.norm;
  const datelineEnd = ctx.header.dateline?.segment.norm.end ?? ctx.header.bodyStart;
  const body = new Set(ctx.bodySentences);
  const sentences = ctx.sentences.filter((s) => body.has(s) || (headline !== undefined && s.norm.start >= headline.start && s.norm.end <= headline.end));
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const from = s.norm.start < datelineEnd && datelineEnd < s.norm.end ? datelineEnd : s.norm.start;
    candidates.push(...sentenceFigures(ctx, s, from, headline !== undefined && s.norm.end <= headline.end));
  }
  return merge(candidates);
}

function sentenceFigures(ctx: FactsContext, s: Sentence, from: number, isHeadline: boolean): Candidate[] {
  const quantities = ctx.quantitiesIn(from, s.norm.end);
  // "two leaders, five nations": a sentence of small counts (or ordinals) states no figure; no need to chunk it.
  if (!quantities.some(mayBeFigure)) return [];
  const text = chunkRange(ctx, from, s.norm.end);
  const out: Candidate[] = [];
  let previous: PreviousFigure | null = null;
  let previousUnit: string | null = null;
  // The last figure of the sentence with a period, for a clause joined after it.
  let dated: Dated | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const dating = out[out.length - 1]?.figure.period;
    // Not a base a change is measured from ("from $6 billion in 2023").
    if (i > 0 && dating !== undefined && dating !== null && !BASE_BEFORE.test(ctx.text.slice(Math.max(from, quantities[i - 1]!.norm.start - 16), quantities[i - 1]!.norm.start)))
      dated = { end: quantities[i - 1]!.norm.end, period: dating };
    const q = quantities[i]!;
    const next = quantities[i + 1];
    const before = quantities[i - 1];
    const last = out[out.length - 1];
    if (before !== undefined && last !== undefined && q.kind === 'money' && before.kind === 'money' && q.upperValue === null && EQUIVALENT.test(ctx.text.slice(before.norm.end, q.norm.start))) {
      out.push(candidate(q, q.value, currencyOf(ctx, q), comparatorOf(ctx, q, from), last.figure.subject, last.figure.period, 'figures/money', isHeadline));
      continue;
    }
    // "rose 6.4 per cent to 48.2 million TEU": a percent then a count is a change and a level, no range.
    const gap = next === undefined ? '' : ctx.text.slice(q.norm.end, next.norm.start);
    // "between 5 and 6 per cent" is a range; "rose 5% and 7%, respectively" is two figures.
    const between = !/^\s*and\s*$/i.test(gap) || BETWEEN.test(ctx.text.slice(Math.max(from, q.norm.start - 24), q.norm.start));
    const joined = next !== undefined && RANGE_JOIN.test(gap) && between && !(q.kind === 'percent' && next.kind !== 'percent');
    // Each branch reads the period once it knows it makes a figure (a range's two ends share it).
    if (q.kind === 'money') {
      const period = figurePeriod(ctx, q, next, text, from, dated);
      const subject = subjectOf(ctx, q, text, previous);
      const unit = currencyOf(ctx, q);
      const comparator = comparatorOf(ctx, q, from);
      if (q.upperValue !== null) {
        out.push(candidate(q, q.value, unit, 'gte', subject, period, 'figures/money-range', isHeadline));
        out.push(candidate(q, q.upperValue, unit, 'lte', subject, period, 'figures/money-range', isHeadline));
      } else out.push(candidate(q, q.value, unit, comparator, subject, period, 'figures/money', isHeadline));
      previous = after(previous, subject, wordAfter(text, q));
    } else if (q.kind === 'percent' || (q.kind === 'cardinal' && joined && next.kind === 'percent')) {
      const period = figurePeriod(ctx, q, next, text, from, dated);
      const subject = subjectOf(ctx, q.kind === 'percent' && !joined ? q : (next ?? q), text, previous);
      if (joined && (next.kind === 'percent' || next.kind === 'cardinal')) {
        out.push(candidate(q, q.value, 'percent', 'gte', subject, period, 'figures/percent-range', isHeadline));
        if (next.kind === 'percent') {
          out.push(candidate(next, next.value, 'percent', 'lte', subject, period, 'figures/percent-range', isHeadline));
          i++;
        }
      } else if (q.kind === 'percent' && percentUpper(q.text, q.value) !== null) {
        // "5-6%", "10 to 15 per cent": one quantity that is a range.
        out.push(candidate(q, q.value, 'percent', 'gte', subject, period, 'figures/percent-range', isHeadline));
        out.push(candidate(q, percentUpper(q.text, q.value)!, 'percent', 'lte', subject, period, 'figures/percent-range', isHeadline));
      } else out.push(candidate(q, q.value, 'percent', q.comparator, subject, period, 'figures/percent', isHeadline));
      previous = after(previous, subject, wordAfter(text, q));
    } else if (q.kind === 'cardinal' && q.value >= MIN_STATISTIC_COUNT) {
      const own: string | null = countedNoun(ctx, q, text.tokens, previousUnit) ?? (joined && next.kind === 'cardinal' ? countedNoun(ctx, next, text.tokens, previousUnit) : null);
      // "The number of French speakers is put at 321 million": the noun is the unit, no subject.
      const unit: string | null = own ?? numberOfNoun(ctx, q, from, text.tokens) ?? measuredNoun(ctx, q, text.tokens);
      if (unit === null) continue;
      const period = figurePeriod(ctx, q, next, text, from, dated);
      const comparator: Comparator = joined && next.kind === 'cardinal' ? 'gte' : q.comparator;
      // "of which 600 million will be donated": a bare number counting the noun before has no subject of its own.
      const bare = !/^(?:NOUN|PROPN|ADJ|ADP)$/.test(text.tokens[firstTokenFrom(text.tokens, q.norm.end)]?.pos ?? '');
      out.push(candidate(q, q.value, unit, comparator, own === null || bare ? null : withoutDayOwner(countSubjectOf(ctx, q, text)), period, 'figures/count', isHeadline));
      previousUnit = unit;
      if (joined && next.kind === 'cardinal' && next.value >= MIN_STATISTIC_COUNT) {
        out.push(candidate(next, next.value, unit, 'lte', countSubjectOf(ctx, q, text), period, 'figures/count', isHeadline));
        i++;
      }
    }
  }
  return out;
}

/** When the figure at `q` was (a date after it, after the level it reached, or the one a joined clause carries). */
function figurePeriod(ctx: FactsContext, q: Quantity, next: Quantity | undefined, text: ChunkedText, from: number, dated: Dated | null): string | null {
  return periodOf(ctx, q, text, from) ?? (next !== undefined && TO_LEVEL.test(ctx.text.slice(q.norm.end, next.norm.start)) ? periodOf(ctx, next, text, from) : null) ?? carriedPeriod(ctx, dated, q);
}

/** Money, a percentage or a count of 10 or more: only these make figures (a small count only beside a percentage). */
function mayBeFigure(q: Quantity): boolean {
  return q.kind === 'money' || q.kind === 'percent' || (q.kind === 'cardinal' && q.value >= MIN_STATISTIC_COUNT);
}

// "Trade in 2023 stood at $5.3 billion, and investment reached $800 million": a clause joined after a
// dated figure shares its date, unless it compares or looks ahead.
const BASE_BEFORE = /\b(?:from|than|against|versus|with|over)\s+(?:\S+\s+)?$/i;
const CLAUSE_CARRY = /(?:,\s*|\s)(?:and|while|whereas|but)\s/i;
// The joined clause tells the past as the dated one does ("and investment reached"; not "and X now accounts for").
const PAST_VERB = /\b(?:was|were|rose|fell|grew|stood|hit|came|went|made|saw|held|ran|shrank|sank|spent|lent|took|got|[a-z]{2,}ed)\b/i;
const CARRY_BLOCK = /\b(?:now|currently|today|still|from|than|compared|since|against|versus|earlier|ago|previous|prior|last|next|will|would|aims?|plans?|targets?|expects?|expected|forecasts?|projected|by|before|after|until|up|down|of|which|who|respectively)\b|[;:()]/i;

/** The period of the dated figure before `q` in its sentence when `q` is in a clause joined after it. */
function carriedPeriod(ctx: FactsContext, dated: Dated | null, q: Quantity): string | null {
  if (dated === null) return null;
  const gap = ctx.text.slice(dated.end, q.norm.start);
  if (gap.length > 120 || !CLAUSE_CARRY.test(gap)) return null;
  const join = CLAUSE_CARRY.exec(gap)!.index;
  // Past the joining word: no date of its own, no comparison, no look ahead.
  const tail = gap.slice(join);
  if (CARRY_BLOCK.test(tail) || !PAST_VERB.test(tail) || ctx.datesIn(dated.end + join, q.norm.start).length > 0) return null;
  return dated.period;
}

const PERCENT_RANGE = /^\s*(\d[\d,]*(?:\.\d+)?)\s?(?:-|–|to)\s?(\d[\d,]*(?:\.\d+)?)/;

/** The upper bound a percent range writes ("5-6%" → 6), or null. */
function percentUpper(text: string, low: number): number | null {
  const m = PERCENT_RANGE.exec(text);
  if (m === null) return null;
  const upper = Number(m[2]!.replaceAll(',', ''));
  return Number.isFinite(upper) && upper > low ? upper : null;
}

/** The figure just read becomes the one before the next (keeping the last known subject). */
function after(previous: PreviousFigure | null, subject: string | null, next: string): PreviousFigure {
  return { subject: subject ?? previous?.subject ?? null, next };
}

/** A figure with a new subject, period and evidence, its fields in the order `candidate` writes them (no spread copy). */
function figure(f: Figure, subject: string | null, period: string | null, evidence: Figure['evidence']): Figure {
  return { value: f.value, unit: f.unit, comparator: f.comparator, subject, period, evidence, provenance: f.provenance };
}

function candidate(q: Quantity, value: number, unit: string, comparator: Comparator, subject: string | null, period: string | null, rule: string, headline: boolean): Candidate {
  return {
    figure: { value, unit, comparator, subject, period, evidence: evidenceOf([q]), provenance: provenance(rule) },
    unitKey: unit.toLowerCase(),
    headline,
  };
}

/**
 * One figure per value and unit: a headline figure the body repeats is dropped (the body has the
 * context), and a body figure repeated with the same or no subject is merged into the first.
 */
function merge(candidates: readonly Candidate[]): Figure[] {
  const body = candidates.filter((c) => !c.headline);
  // Figures by key, in order, each with the evidence of every merged repeat; evidence is joined
  // once at the end (joining on every repeat is quadratic when a long text repeats a figure).
  // (By value, then unit: a string key per candidate cost a number-to-string conversion each.)
  const byKey = new Map<number, Map<string, { figure: Figure; evidence: Figure['evidence'][] }[]>>();
  const byValue = new Map<number, { figure: Figure; evidence: Figure['evidence'][] }[]>();
  const out: { figure: Figure; evidence: Figure['evidence'][] }[] = [];
  for (const c of [...body, ...candidates.filter((c) => c.headline)]) {
    let units = byKey.get(c.figure.value);
    if (units === undefined) byKey.set(c.figure.value, (units = new Map()));
    const sameKey = units.get(c.unitKey);
    // "China pledges 1 billion vaccine doses" over "1 billion doses of COVID-19 vaccines": the same count.
    const same =
      sameKey?.find((o) => c.headline || compatible(o.figure, c.figure)) ??
      (c.headline ? byValue.get(c.figure.value)?.find((o) => headNoun(o.figure.unit) === headNoun(c.figure.unit)) : undefined);
    if (!same) {
      const entry = { figure: c.figure, evidence: [c.figure.evidence] };
      out.push(entry);
      if (sameKey) sameKey.push(entry);
      else units.set(c.unitKey, [entry]);
      const sameValue = byValue.get(c.figure.value);
      if (sameValue) sameValue.push(entry);
      else byValue.set(c.figure.value, [entry]);
      continue;
    }
    same.figure = figure(same.figure, same.figure.subject ?? c.figure.subject, same.figure.period ?? c.figure.period, same.figure.evidence);
    same.evidence.push(c.figure.evidence);
  }
  return out
    .map((o) => (o.evidence.length === 1 ? o.figure : figure(o.figure, o.figure.subject, o.figure.period, evidenceOf(o.evidence.flat()))))
    .sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/** The last word of a unit, singular ("vaccine doses" and "doses" → "dose"). */
function headNoun(unit: string): string {
  const last = unit.toLowerCase().split(/\s+/).pop() ?? '';
  return last.length > 3 && last.endsWith('s') ? last.slice(0, -1) : last;
}

function compatible(a: Figure, b: Figure): boolean {
  return (a.subject === null || b.subject === null || a.subject === b.subject) && (a.period === null || b.period === null || a.period === b.period);
}

/** The quantity's comparator, unless the words before it bound it or make it the base of a change. */
function comparatorOf(ctx: FactsContext, q: Quantity, from: number): Comparator {
  const start = Math.max(from, q.norm.start - 40);
  // Each pattern needs its whole word ("over", "minimum", "cap"): most figures have none before them.
  const words = wordIndex(ctx).wordsIn(start, q.norm.start);
  if (!words.holds(BOUND_WORDS)) return q.comparator;
  const before = ctx.text.slice(start, q.norm.start);
  if (words.holds(OVER) && CHANGE_BASE.test(before)) return 'eq';
  if (q.comparator === 'eq' && words.holds(LOWER_WORDS) && LOWER_BOUND.test(before)) return 'gte';
  if (q.comparator === 'eq' && words.holds(UPPER_WORDS) && UPPER_BOUND.test(before)) return 'lte';
  return q.comparator;
}

/** A shared currency word ("Rs", "rupees") takes the code of the country the document names most. */
function currencyOf(ctx: FactsContext, q: MoneyQuantity): string {
  for (const row of SHARED_CURRENCIES) {
    if (!Object.values(row.codes).includes(q.currency) || !row.pattern.test(q.text)) continue;
    let best: { code: string; count: number } | undefined;
    for (const e of ctx.entities) {
      const code = e.kind === 'country' ? row.codes[e.name] : undefined;
      if (code !== undefined && (!best || e.mentions.length > best.count)) best = { code, count: e.mentions.length };
    }
    return best?.code ?? q.currency;
  }
  return q.currency;
}
