import { formatIsoDate } from '../iso-date.js';
import { forEachMatchFrom } from '../text/anchored-match.js';
import { freeBefore, LETTER_CLASS } from '../text/char-classes.js';
import type { FoundDate } from '../types.js';
import { looksPlural } from '../numbers/unit-noun.js';
import { dateContextBefore } from './date-contexts.js';

export interface YearRuleOptions {
  readonly minYear: number;
  readonly maxYear: number;
}

const YEAR = new RegExp(`\\b\\d{4}(?![${LETTER_CLASS}0-9%+_]|[.,:/]\\d)`, 'g');
const RANGE_AFTER = new RegExp(`^\\s*(-|to|through|until|till|and)\\s*(\\d{4}|\\d{2})(?![${LETTER_CLASS}0-9%+_]|[.,:/]\\d)`, 'i');
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$/i;
const MAX_LIST_GAP = 8;
/** Contexts that also come before counts ("the 2000 delegates"): a plural noun after makes it one. */
const COUNT_CONTEXTS = new Set(['of', 'the', 'its', 'their']);
const WORD_AFTER = /^\s+([a-z]+)\b/;

/**
 * Bare years chrono does not read: a four-digit year after a date context ("In 2020", "since
 * 2013", "in the first half of 2024", "mid-2026"), the years that continue a list of them ("in
 * 2013, 2017 and 2020") and year ranges ("from 2021 to 2025", "2021-25", "between 2021 and 2025").
 * Not a year: "2,000 delegates", "$2024", "2024 participants", "the 2000 delegates", "G20",
 * "Resolution 2231".
 */
export function findBareYears(
  text: string,
  input: string,
  isFree: (start: number, end: number) => boolean,
  options: YearRuleOptions,
  digitStarts?: readonly number[],
): FoundDate[] {
  const out: FoundDate[] = [];
  const inRange = (y: number): boolean => y >= options.minYear && y <= options.maxYear;
  let lastEnd = -1;
  let skipUntil = 0;
  // A year begins at a `\b` before a digit: with `digitStarts` (scanDateWords) it is tried only there.
  forEachMatchFrom(YEAR, text, digitStarts, (m) => {
    const start = m.index;
    if (start < skipUntil || !freeBefore(text, start, '$€£¥₹.,+/#:')) return;
    const year = Number(m[0]);
    let end = start + 4;
    if (!inRange(year) || !isFree(start, end)) return;
    const before = text.charAt(start - 1);
    const context = dateContextBefore(text, start);
    const continuesList = lastEnd >= 0 && start - lastEnd <= MAX_LIST_GAP && LIST_GAP.test(text.slice(lastEnd, start));
    let rule: string;
    if (context !== null && (before !== '-' || context.endsWith('-'))) {
      const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '';
      if (COUNT_CONTEXTS.has(context) && looksPlural(next)) return; // a count: "the 2000 delegates"
      rule = 'dates/year-after-context';
    } else if (continuesList) {
      rule = 'dates/year-list';
    } else {
      return;
    }
    let endValue: string | null = null;
    const range = RANGE_AFTER.exec(text.slice(end, end + 24));
    if (range !== null && (range[1]?.toLowerCase() !== 'and' || context === 'between')) {
      const tail = range[2] ?? '';
      const endYear = tail.length === 2 ? year - (year % 100) + Number(tail) : Number(tail);
      if (endYear > year && inRange(endYear) && isFree(end, end + range[0].length)) {
        end += range[0].length;
        endValue = formatIsoDate(endYear);
        rule = 'dates/year-range';
      }
    }
    out.push({
      start,
      end,
      text: input.slice(start, end),
      value: formatIsoDate(year),
      endValue,
      precision: 'year',
      relative: false,
      provenance: { rule, confidence: rule === 'dates/year-list' ? 0.85 : 0.9 },
    });
    lastEnd = end;
    skipUntil = end;
  });
  return out;
}
