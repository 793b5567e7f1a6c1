import { daysInMonth, formatIsoDate } from '../iso-date.js';
import { MONTHS } from './months.js';

const MONTH_OF = new Map<string, number>(MONTHS.flatMap((row) => row.names.map((n) => [n.toLowerCase(), row.month] as const)));
const FULL = MONTHS.map((row) => row.names[0] ?? '');
const ABBREVIATED = MONTHS.flatMap((row) => row.names.slice(1));
const longestFirst = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');
/** A month's name, or its abbreviation with or without a period, in any case: one group for the name. */
const MONTH = `((?:${longestFirst(FULL)})(?= )|(?:${longestFirst(ABBREVIATED)})(?=\\.? ))\\.?`;
// "June 18, 2025", "Sept. 6, 2024"; "18 June 2025", "06 JUN 2025".
const MONTH_FIRST = new RegExp(`^${MONTH} (\\d{1,2}), (\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^(\\d{1,2}) ${MONTH} (\\d{4})$`, 'i');
/** Years the shortcut answers for; others are left to extractDates. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

/**
 * The day (`YYYY-MM-DD`) a text says when it is only a full date in one of the two forms datelines
 * print ("June 18, 2025", "Sept. 6, 2024", "18 June 2025", "06 JUN 2025"), else null. Where it
 * answers, it is the value of extractDates' first date on the same text, whatever the reference
 * date (a property test compares the two): a dateline's date is read without running chrono.
 *
 * @example writtenDay('Sept. 6, 2024') // '2024-09-06'
 * @example writtenDay('July 4') // null
 */
export function writtenDay(text: string): string | null {
  const first = MONTH_FIRST.exec(text);
  const m = first ?? DAY_FIRST.exec(text);
  if (m === null) return null;
  const month = MONTH_OF.get((first === null ? m[2] : m[1])?.toLowerCase() ?? '');
  const day = Number(first === null ? m[1] : m[2]);
  const year = Number(m[3]);
  if (month === undefined || year < MIN_YEAR || year > MAX_YEAR || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate(year, month, day);
}
