import { formatIsoDate, type Day } from '../iso-date.js';
import { forEachMatchFrom } from '../text/anchored-match.js';
import { freeBefore } from '../text/char-classes.js';
import type { FoundDate } from '../types.js';
import { MONTHS } from './months.js';

/**
 * "next October", "last March", "this coming July": a month named with a modifier and no year.
 * "next"/"coming" is the first such month after the document date's month, "last"/"past" the last
 * one before it, "this" the one of the document date's year. Without a document date the value is
 * null. Only full month names ("next Mar" is left alone).
 */
export const MONTH_MODIFIER_EXAMPLES: readonly (readonly [text: string, reference: string, value: string])[] = [
  ['The leaders will meet again next October.', '2024-11-20', '2025-10'],
  ['Talks resume next December.', '2024-11-20', '2024-12'],
  ['They first met last November.', '2024-11-20', '2023-11'],
  ['The plan was adopted last March.', '2024-11-20', '2024-03'],
  ['The forum opens this coming July.', '2025-02-03', '2025-07'],
];

const FULL_NAMES = MONTHS.map((r) => r.names[0] ?? '').join('|');
const MONTH_MODIFIER = new RegExp(`\\b(next|last|past|this(?:\\s+coming)?|coming)\\s+(${FULL_NAMES})(?![A-Za-z0-9'\\u2019-])(?!,?\\s*\\d)`, 'gi');
const MONTH_OF: ReadonlyMap<string, number> = new Map(MONTHS.map((r) => [(r.names[0] ?? '').toLowerCase(), r.month]));

/**
 * `modifierStarts`: where the words next/last/past/this/coming begin (scanDateWords); a match
 * begins at a `\b` before one of them, so it is tried only there. Without them, a scan of all the text.
 */
export function findModifiedMonths(text: string, input: string, ref: Day | null, modifierStarts?: readonly number[]): FoundDate[] {
  const out: FoundDate[] = [];
  forEachMatchFrom(MONTH_MODIFIER, text, modifierStarts, (m) => {
    if (!freeBefore(input, m.index)) return;
    const month = MONTH_OF.get((m[2] ?? '').toLowerCase());
    if (month === undefined || (m[2] ?? '').charAt(0) === (m[2] ?? '').charAt(0).toLowerCase()) return;
    const end = m.index + m[0].length;
    const base = { start: m.index, end, text: input.slice(m.index, end), endValue: null, precision: 'month' as const, relative: true, provenance: { rule: 'dates/month-modifier', confidence: 0.8 } };
    if (ref === null) {
      out.push({ ...base, value: null });
      return;
    }
    const modifier = (m[1] ?? '').toLowerCase();
    let year = ref.year;
    if (modifier === 'next' || modifier === 'coming') year += month > ref.month ? 0 : 1;
    else if (modifier === 'last' || modifier === 'past') year -= month < ref.month ? 0 : 1;
    out.push({ ...base, value: formatIsoDate(year, month) });
  });
  return out;
}
