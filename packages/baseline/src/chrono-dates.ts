import * as chrono from 'chrono-node';
import type { IsoDate, Span } from '@pressfacts/schema';

/** A date chrono found, at the precision chrono is certain of. */
export interface NaiveDate {
  readonly date: IsoDate;
  readonly span: Span;
}

// Without a reference date, chrono resolves relative dates against "now". Parsing against two
// far-apart references and keeping only the dates that agree keeps the output deterministic and
// leaves relative dates unresolved, as the facts model asks.
const REF_A = new Date(2001, 0, 15, 12);
const REF_B = new Date(2011, 6, 20, 12);

/**
 * Every date chrono parses in `text`: `YYYY-MM-DD` when chrono knows the day, else `YYYY-MM` when
 * it knows the month, else `YYYY`. `unresolved` lists relative dates when no reference is given.
 *
 * @example chronoDates('Leaders met on June 18, 2025.').dates[0]?.date // '2025-06-18'
 */
export function chronoDates(text: string, referenceDate?: Date): { dates: NaiveDate[]; unresolved: Span[] } {
  const results = chrono.parse(text, referenceDate ?? REF_A);
  const other = referenceDate ? null : new Map(chrono.parse(text, REF_B).map((r) => [r.index, isoOf(r.start)]));
  const dates: NaiveDate[] = [];
  const unresolved: Span[] = [];
  for (const r of results) {
    const span = { start: r.index, end: r.index + r.text.length, text: r.text };
    if (text.slice(span.start, span.end) !== r.text) continue;
    const date = isoOf(r.start);
    if (date === null) continue;
    if (other && other.get(r.index) !== date) unresolved.push(span);
    else dates.push({ date, span });
  }
  return { dates, unresolved };
}

function isoOf(c: chrono.ParsedComponents): IsoDate | null {
  const year = c.get('year');
  if (year === null || year < 1000 || year > 9999) return null;
  const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');
  if (c.isCertain('day')) return `${year}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('month')) return `${year}-${pad(c.get('month'))}`;
  return String(year);
}
