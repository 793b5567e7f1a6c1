import type { DateMention } from '@pressfacts/document';
import { extractDates } from '@pressfacts/dates-numbers';
import type { FactsContext } from './context.js';
import { rangeIndex } from './range-queries.js';

const CACHE = new WeakMap<FactsContext, (start: number, end: number) => DateMention[]>();
const FULL_YEAR = /\b\d{4}\b/;

/**
 * The date mentions inside a range, as `ctx.datesIn` gives them, except that in a release without
 * a document date (no dateline, no date header, no reference date) a year-less day ("from May 7
 * to 8") takes its year from the nearest day before it that the text writes with one ("On May 8,
 * 2024, …"). With a document date, the dates stage has already resolved them.
 */
export function eventDatesIn(ctx: FactsContext, start: number, end: number): DateMention[] {
  if (ctx.documentDate !== null) return ctx.datesIn(start, end);
  let lookup = CACHE.get(ctx);
  if (lookup === undefined) {
    const dates = withWrittenYears(ctx.dates);
    CACHE.set(ctx, (lookup = rangeIndex(dates, (d) => d.norm)));
  }
  return lookup(start, end);
}

function withWrittenYears(dates: readonly DateMention[]): DateMention[] {
  let anchor: string | null = null;
  return dates.map((d) => {
    if (d.value !== null) {
      if (d.precision === 'day' && !d.relative && FULL_YEAR.test(d.text)) anchor = d.value;
      return d;
    }
    if (anchor === null || d.precision !== 'day' || !/\d/.test(d.text)) return d;
    const [again] = extractDates(d.text, { referenceDate: anchor });
    if (again === undefined || again.value === null || again.start !== 0 || again.end !== d.text.length) return d;
    return { ...d, value: again.value, endValue: again.endValue };
  });
}
