import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision, IsoDate } from '@pressfacts/document';
import { addDays, formatDay, formatIsoDate, mostRecentWeekday, nextWeekday, type Day } from '../iso-date.js';
import type { FoundDate } from '../types.js';
import { clauseTense } from './clause-tense.js';

interface Certain {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly weekday: number | null;
}

const certainOf = (c: ParsedComponents): Certain => ({
  year: c.isCertain('year') ? c.get('year') : null,
  month: c.isCertain('month') ? c.get('month') : null,
  day: c.isCertain('day') ? c.get('day') : null,
  weekday: c.isCertain('weekday') ? c.get('weekday') : null,
});

const isWeekdayOnly = (c: Certain): c is Certain & { weekday: number } =>
  c.weekday !== null && c.year === null && c.month === null && c.day === null;

const precisionOf = (c: Certain): DatePrecision | null =>
  c.day !== null && c.month !== null ? 'day' : c.month !== null ? 'month' : c.year !== null ? 'year' : isWeekdayOnly(c) ? 'day' : null;

const LEADING = /^[\s,(\uff08]*(?:(?:on|in|at|from|since|by)\s+)?/i;
const TRAILING = /[\s,)\uff09]+$/;
const MODIFIER = /\b(?:last|past|next|this)\b/i;
/**
 * The text names its own year: a four-digit year or a slash date with a year. Four digits inside
 * a longer number or glued to a word ("20256weeks ago", "2025weeks ago") are a count, not a year.
 */
const WRITTEN_YEAR = /(?<!\d)\d{4}(?![\d\p{L}])|\/\d{2}(?!\d)/u;

/**
 * Turns one chrono result into a date mention with a span into `input` (chrono read the same-length
 * normalised text from `offset` on), or null when it holds no calendar date (a bare time, "this week").
 * Values come only from the parts chrono is certain of; a missing year comes from the other end
 * of a range, else from `ref` (the document date); a bare weekday is the most recent one on or
 * before `ref` (news convention), or the first on or after it in a clause about the future
 * ("will meet on Friday"; see clause-tense.ts). Relative mentions get a null value when there is no `ref`.
 */
export function chronoMention(result: ParsedResult, input: string, ref: Day | null, offset = 0): FoundDate | null {
  const raw = result.text;
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
  const start = offset + result.index + lead;
  const end = offset + result.index + raw.length - trail;
  if (end <= start) return null;
  const spanText = raw.slice(lead, raw.length - trail);

  const s = certainOf(result.start);
  // chrono sets `end` to null (not undefined) for a single date.
  const e = result.end ? certainOf(result.end) : null;
  const precision = precisionOf(s);
  if (precision === null) return null;
  const relative = !WRITTEN_YEAR.test(spanText);
  const bareWeekday = isWeekdayOnly(s) && !MODIFIER.test(spanText);
  // "will gather on Wednesday", "is planned for Saturday": the coming one.
  const future = bareWeekday && ref !== null && clauseTense(input, start, end) === 'future';
  let rule = future ? 'dates/weekday-future' : bareWeekday ? 'dates/weekday-on-or-before' : relative ? 'dates/chrono-relative' : 'dates/chrono';
  const confidence = future ? 0.75 : bareWeekday ? 0.8 : relative ? 0.85 : precision === 'day' ? 0.95 : 0.9;
  const mention = (value: IsoDate | null, endValue: IsoDate | null): FoundDate => ({
    start,
    end,
    text: input.slice(start, end),
    value,
    endValue,
    precision,
    relative,
    provenance: { rule, confidence },
  });
  if (bareWeekday && relative && e === null) return bareWeekdayMention(input, ref, start, end, s.weekday as number);
  if (relative && ref === null) return mention(null, null);

  let startDay: Day | null = null;
  let value: IsoDate | null;
  if (isWeekdayOnly(s)) {
    startDay = bareWeekday && ref !== null ? (future ? nextWeekday : mostRecentWeekday)(ref, s.weekday) : impliedDay(result.start);
    value = formatDay(startDay);
  } else {
    let year = s.year ?? yearFromEnd(s, e) ?? ref?.year ?? null;
    if (year === null) return mention(null, null);
    if (s.year === null && yearFromEnd(s, e) === null && ref !== null && s.month !== null) {
      const shift = yearShiftByTense(clauseTense(input, start, end, { commaBound: true }), ref, s.month, s.day);
      if (shift !== 0) {
        year += shift;
        rule = 'dates/month-by-tense';
      }
    }
    value = formatIsoDate(year, s.month, s.month === null ? null : s.day);
    if (s.month !== null && s.day !== null) startDay = { year, month: s.month, day: s.day };
  }
  return mention(value, e === null ? null : endValue(s, e, startDay, value));
}

/**
 * The mention of a weekday written alone at [start, end) of `input` ("Tuesday"; weekday 0 =
 * Sunday): the most recent one on or before `ref`, or the coming one in a clause about the
 * future. chronoMention gives it for chrono's result of a bare weekday; extractDates, for a
 * weekday that chrono need not read (chrono-windows.ts).
 *
 * @example bareWeekdayMention('They met on Tuesday.', { year: 2025, month: 6, day: 18 }, 12, 19, 2).value // '2025-06-17'
 */
export function bareWeekdayMention(input: string, ref: Day | null, start: number, end: number, weekday: number): FoundDate {
  const future = ref !== null && clauseTense(input, start, end) === 'future';
  return {
    start,
    end,
    text: input.slice(start, end),
    value: ref === null ? null : formatDay((future ? nextWeekday : mostRecentWeekday)(ref, weekday)),
    endValue: null,
    precision: 'day',
    relative: true,
    provenance: { rule: future ? 'dates/weekday-future' : 'dates/weekday-on-or-before', confidence: future ? 0.75 : 0.8 },
  };
}

/**
 * The mention of a full date with its year written alone at [start, end) of `input` ("June 18,
 * 2025"), `value` its day: what chronoMention gives for chrono's result there; extractDates reads
 * it without chrono (chrono-windows.ts, writtenDay).
 *
 * @example writtenDayMention('BEIJING, June 18, 2025', 9, 22, '2025-06-18').provenance.rule // 'dates/chrono'
 */
export function writtenDayMention(input: string, start: number, end: number, value: IsoDate): FoundDate {
  return {
    start,
    end,
    text: input.slice(start, end),
    value,
    endValue: null,
    precision: 'day',
    relative: false,
    provenance: { rule: 'dates/chrono', confidence: 0.95 },
  };
}

/** Days a year-less day may lie on the "wrong" side of the document date before it moves a year. */
const SLACK_DAYS = 7;

/**
 * A year-less month or day takes the document date's year, moved by the clause's tense: a past
 * clause means the last such month (day) on or before the document date ("met in December" in a
 * November release → the December before), a future clause the next one on or after it ("will
 * meet in January" → the coming January). A day within a week of the document date stays.
 */
function yearShiftByTense(tense: 'future' | 'past' | null, ref: Day, month: number, day: number | null): number {
  if (tense === null) return 0;
  // Signed distance in days, roughly (months of 31 days): enough to compare and to apply the slack.
  const diff = day === null ? (month - ref.month) * 31 : (month - ref.month) * 31 + (day - ref.day);
  if (tense === 'past') return day === null ? (month > ref.month ? -1 : 0) : diff > SLACK_DAYS ? -1 : 0;
  return day === null ? (month < ref.month ? 1 : 0) : diff < -SLACK_DAYS ? 1 : 0;
}

function impliedDay(c: ParsedComponents): Day {
  return { year: c.get('year') ?? 0, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
}

/** "Dec. 30 to Jan. 2, 2025": the start takes the end's year, one less when it wraps. */
function yearFromEnd(s: Certain, e: Certain | null): number | null {
  if (e === null || e.year === null) return null;
  const wraps = s.month !== null && e.month !== null && s.month > e.month;
  return wraps ? e.year - 1 : e.year;
}

function endValue(s: Certain, e: Certain, startDay: Day | null, startValue: IsoDate): IsoDate | null {
  if (isWeekdayOnly(e)) {
    if (startDay === null || s.weekday === null) return null;
    return formatDay(addDays(startDay, (e.weekday - s.weekday + 7) % 7));
  }
  const startYear = Number(startValue.slice(0, 4));
  const wraps = s.month !== null && e.month !== null && e.month < s.month;
  const year = e.year ?? (wraps ? startYear + 1 : startYear);
  if (e.month === null && e.day === null) return formatIsoDate(year);
  const month = e.month ?? s.month;
  if (month === null) return formatIsoDate(year);
  return formatIsoDate(year, month, e.day);
}
