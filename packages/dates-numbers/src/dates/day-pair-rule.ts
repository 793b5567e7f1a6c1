import { daysInMonth, formatIsoDate, type Day } from '../iso-date.js';
import { forEachMatchFrom } from '../text/anchored-match.js';
import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import type { FoundDate } from '../types.js';
import { MONTH_NAME_SOURCE, monthNumber } from './months.js';

/**
 * Two days joined by "and": "June 15 and 16, 2025", "15 and 16 July 2025" — chrono reads only the
 * first day and loses the year. Read as a range from the first day to the second.
 */
export const DAY_PAIR_EXAMPLES: readonly (readonly [text: string, value: string, endValue: string])[] = [
  ['June 15 and 16, 2025', '2025-06-15', '2025-06-16'],
  ['15 and 16 July 2025', '2025-07-15', '2025-07-16'],
];

const ORD = '(?:st|nd|rd|th)?';
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_NAME_SOURCE})\\.?\\s+(\\d{1,2})${ORD}\\s*(?:and|&)\\s*(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?(?![${LETTER_CLASS}0-9])`,
  'g',
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})${ORD}\\s*(?:and|&)\\s*(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_NAME_SOURCE})(?:\\.?,?\\s+(\\d{4}))?(?![${LETTER_CLASS}0-9])`,
  'g',
);

/**
 * `starts`: where month words and digit words begin (scanDateWords); a match begins at a `\b`
 * before a month name (MONTH_DAY) or a digit (DAY_MONTH), so each pattern is tried only there.
 * Without them, a scan of all the text.
 */
export function findDayPairs(
  text: string,
  input: string,
  ref: Day | null,
  starts?: { readonly monthStarts: readonly number[]; readonly digitStarts: readonly number[] },
): FoundDate[] {
  const out: FoundDate[] = [];
  forEachMatchFrom(MONTH_DAY, text, starts?.monthStarts, (m) => push(out, input, m.index, m[0].length, m[1], m[2], m[3], m[4], ref));
  forEachMatchFrom(DAY_MONTH, text, starts?.digitStarts, (m) => push(out, input, m.index, m[0].length, m[3], m[1], m[2], m[4], ref));
  return out;
}

function push(
  out: FoundDate[],
  input: string,
  start: number,
  length: number,
  monthName: string | undefined,
  first: string | undefined,
  second: string | undefined,
  yearText: string | undefined,
  ref: Day | null,
): void {
  if (!freeBefore(input, start)) return;
  const month = monthNumber(monthName ?? '');
  const d1 = Number(first);
  const d2 = Number(second);
  if (month === null || !(d1 >= 1 && d2 > d1)) return;
  const relative = yearText === undefined;
  const year = relative ? (ref?.year ?? null) : Number(yearText);
  if (d2 > daysInMonth(year ?? 2000, month)) return;
  out.push({
    start,
    end: start + length,
    text: input.slice(start, start + length),
    value: year === null ? null : formatIsoDate(year, month, d1),
    endValue: year === null ? null : formatIsoDate(year, month, d2),
    precision: 'day',
    relative,
    provenance: { rule: 'dates/day-pair', confidence: 0.9 },
  });
}
