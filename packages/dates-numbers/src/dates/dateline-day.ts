import { daysInMonth, formatIsoDate, parseIsoDay } from '../iso-date.js';
import { MONTHS } from './months.js';

/**
 * The spellings chrono reads as a month, lower-cased: a full name as written ("june"), an
 * abbreviation with or without its period ("sept", "sept.", "jun.").
 */
const MONTH_OF: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((row) => row.names.flatMap((name, i) => {
    const lower = name.toLowerCase();
    return i === 0 ? [[lower, row.month] as const] : [[lower, row.month] as const, [`${lower}.`, row.month] as const];
  })),
);

// "June 18, 2025", "Sept. 5", "18th June 2025", "2025-06-18": a dateline date and nothing else.
const MONTH_DAY = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?)(?:,? (\d{4}))?$/;

/**
 * The day of a dateline's date in one of its common shapes, read without chrono (the dateline
 * date is read once per document, and a chrono pass costs more than the rest of its reading);
 * null for any other shape, which the caller then reads with extractDates. A test checks that the
 * two agree on every shape this reads. A year-less date takes `referenceDate`'s year; without one
 * it is left to extractDates (which reports it).
 *
 * @example datelineDay('June 18, 2025', null) // '2025-06-18'
 * @example datelineDay('Tuesday, May 7', '2024-05-07') // null (a weekday: left to extractDates)
 */
export function datelineDay(text: string, referenceDate: string | null): string | null {
  if (parseIsoDay(text) !== null) return text;
  const m = MONTH_DAY.exec(text);
  const d = m === null ? DAY_MONTH.exec(text) : null;
  if (m === null && d === null) return null;
  const month = MONTH_OF.get(((m ? m[1] : d?.[2]) ?? '').toLowerCase());
  const day = Number(m ? m[2] : d?.[1]);
  const yearText = m ? m[3] : d?.[3];
  const year = yearText === undefined ? (parseIsoDay(referenceDate)?.year ?? null) : Number(yearText);
  if (month === undefined || year === null || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate(year, month, day);
}
