import type { DatePrecision, IsoDate } from '@pressfacts/document';

/** A calendar day, months and days counted from 1. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a strict `YYYY-MM-DD` calendar date; anything else (including `2025-02-30`) is null.
 *
 * @example parseIsoDay('2025-06-18') // { year: 2025, month: 6, day: 18 }
 */
export function parseIsoDay(value: string | null | undefined): Day | null {
  if (typeof value !== 'string') return null;
  const m = ISO_DAY.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The precision of an IsoDate string, or null when it is not one. */
export function isoPrecision(value: string): DatePrecision | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return 'month';
  return parseIsoDay(value) === null ? null : 'day';
}

/** Formats a date at the precision the parts give: `2020`, `2024-06`, `2025-06-18`. */
export function formatIsoDate(year: number, month?: number | null, day?: number | null): IsoDate {
  const y = String(year).padStart(4, '0');
  if (month === undefined || month === null) return y;
  const m = String(month).padStart(2, '0');
  if (day === undefined || day === null) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The most recent `weekday` on or before `ref` — how news copy reads a bare weekday: in a release
 * dated Wednesday 2025-06-18, "on Tuesday" is 2025-06-17 and "on Wednesday" is the same day.
 *
 * @example mostRecentWeekday({ year: 2025, month: 6, day: 18 }, 2) // { year: 2025, month: 6, day: 17 }
 */
export function mostRecentWeekday(ref: Day, weekday: number): Day {
  return addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
}

/**
 * The first `weekday` on or after `ref` — a bare weekday in a clause about the future: in a
 * release dated Wednesday 2025-06-18, "will meet on Friday" is 2025-06-20.
 *
 * @example nextWeekday({ year: 2025, month: 6, day: 18 }, 5) // { year: 2025, month: 6, day: 20 }
 */
export function nextWeekday(ref: Day, weekday: number): Day {
  return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);
}

export function formatDay(d: Day): IsoDate {
  return formatIsoDate(d.year, d.month, d.day);
}
