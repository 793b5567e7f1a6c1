import type { DateMention } from '@pressfacts/document';
import { extractDates } from '@pressfacts/dates-numbers';
import type { FactsContext } from './context.js';

const CACHE = new WeakMap<FactsContext, (d: DateMention) => DateMention>();
const FULL_YEAR = /\b\d{4}\b/;

/**
 * The date mentions inside a range, as `ctx.datesIn` gives them, except that in a release without
 * a document date (no dateline, no date header, no reference date) a year-less day ("from May 7
 * to 8") takes its year from the nearest day before it that the text writes with one ("On May 8,
 * 2024, …"). With a document date, the dates stage has already resolved them.
 */
export function eventDatesIn(ctx: FactsContext, start: number, end: number): DateMention[] {
  if (ctx.documentDate !== null) return ctx.datesIn(start, end);
  let withYear = CACHE.get(ctx);
  if (withYear === undefined) CACHE.set(ctx, (withYear = writtenYears(ctx.dates)));
  // The year only changes the value, never the range: the same dates as `ctx.datesIn`, each read once.
  return ctx.datesIn(start, end).map(withYear);
}

/** Each date with the year of the last day before it written with one (dates are read again only when asked for). */
function writtenYears(dates: readonly DateMention[]): (d: DateMention) => DateMention {
  const anchorOf = new Map<DateMention, string>();
  let anchor: string | null = null;
  for (const d of dates) {
    if (d.value !== null) {
      if (d.precision === 'day' && !d.relative && FULL_YEAR.test(d.text)) anchor = d.value;
    } else if (anchor !== null && d.precision === 'day' && /\d/.test(d.text)) anchorOf.set(d, anchor);
  }
  const read = new Map<DateMention, DateMention>();
  return (d) => {
    const anchor = anchorOf.get(d);
    if (anchor === undefined) return d;
    let out = read.get(d);
    if (out === undefined) read.set(d, (out = withYear(d, anchor)));
    return out;
  };
}

function withYear(d: DateMention, anchor: string): DateMention {
  const [again] = extractDates(d.text, { referenceDate: anchor });
  if (again === undefined || again.value === null || again.start !== 0 || again.end !== d.text.length) return d;
  return { ...d, value: again.value, endValue: again.endValue };
}
