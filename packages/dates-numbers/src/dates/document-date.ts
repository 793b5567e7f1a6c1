import { toSpan, type DocumentDate, type Header, type StageContext, type TextView } from '@pressfacts/document';
import { isoPrecision } from '../iso-date.js';
import { extractDates } from './extract-dates.js';
import { timestampLineDate } from './timestamp-line.js';
import { writtenDay } from './written-day.js';

/**
 * The date a document speaks from: its `date YYYY-MM-DD` header line, else its dateline's date
 * (a year-less dateline date takes the year of `referenceDate`, else stays unresolved), else the
 * publication timestamp line at the top ("Updated 29 August 2024, 18:40"), else the caller's
 * `referenceDate`. `referenceDate` must already be a valid `YYYY-MM-DD` or null.
 */
export function resolveDocumentDate(
  view: TextView,
  header: Header,
  referenceDate: string | null,
  ctx: StageContext,
): DocumentDate | null {
  const dateHeader = header.dateHeader;
  if (dateHeader !== null) {
    if (isoPrecision(dateHeader.date) !== null) return { date: dateHeader.date, source: 'header' };
    ctx.report({
      level: 'warning',
      code: 'invalid-date-header',
      message: `the date header "${dateHeader.date}" is not an IsoDate`,
      span: toSpan(dateHeader.segment),
    });
  }
  const dateText = header.dateline?.dateText ?? null;
  if (dateText !== null) {
    const text = view.text.slice(dateText.norm.start, dateText.norm.end);
    // Most datelines print a full date in one of two forms, read without chrono.
    const day = writtenDay(text);
    if (day !== null) return { date: day, source: 'dateline' };
    const first = extractDates(text, { referenceDate })[0];
    if (first?.value != null) return { date: first.value, source: 'dateline' };
    ctx.report({
      level: first === undefined ? 'warning' : 'info',
      code: first === undefined ? 'unparsed-dateline-date' : 'unresolved-dateline-date',
      message:
        first === undefined
          ? `the dateline date "${dateText.text}" could not be read`
          : `the dateline date "${dateText.text}" has no year and there is no reference date`,
      span: toSpan(dateText),
    });
  }
  // "28 May 2025 09:00 AM Malaysia Time" or "Updated Thursday, 29 August 2024, 18:40" above the text.
  const stamped = timestampLineDate(view);
  if (stamped !== null) return { date: stamped, source: 'header' };
  return referenceDate === null ? null : { date: referenceDate, source: 'reference' };
}
