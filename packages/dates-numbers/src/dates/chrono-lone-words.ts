import { followsFigurativeCue } from './chrono-filters.js';

/**
 * Cue words whose chrono result the filter refiner always rejects when the word stands alone in
 * its window, as data: chrono's parsers need not read them ("Minister Sun Haoran", "China is now",
 * "a foundation for tomorrow"). A word stands alone when no other word between the boundary words
 * around it (chrono-windows.ts) holds a cue of any row, and no time zone may be read next to it
 * (chrono's refiners lengthen a result over a time zone written after it, across a boundary word). Then the word's result, if chrono finds
 * one, is the word itself (with at most "on" and punctuation), no other result overlaps it, and
 * none merges with it: every refiner that merges two results needs the text between them to be
 * connectors ("to", "at", ",", …), which a boundary word never is. Each row names the
 * CHRONO_FILTERS row that rejects the result; its examples are run by a test, and the window
 * property tests compare chrono's results with and without the words dropped. For the same
 * reason a full weekday name written alone ("gathered on Tuesday in Astana") is read without
 * chrono (chrono-windows.ts, bareWeekdayMention; a property test compares extractDates both ways).
 */
export interface LoneWordRow {
  /** The CHRONO_FILTERS row that rejects the word's result. */
  readonly filter: string;
  /** The CHRONO_CUES row whose parser would read the word. */
  readonly cueRow: 'weekday' | 'casual-day';
  /** chrono's result holds a date only (no time of day): a time zone word must then be in capitals. */
  readonly dateOnly: boolean;
  readonly why: string;
  /** Texts whose lone word this row drops. */
  readonly examples: readonly string[];
  /**
   * `lower` is text[start, end) lower-cased, the lone word; `afterBoundary()` is true when no word
   * stands between the word and the boundary word before it (so no "on" either).
   */
  drops(lower: string, text: string, start: number, end: number, afterBoundary: () => boolean): boolean;
}

/** chrono's weekday abbreviations (WEEKDAY_DICTIONARY without the full names). */
const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['sun', 'mon', 'tue', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat']);

export const LONE_WORDS: readonly LoneWordRow[] = [
  {
    filter: 'weekday-abbreviation',
    cueRow: 'weekday',
    dateOnly: true,
    why: 'an abbreviated weekday is kept only capitalised and after on/last/next/this/past, which a lone word lacks unless "on" stands before it',
    examples: ['Deputy Minister Sun Haoran said', 'They sat down.', 'Foreign Minister Wed Smith'],
    drops: (lower, text, start, _end, afterBoundary) => {
      if (!WEEKDAY_ABBREVIATIONS.has(lower)) return false;
      const first = text.charAt(start);
      return first !== first.toUpperCase() || afterBoundary();
    },
  },
  {
    filter: 'week',
    cueRow: 'weekday',
    dateOnly: true,
    why: 'chrono\'s "weekend" and "weekday" are dropped whatever stands around them',
    examples: ['Talks continued over the weekend.', 'Markets opened on a weekday.'],
    drops: (lower) => lower === 'weekend' || lower === 'weekday',
  },
  {
    filter: 'now',
    cueRow: 'casual-day',
    dateOnly: false,
    why: '"now" is dropped whatever stands around it (by its tag)',
    examples: ['China is now firmly ahead.'],
    drops: (lower) => lower === 'now',
  },
  {
    filter: 'figurative-today',
    cueRow: 'casual-day',
    dateOnly: true,
    why: 'after "for"/"of" the day word is a figure of speech',
    examples: ['a milestone for today and a foundation for tomorrow', 'the world of tomorrow'],
    drops: (lower, text, start) =>
      (lower === 'today' || lower === 'tomorrow' || lower === 'yesterday') && followsFigurativeCue(text, start),
  },
];

/** After a lone word: the punctuation a result may end with or skip, then a sign or a 2-4 letter word. */
const ZONE_AFTER = /^[\s.,()\uff08\uff09]*(?:([+-])|([A-Za-z]{2,4})(?![A-Za-z0-9_]))/;

/**
 * True when chrono's time zone refiners may lengthen a result that ends at or just after `end`
 * (over "." or "," it may hold): an offset ("+8", "GMT+8") always may (ExtractTimezoneOffsetRefiner);
 * a 2-4 letter word may (ExtractTimezoneAbbrRefiner), for a result of a date only when written in
 * capitals (see chrono-refiner-gates.ts). A lone word with one after it is not dropped.
 *
 * @example timezoneAfter('on Sun EST', 6, true) // true
 */
export function timezoneAfter(text: string, end: number, dateOnly: boolean): boolean {
  const m = ZONE_AFTER.exec(text.substring(end));
  if (m === null) return false;
  const word = m[2];
  if (word === undefined) return true;
  const upper = word.toUpperCase();
  return !dateOnly || word === upper || upper === 'GMT' || upper === 'UTC';
}
