import { parseIsoDay, type Day } from '../iso-date.js';
import { chunkRanges } from '../text/chunks.js';
import { sameLengthNormalise } from '../text/same-length-normalise.js';
import type { FoundDate } from '../types.js';
import { bareWeekdayMention, chronoMention, writtenDayMention } from './chrono-mentions.js';
import { dateParser } from './chrono-instance.js';
import type { WindowedParsingOption } from './chrono-windowed-parser.js';
import { chronoPlan, type ChronoPlan } from './chrono-windows.js';
import { scanDateWords } from './date-word-scan.js';
import { findDayPairs } from './day-pair-rule.js';
import { findModifiedMonths } from './month-modifier-rule.js';
import { findWeeks } from './week-rule.js';
import { writtenDay } from './written-day.js';
import { findBareYears } from './year-rule.js';
import { isRegexWordUnit } from '../text/char-classes.js';

/**
 * Options of {@link extractDates}.
 *
 * @example
 * extractDates('The summit opened on Tuesday.', { referenceDate: '2025-06-18' });
 */
export interface ExtractDatesOptions {
  /**
   * `YYYY-MM-DD` the text speaks from (its document date). Relative mentions ("on Tuesday",
   * "last year", a year-less "July 4") resolve against it; without it their value is null.
   */
  readonly referenceDate?: string | null;
  /** Bare years ("in 2020") outside [minYear, maxYear] are not dates. Default 1900. */
  readonly minYear?: number;
  /** Default 2100. */
  readonly maxYear?: number;
}

/** chrono reads the text in pieces of at most this many code units (see {@link chunkRanges}). */
const CHRONO_CHUNK = 4000;

/** Where chrono stands when there is no reference date; relative values are then discarded. */
const PLACEHOLDER_REFERENCE: Day = { year: 2000, month: 1, day: 1 };

/**
 * Finds date mentions in a plain string. Spans are offsets into `text`; values are IsoDates at the
 * precision the text gives ("in 2020" → `2020`, "in June 2024" → `2024-06`, "June 18, 2025" →
 * `2025-06-18`). One chrono pass (the package's own configuration) plus rules for what chrono
 * misses (bare years after "in"/"since"/…, "June 15 and 16").
 *
 * @example
 * extractDates('Leaders met on Tuesday in Astana.', { referenceDate: '2025-06-18' })
 * // [{ start: 15, end: 22, text: 'Tuesday', value: '2025-06-17', endValue: null, precision: 'day',
 * //    relative: true, provenance: { rule: 'dates/weekday-on-or-before', confidence: 0.8 } }]
 */
export function extractDates(text: string, options: ExtractDatesOptions = {}): FoundDate[] {
  return extractDatesWith(text, options, chronoPlan);
}

/**
 * {@link extractDates} with the given planner of chrono's reading (chronoPlan; the tests give the
 * slow path, every cue word read by chrono, and compare).
 */
export function extractDatesWith(
  text: string,
  options: ExtractDatesOptions,
  plan: (chunk: string, cueWords?: readonly number[], offset?: number) => ChronoPlan,
): FoundDate[] {
  if (text.trim().length === 0) return [];
  // One pass over the code units finds where each rule may match and what chrono's windows need.
  const scan = scanDateWords(text);
  const norm = scan.special ? sameLengthNormalise(text) : text;
  const ref = parseIsoDay(options.referenceDate);
  const taken = new Uint8Array(text.length);
  const isFree = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i] === 1) return false;
    return true;
  };
  const found: FoundDate[] = [];
  const add = (d: FoundDate): void => {
    if (!isFree(d.start, d.end)) return;
    taken.fill(1, d.start, d.end);
    found.push(d);
  };

  for (const d of findDayPairs(norm, text, ref, scan)) add(d);
  for (const d of findWeeks(norm, text, ref, scan.modifierStarts)) add(d);
  for (const d of findModifiedMonths(norm, text, ref, scan.modifierStarts)) add(d);
  const at = ref ?? PLACEHOLDER_REFERENCE;
  const reference = { instant: new Date(Date.UTC(at.year, at.month - 1, at.day, 12)), timezone: 0 };
  for (const [start, end] of chunkRanges(norm, CHRONO_CHUNK)) {
    const chunk = norm.slice(start, end);
    // chrono reads only the windows that may hold a date (chrono-windows.ts), with the same results.
    // A cut inside a word (a piece with no space to cut at) would split one of the scan's words.
    const clean = cutBetweenWords(norm, start) && cutBetweenWords(norm, end);
    const { windows, weekdays, days } = clean ? plan(chunk, scan.cueWords, start) : plan(chunk);
    for (let k = 0; k < weekdays.length; k += 3) {
      add(bareWeekdayMention(text, ref, start + (weekdays[k] ?? 0), start + (weekdays[k + 1] ?? 0), weekdays[k + 2] ?? 0));
    }
    for (let k = 0; k < days.length; k += 2) {
      const [from, to] = [start + (days[k] ?? 0), start + (days[k + 1] ?? 0)];
      const value = writtenDay(norm.slice(from, to));
      if (value !== null) add(writtenDayMention(text, from, to, value));
    }
    if (windows.every((w) => w.length === 0)) continue;
    const option: WindowedParsingOption = { windows };
    for (const r of dateParser().parse(chunk, reference, option)) {
      const d = chronoMention(r, text, ref, start);
      if (d !== null) add(d);
    }
  }
  const years = findBareYears(norm, text, isFree, {
    minYear: options.minYear ?? 1900,
    maxYear: options.maxYear ?? 2100,
  }, scan.digitStarts);
  for (const d of years) add(d);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when no word of `text` runs across offset `at`. */
function cutBetweenWords(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !isRegexWordUnit(text.charCodeAt(at - 1)) || !isRegexWordUnit(text.charCodeAt(at));
}
