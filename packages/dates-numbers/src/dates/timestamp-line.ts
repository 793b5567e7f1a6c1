import type { TextView } from '@pressfacts/document';
import { CHRONO_CUES } from './chrono-cues.js';
import { extractDates } from './extract-dates.js';

/** How many non-empty lines at the top may hold a publication timestamp. */
const TOP_LINES = 6;
const MAX_LINE = 90;
const TOP_CHARS = 600;
// "Updated Thursday, 29 August 2024, 18:40 (Tonga time)", "Published: June 3, 2025".
const CUE = /^\s*(?:last\s+)?(?:updated|published|posted|released|issued|first\s+published)\b:?/i;
// "28 May 2025 09:00 AM Malaysia Time", "November 7, 2024 04:30 AM Eastern Standard Time".
const CLOCK = /\b\d{1,2}[:.]\d{2}\b/;
const YEAR = /\b(?:19|20)\d\d\b/;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
const MONTH_CUES = CHRONO_CUES.find((row) => row.id === 'month-name')?.cues ?? [];
/**
 * extractDates finds a day that is not relative only in a month's name (its parsers' cues) or in
 * digits joined by a separator ("2025-06-18", "6/18/2025", "2025 06 18"): a line with neither is
 * not read (a test checks lines both ways).
 */
const DAY_CUE = new RegExp(`${MONTH_CUES.join('|')}|\\d[-./\\s]\\d`, 'i');

/**
 * A publication timestamp line near the top of a release (wire and web pages print one before or
 * after the headline): a full date with a year, cued by "Updated"/"Published" or followed by a
 * clock time. Returns the day (`YYYY-MM-DD`) or null. A headline that merely holds a date is no
 * timestamp: without a cue or a clock the line must be little more than the date.
 *
 * @example timestampLineDate(view('28 May 2025 09:00 AM Malaysia Time\n\nHeadline')) // '2025-05-28'
 */
export function timestampLineDate(view: TextView): string | null {
  const text = view.text;
  let seen = 0;
  let start = 0;
  while (start < text.length && start < TOP_CHARS && seen < TOP_LINES) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      seen++;
      const date = lineDate(line);
      if (date !== null) return date;
    }
    start = end + 1;
  }
  return null;
}

/**
 * False when extractDates can find no day with a year in `line` that is not relative.
 *
 * @example mayHoldDay('2025 SCO Summit opens') // false
 */
export function mayHoldDay(line: string): boolean {
  return DAY_CUE.test(line);
}

function lineDate(line: string): string | null {
  if (line.length > MAX_LINE || !YEAR.test(line) || !mayHoldDay(line)) return null;
  const found = extractDates(line).find((d) => d.value !== null && d.precision === 'day' && !d.relative);
  if (found === undefined || found.value === null) return null;
  if (CUE.test(line) || CLOCK.test(line.slice(found.end))) return found.value;
  // Only the date (and a weekday) on the line.
  const rest = (line.slice(0, found.start) + line.slice(found.end)).replace(WEEKDAY, '');
  return /\p{L}/u.test(rest) ? null : found.value;
}
