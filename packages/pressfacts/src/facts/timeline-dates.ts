import type { DateMention } from '@pressfacts/document';
import { lowerBound } from './lower-bound.js';

/**
 * The date a mention stands for as a point in time: a day range is its first day ("Nov. 18-19" →
 * 2024-11-18, the event started then); a range of months or years is the most precise date that
 * holds both ends ("July-September 2025" → 2025; "fiscal year 2025-26" → nothing).
 *
 * @example periodValue({ value: '2025-07', endValue: '2025-09', precision: 'month' }) // '2025'
 */
export function periodValue(d: Pick<DateMention, 'value' | 'endValue' | 'precision'>): string | null {
  if (d.value === null) return null;
  if (d.endValue === null || d.endValue === d.value || d.precision === 'day') return d.value;
  const a = d.value.split('-');
  const b = d.endValue.split('-');
  const shared: string[] = [];
  for (let i = 0; i < a.length && a[i] === b[i]; i++) shared.push(a[i]!);
  return shared.length > 0 ? shared.join('-') : null;
}

// A capitalised word right after a year: the year is written into a name.
const NAME_AFTER = /^\s\p{Lu}/u;

/**
 * The timeline date of a mention, or null when it is none: unresolved, a range of years, or a
 * year written into a name whose more precise date the same sentence gives ("the 2024 Summit …,
 * held from Sept. 4 to 6" is one event, on 2024-09-04).
 */
export function eventDateOf(d: DateMention, sentenceDates: readonly DateMention[], text: string): string | null {
  const value = periodValue(d);
  if (value === null) return null;
  // Only a year written into a name ("the 2024 Summit of …") defers to the finer date; "next
  // year's summit" beside "on Jan. 1, 2025" is an event of its own.
  const inName = !d.relative && NAME_AFTER.test(text.slice(d.norm.end, d.norm.end + 2));
  const finer = inName && sentenceDates.some((o) => o !== d && o.value !== null && o.value.length > value.length && o.value.startsWith(`${value}-`));
  return finer ? null : value;
}

const QUOTATION_MARK = /["\u201c\u201d]/g;

/**
 * `(paragraphStart, offset) => boolean`: true when an odd number of quotation marks opens before
 * `offset` in its paragraph (the date is quoted speech). The marks are found once per document;
 * each question is two binary searches, not a scan of the paragraph (quadratic on one long paragraph).
 *
 * @example quotationTest('He said "on May 5" it ends.')(0, 12) // true
 */
export function quotationTest(text: string): (paragraphStart: number, offset: number) => boolean {
  // One scan for the three marks, in text order (a third of the cost of three indexOf passes over a two-byte text).
  const marks: number[] = [];
  QUOTATION_MARK.lastIndex = 0;
  for (let m = QUOTATION_MARK.exec(text); m !== null; m = QUOTATION_MARK.exec(text)) marks.push(m.index);
  return (paragraphStart, offset) => (lowerBound(marks, offset) - lowerBound(marks, paragraphStart)) % 2 === 1;
}
