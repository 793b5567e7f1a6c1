import { LETTER_CLASS } from '../text/char-classes.js';

/**
 * Words that, right before a bare year ("in 2020") or a bare month name ("in June"), make it a
 * date. Without one of them a four-digit number is a count or a name ("2024 participants",
 * "Resolution 2231") and a month name may be a person ("June Smith"). Each row has an example that
 * a test runs.
 */
export interface DateContextRow {
  readonly phrase: string;
  readonly example: string;
}

export const DATE_CONTEXTS: readonly DateContextRow[] = [
  { phrase: 'in', example: 'In 2020, China proposed the mechanism' },
  { phrase: 'since', example: 'trade has doubled since 2013' },
  { phrase: 'by', example: 'carbon neutrality by 2060' },
  { phrase: 'until', example: 'the plan runs until 2030' },
  { phrase: 'till', example: 'valid till 2027' },
  { phrase: 'during', example: 'during 2024 the two sides met' },
  { phrase: 'from', example: 'from 2021 to 2025' },
  { phrase: 'before', example: 'before 2030' },
  { phrase: 'after', example: 'after 2008 the group grew' },
  { phrase: 'through', example: 'through 2026' },
  { phrase: 'throughout', example: 'throughout 2023' },
  { phrase: 'between', example: 'between 2021 and 2025' },
  { phrase: 'of', example: 'in the first half of 2024' },
  { phrase: 'early', example: 'in early 2024' },
  { phrase: 'late', example: 'in late 2023' },
  { phrase: 'mid', example: 'by mid 2026' },
  { phrase: 'mid-', example: 'by mid-2026' },
  { phrase: 'early-', example: 'early-2025 figures' },
  { phrase: 'late-', example: 'a late-2024 deal' },
  { phrase: 'year', example: 'the year 2024 saw' },
  // "the", "its", "their" and "of" also come before counts: a plural noun after the number makes it one (year-rule)
  { phrase: 'the', example: 'The 2024 summit in Beijing pledged' },
  { phrase: 'its', example: 'in its 2023 report' },
  { phrase: 'their', example: 'their 2022 agreement' },
  { phrase: 'Q1', example: 'revenue in Q1 2025' },
  { phrase: 'Q2', example: 'Q2 2025 figures' },
  { phrase: 'Q3', example: 'Q3 2024 growth' },
  { phrase: 'Q4', example: 'Q4 2024 growth' },
  { phrase: 'H1', example: 'H1 2025 trade' },
  { phrase: 'H2', example: 'H2 2024 trade' },
  { phrase: 'fiscal', example: 'revenue in fiscal 2024' },
  { phrase: 'FY', example: 'revenue in FY 2024' },
  { phrase: 'end-', example: 'reserves at end-2024' },
  { phrase: 'spring', example: 'in spring 2025' },
  { phrase: 'summer', example: 'the summer 2025 session' },
  { phrase: 'autumn', example: 'autumn 2024' },
  { phrase: 'fall', example: 'fall 2024' },
  { phrase: 'winter', example: 'winter 2025' },
];

/** Words before "of" that make the "of" a count ("a total of 2024 participants"), not a date. */
export const COUNTING_BEFORE_OF: readonly string[] = [
  'total', 'number', 'sum', 'group', 'team', 'crowd', 'set', 'list', 'series', 'batch', 'maximum',
  'minimum', 'average', 'out', 'one', 'some', 'many', 'each', 'most', 'all', 'both', 'none', 'any',
  'consisting', 'comprising', 'made up', 'population', 'delegation', 'fleet', 'staff',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORDS = DATE_CONTEXTS.filter((r) => !r.phrase.endsWith('-')).map((r) => escape(r.phrase));
const HYPHENED = DATE_CONTEXTS.filter((r) => r.phrase.endsWith('-')).map((r) => escape(r.phrase));

/**
 * Matches at the end of the text before a candidate: a context word, an optional "the", then
 * spaces (or a hyphened context such as "mid-" directly).
 */
export const DATE_CONTEXT_BEFORE = new RegExp(
  `(?:^|[^${LETTER_CLASS}0-9'])(?:(${WORDS.join('|')})(?:\\s+the)?\\s+|(${HYPHENED.join('|')}))$`,
  'i',
);

/** Matches at the end of the text before "of": a counting word. */
export const COUNTING_OF_BEFORE = new RegExp(
  `(?:^|[^${LETTER_CLASS}])(?:${COUNTING_BEFORE_OF.map(escape).join('|')})\\s+of(?:\\s+the)?\\s+$`,
  'i',
);

const WORD_CHAR = /[\p{L}\p{N}']/u;

/** How far back (code units) a context is looked for. */
export const CONTEXT_WINDOW = 40;

/**
 * The date context (lower-cased phrase) right before `start` in `text`, or null.
 *
 * @example dateContextBefore('In 2020, China', 3) // 'in'
 */
export function dateContextBefore(text: string, start: number): string | null {
  const windowStart = Math.max(0, start - CONTEXT_WINDOW);
  const before = text.slice(windowStart, start);
  const m = DATE_CONTEXT_BEFORE.exec(before);
  if (m === null) return null;
  // `^` may have matched where the window cut a word ("with|in 2020"): look at the real text.
  if (m.index === 0 && windowStart > 0 && WORD_CHAR.test(text.charAt(windowStart - 1))) {
    const first = before.charAt(0);
    if (WORD_CHAR.test(first)) return null;
  }
  const phrase = (m[1] ?? m[2] ?? '').toLowerCase();
  if (phrase === 'of' && COUNTING_OF_BEFORE.test(before)) return null;
  return phrase;
}

/** True when a bare year or month at `start` follows a date context ("in", "since", "mid-"…). */
export function hasDateContext(text: string, start: number): boolean {
  return dateContextBefore(text, start) !== null;
}
