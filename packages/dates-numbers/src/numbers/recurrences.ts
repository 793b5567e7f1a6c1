import { WORD_NUMBER_SOURCE } from './number-words.js';

/**
 * How often something recurs, in years, as data: "every two years" → 2, "annual" → 1,
 * "biennial" → 2, "every six months" → 0.5. `every` is a fixed number of years, or `n-years` /
 * `n-months` for rows whose pattern holds the count (written `{N}`: digits or a number word).
 * Each row's example is run by a test.
 */
export interface RecurrenceRow {
  readonly id: string;
  /** Regex source, matched case-insensitively from a word boundary; no groups except `{N}`. */
  readonly source: string;
  readonly every: number | 'n-years' | 'n-months';
  readonly example: readonly [text: string, span: string, everyYears: number];
}

/**
 * Phrases that say how often something recurs ("every two years", "annual") and the period in years. Each row's `example` is run by a test.
 *
 * @example
 * RECURRENCES.find((r) => r.id === 'biennial')?.example; // ['a biennial forum', 'biennial', 2]
 */
export const RECURRENCES: readonly RecurrenceRow[] = [
  { id: 'every-n-years', source: 'every\\s+{N}\\s+years', every: 'n-years', example: ['held every two years', 'every two years', 2] },
  { id: 'every-other-year', source: 'every\\s+(?:other|second)\\s+year', every: 2, example: ['meets every other year', 'every other year', 2] },
  { id: 'every-year', source: 'every\\s+year|each\\s+year|once\\s+a\\s+year|once\\s+every\\s+year', every: 1, example: ['held every year', 'every year', 1] },
  { id: 'every-n-months', source: 'every\\s+{N}\\s+months', every: 'n-months', example: ['every six months', 'every six months', 0.5] },
  { id: 'twice-a-year', source: 'twice\\s+a\\s+year|semi-?annual(?:ly)?', every: 0.5, example: ['meets twice a year', 'twice a year', 0.5] },
  { id: 'annual', source: 'annual(?:ly)?|yearly', every: 1, example: ['the annual summit', 'annual', 1] },
  { id: 'biennial', source: 'biennial(?:ly)?', every: 2, example: ['a biennial forum', 'biennial', 2] },
  { id: 'triennial', source: 'triennial(?:ly)?', every: 3, example: ['the triennial congress', 'triennial', 3] },
  { id: 'quadrennial', source: 'quadrennial(?:ly)?', every: 4, example: ['a quadrennial review', 'quadrennial', 4] },
  { id: 'quarterly', source: 'quarterly', every: 0.25, example: ['quarterly meetings', 'quarterly', 0.25] },
  { id: 'monthly', source: 'monthly|every\\s+month', every: 1 / 12, example: ['monthly talks', 'monthly', 1 / 12] },
];

/** The count a `{N}` stands for. */
export const COUNT_SOURCE = `\\d{1,3}|${WORD_NUMBER_SOURCE}`;
