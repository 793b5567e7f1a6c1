import type { ParsingResult } from 'chrono-node';
import { hasDateContext } from './date-contexts.js';

/**
 * Results of chrono that are not dates in press copy, as data: each row says why, gives texts it
 * must reject and texts it must keep, and a test runs them all. The rows run as one chrono refiner
 * after chrono's own refiners.
 */
export interface ChronoFilterRow {
  readonly id: string;
  readonly why: string;
  readonly rejects: readonly string[];
  readonly keeps: readonly string[];
  /** `tags` is `result.tags()`, read once for all rows (chrono copies the set on every call). */
  reject(result: ParsingResult, text: string, tags: ReadonlySet<string>): boolean;
}

const FULL_WEEKDAY = /^(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i;
const WEEKDAY_WORD = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thur?s?|fri|sat)\b/i;
const WEEKDAY_MODIFIER = /^[\s,(]*(?:on|last|next|this|past)\b/i;
const FIGURATIVE_BEFORE = /\b(?:for|of)\s+$/i;

/**
 * "for" or "of" stands right before `index` (within the 12 code units before it): a day word
 * there is a figure of speech ("a foundation for tomorrow").
 *
 * @example followsFigurativeCue('a foundation for tomorrow', 17) // true
 */
export function followsFigurativeCue(text: string, index: number): boolean {
  return FIGURATIVE_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

const isWeekdayOnly = (r: ParsingResult): boolean =>
  r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month') && !r.start.isCertain('year');

const isMonthOnly = (r: ParsingResult): boolean =>
  r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year');

export const CHRONO_FILTERS: readonly ChronoFilterRow[] = [
  {
    id: 'weekday-abbreviation',
    why: 'abbreviated weekdays are name parts or verbs ("Sun Hao said", "they sat"): keep them only capitalised and after on/last/next/this',
    rejects: ['Sun Hao said', 'Sun Yat-sen', 'They sat down', 'the sun rose', 'Wed Smith'],
    keeps: ['on Wed.', 'on Tuesday', 'Tuesday'],
    reject(r) {
      if (!isWeekdayOnly(r)) return false;
      const word = WEEKDAY_WORD.exec(r.text)?.[1];
      if (word === undefined || FULL_WEEKDAY.test(word)) return false;
      const capitalised = word.charAt(0) === word.charAt(0).toUpperCase();
      return !capitalised || !WEEKDAY_MODIFIER.test(r.text);
    },
  },
  {
    id: 'slash-without-year',
    why: '"24/7", "9/11" and "1/3" are not dates; a slash date needs its year',
    rejects: ['24/7 service', 'after 9/11', 'about 1/3 of trade'],
    keeps: ['on 6/18/2025'],
    reject: (r, _text, tags) => tags.has('parser/SlashDateFormatParser') && !r.start.isCertain('year'),
  },
  {
    id: 'now',
    why: '"now" is the present of the sentence, not a date',
    rejects: ['China is now the top partner'],
    keeps: [],
    reject: (_r, _text, tags) => tags.has('casualReference/now'),
  },
  {
    id: 'figurative-today',
    why: '"a foundation for tomorrow", "the leaders of today" are figures of speech',
    rejects: ['a milestone for today and a foundation for tomorrow', 'the world of tomorrow'],
    keeps: ['Today, the leaders signed', 'talks will end tomorrow'],
    reject: (r, text) => /^(?:today|tomorrow|yesterday)$/i.test(r.text) && followsFigurativeCue(text, r.index),
  },
  {
    id: 'week',
    why: 'a week is not a day: "last/this/next week" is read by week-rule.ts as a month or a day range; chrono\'s weeks and weekends are dropped',
    rejects: ['last week', 'this week', 'next weekend'],
    keeps: [],
    reject: (r) => /\bweek(?:end|day)?s?\b/i.test(r.text),
  },
  {
    id: 'narrative-relative',
    why: '"the year before" counts from the narrative, not from the document date',
    rejects: ['the year before', 'the day before', 'a year earlier'],
    keeps: ['three years ago'],
    reject: (r) => /\b(?:before|after|later|earlier)$/i.test(r.text),
  },
  {
    id: 'bare-month',
    why: 'a month name alone may be a person ("June Smith"); keep it after in/since/early/mid-/…',
    rejects: ['June Smith said', 'March for peace'],
    keeps: ['in June', 'since March', 'mid-June', 'in June 2024', 'June-July 2025'],
    reject: (r, text) => isMonthOnly(r) && !r.end && !hasDateContext(text, r.index),
  },
];

/** The filter rows as one chrono refiner. */
export const filterRefiner = {
  refine: (context: { readonly text: string }, results: ParsingResult[]): ParsingResult[] =>
    results.filter((r) => {
      const tags = r.tags();
      return !CHRONO_FILTERS.some((f) => f.reject(r, context.text, tags));
    }),
};
