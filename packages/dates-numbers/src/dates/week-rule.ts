import { addDays, formatDay, formatIsoDate, weekdayOf, type Day } from '../iso-date.js';
import { forEachMatchFrom } from '../text/anchored-match.js';
import { freeBefore } from '../text/char-classes.js';
import type { FoundDate } from '../types.js';

/**
 * "last week", "this week", "next week" (and "earlier/later this week"): the calendar week
 * (Monday to Sunday) before, of or after the document date's. IsoDate has no week precision, so
 * a week inside one month is that month ("2025-02", precision `month`) and a week across two
 * months is the range of its days (Monday to Sunday, precision `day`). Without a document date
 * the value is null. "weekend" and "weeks" are left alone.
 */
export const WEEK_EXAMPLES: readonly (readonly [text: string, reference: string, value: string, endValue: string | null])[] = [
  ['They met last week.', '2025-02-19', '2025-02', null],
  ['They meet next week.', '2025-06-18', '2025-06', null],
  ['Talks end this week.', '2025-07-30', '2025-07-28', '2025-08-03'],
];

const WEEK = /\b(last|this|next)\s+week(?![A-Za-z0-9'\u2019-])/gi;
const OFFSETS: Readonly<Record<string, number>> = { last: -7, this: 0, next: 7 };

/**
 * `modifierStarts`: where the words next/last/this (…) begin (scanDateWords); a match begins at a
 * `\b` before one of them, so it is tried only there. Without them, a scan of all the text.
 */
export function findWeeks(text: string, input: string, ref: Day | null, modifierStarts?: readonly number[]): FoundDate[] {
  const out: FoundDate[] = [];
  forEachMatchFrom(WEEK, text, modifierStarts, (m) => {
    if (!freeBefore(input, m.index)) return;
    const end = m.index + m[0].length;
    const base = { start: m.index, end, text: input.slice(m.index, end), relative: true, provenance: { rule: 'dates/week', confidence: 0.7 } };
    if (ref === null) {
      out.push({ ...base, value: null, endValue: null, precision: 'month' });
      return;
    }
    const day = addDays(ref, OFFSETS[(m[1] ?? '').toLowerCase()] ?? 0);
    const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
    const sunday = addDays(monday, 6);
    if (monday.month === sunday.month) {
      out.push({ ...base, value: formatIsoDate(monday.year, monday.month), endValue: null, precision: 'month' });
    } else {
      out.push({ ...base, value: formatDay(monday), endValue: formatDay(sunday), precision: 'day' });
    }
  });
  return out;
}
