import { segmentFromView, type DateHeader, type TextView } from '@pressfacts/document';

/** `date 2025-06-18` (or `Date: 2025-06-18`) at the very start, after any blank space. */
const DATE_HEADER = /^[ \n]*(date:? +(\d{4})-(\d{2})-(\d{2}))(?![\p{L}\p{N}-])/iu;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface DateHeaderMatch {
  readonly dateHeader: DateHeader;
  /** Normalised offset just past the header and the spaces after it. */
  readonly end: number;
}

/**
 * Reads a leading `date YYYY-MM-DD` header, as some feeds put before a release (possibly followed
 * on the same line by the summary).
 *
 * @example matchDateHeader(normalize(' date 2025-06-18 Summary text')).dateHeader.date // '2025-06-18'
 */
export function matchDateHeader(view: TextView): DateHeaderMatch | null {
  const m = DATE_HEADER.exec(view.text);
  if (m === null) return null;
  const [whole, header = '', y = '', mo = '', d = ''] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return null;
  if (month === 2 && day === 29 && !isLeapYear(Number(y))) return null;
  const start = whole.length - header.length;
  let end = whole.length;
  while (end < view.text.length && view.text.charCodeAt(end) === 0x20) end++;
  return {
    dateHeader: { date: `${y}-${mo}-${d}`, segment: segmentFromView(view, start, whole.length) },
    end,
  };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
