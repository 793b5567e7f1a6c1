import { CHRONO_CUES, CHRONO_WORDS } from './chrono-cues.js';
import { LONE_WORDS, timezoneAfter, type LoneWordRow } from './chrono-lone-words.js';
import { buildAutomaton } from '../text/letter-automaton.js';
import { DIGIT_ROW_FLAG, scanDateWords } from './date-word-scan.js';
import { writtenDay } from './written-day.js';
import { isAsciiLetter, isRegexWordUnit } from '../text/char-classes.js';

/**
 * Where in a text each row of {@link CHRONO_CUES} lets its parsers look: per row, flat
 * `[start, end, start, end, …]` windows in ascending order.
 */
export type ChronoWindows = readonly (readonly number[])[];

/*
 * Why chrono reads the same in the windows as in the whole text. A "word" here is a maximal run of
 * regex `\w` code units ([A-Za-z0-9_]), as in chrono's `(\W|^)` boundaries. A boundary word is a
 * word of letters only that is no concatenation of CHRONO_WORDS.
 * (1) No match of an enabled parser touches a boundary word: every letter run inside a match is
 *     made of CHRONO_WORDS; a match ends before a non-word code unit (its patterns end in
 *     `(?=\W|$)`-like lookaheads, or in digits); it begins after a non-word code unit, or where
 *     chrono restarts its search, which lies inside a word only after a match in that word.
 * (2) So a window that begins at the first letter of a boundary word gives the same matches from
 *     there on as the whole text (a match may not begin inside the word, whether `^` is allowed
 *     there or not), and one that ends after the last letter of a boundary word lets every
 *     lookahead read what it reads in the whole text: the letters a lookahead reads are
 *     CHRONO_WORDS too ("am", "o clock"), so one that read all of a word and went on past it would
 *     have read a word that is no boundary word.
 * (3) Every match holds a cue of its parser's row inside a word that is not a boundary word; each
 *     such word lies in a window of that row, from the boundary word before it to the one after.
 */

/**
 * What chrono must read of a text: its windows; and what is read without it, written alone between
 * boundary words: weekdays ("gathered on Tuesday in Astana"), flat `[start, end, weekday, …]`
 * (weekday 0 = Sunday), and full dates that writtenDay reads ("BEIJING, June 18, 2025 (GLOBE"),
 * flat `[start, end, …]`.
 */
export interface ChronoPlan {
  readonly windows: ChronoWindows;
  readonly weekdays: readonly number[];
  readonly days: readonly number[];
}

/** chrono's full weekday names, by number. */
const FULL_WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((name, i) => [name, i]),
);
const WEEKDAY_ROW = 1 << CHRONO_CUES.findIndex((row) => row.id === 'weekday');

/** Windows closer than this are read as one: fewer regex calls, and no text skipped is cheaper. */
const JOIN_GAP = 48;
/** Longer letter runs are neither checked nor boundaries (the check below holds 31 bits). */
const MAX_WORD = 31;

const WORDS = buildAutomaton(CHRONO_WORDS.map((w) => [w, 1]), false);
const DIGIT_ROWS = CHRONO_CUES.reduce((bits, row, i) => (row.cues.includes('0') ? bits | (1 << i) : bits), 0);
/** Per cue row bit, the LONE_WORDS rows of that cue row. */
const LONE_BY_ROW = new Map<number, LoneWordRow[]>();
for (const lone of LONE_WORDS) {
  const bit = 1 << CHRONO_CUES.findIndex((row) => row.id === lone.cueRow);
  LONE_BY_ROW.set(bit, [...(LONE_BY_ROW.get(bit) ?? []), lone]);
}

/** True when text[start, end) (letters only, at most MAX_WORD) is CHRONO_WORDS glued together. */
function isChronoWords(text: string, start: number, end: number): boolean {
  const n = end - start;
  let reach = 1; // bit i: text[start, start + i) is made of words
  for (let i = 0; i < n; i++) {
    if ((reach & (1 << i)) === 0) continue;
    let node = 0;
    for (let j = start + i; j < end; j++) {
      node = WORDS.next[node * 26 + ((text.charCodeAt(j) | 0x20) - 97)] ?? -1; // a letter, either case
      if (node < 0) break;
      if (WORDS.out[node] !== 0) reach |= 1 << (j - start + 1);
    }
  }
  return (reach & (1 << n)) !== 0;
}

/** A word no match can touch (see above): letters only, not made of CHRONO_WORDS. */
function isBoundaryWord(text: string, start: number, end: number): boolean {
  if (end - start > MAX_WORD) return false;
  for (let i = start; i < end; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return !isChronoWords(text, start, end);
}

/** The cue rows whose parsers must read the word text[start, end) with scanDateWords' `cues`; 0 for a boundary word. */
function cueRows(text: string, start: number, end: number, cues: number): number {
  const digits = (cues & DIGIT_ROW_FLAG) !== 0;
  // A word of letters made of no chrono words holds no match, whatever cue it holds ("decided").
  return !digits && isBoundaryWord(text, start, end) ? 0 : (digits ? DIGIT_ROWS : 0) | (cues & ~DIGIT_ROW_FLAG);
}

/** True when a word of `cueWords` from index `k` on that is no boundary word begins before `to`. */
function cueWordBefore(text: string, cueWords: readonly number[], k: number, offset: number, to: number): boolean {
  for (let j = k; j < cueWords.length && (cueWords[j] ?? 0) - offset < to; j += 3) {
    if (cueRows(text, (cueWords[j] ?? 0) - offset, (cueWords[j + 1] ?? 0) - offset, cueWords[j + 2] ?? 0) !== 0) return true;
  }
  return false;
}

/** The index in flat `[start, end, rows, …]` cueWords of the first word that starts at or after `offset`. */
function firstWordFrom(cueWords: readonly number[], offset: number): number {
  let lo = 0;
  let hi = cueWords.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cueWords[mid * 3] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo * 3;
}

/** True when the word that ends last before `at` is a boundary word, or there is none. */
function followsBoundaryWord(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && !isRegexWordUnit(text.charCodeAt(end - 1))) end--;
  if (end === 0) return true;
  let start = end - 1;
  while (start > 0 && isRegexWordUnit(text.charCodeAt(start - 1))) start--;
  return isBoundaryWord(text, start, end);
}

/** True when the word that begins first at or after `at` is a boundary word, or there is none. */
function precedesBoundaryWord(text: string, at: number): boolean {
  let start = at;
  while (start < text.length && !isRegexWordUnit(text.charCodeAt(start))) start++;
  if (start === text.length) return true;
  let end = start + 1;
  while (end < text.length && isRegexWordUnit(text.charCodeAt(end))) end++;
  return isBoundaryWord(text, start, end);
}

/**
 * True when the boundary word at `from` has 2-4 letters and follows a word that may end a result:
 * chrono's time zone refiners may then lengthen that result over it ("June 8 EST").
 */
function zoneAt(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && isRegexWordUnit(text.charCodeAt(end))) end++;
  return end - from >= 2 && end - from <= 4 && !followsBoundaryWord(text, from);
}

/**
 * The windows of `text` each cue row's parsers need to read (see the proof above), joined when
 * they nearly touch: for each word with a cue that is no boundary word, from the boundary word
 * before it to the one after it; none for a word alone there whose result the filters reject
 * (chrono-lone-words.ts). `cueWords` are those of scanDateWords, of `text` or of a longer
 * text that `text` is cut from at `offset` (cut between words).
 *
 * @example chronoWindows('The leaders met on Tuesday in Astana.')[2] // [12, 37]: "met on Tuesday in Astana."
 */
export function chronoWindows(text: string, cueWords: readonly number[] = scanDateWords(text).cueWords, offset = 0): ChronoWindows {
  return chronoPlan(text, cueWords, offset, { readsLoneDates: false }).windows;
}

/** Options of {@link chronoPlan}: both default to true; the tests turn them off for the slow path. */
export interface ChronoPlanOptions {
  /** Leave out the lone words whose results the filters reject (LONE_WORDS). */
  readonly dropsRejected?: boolean;
  /** Read the weekdays and full dates written alone without chrono (no window for them). */
  readonly readsLoneDates?: boolean;
}

/**
 * {@link chronoWindows}, and the weekdays and full dates written alone that need no window:
 * chrono's result there is the weekday or the date and nothing else (see chrono-lone-words.ts),
 * which `bareWeekdayMention` and `writtenDayMention` read.
 */
export function chronoPlan(
  text: string,
  cueWords: readonly number[] = scanDateWords(text).cueWords,
  offset = 0,
  options: ChronoPlanOptions = {},
): ChronoPlan {
  const windows: number[][] = CHRONO_CUES.map(() => []);
  const weekdays: number[] = [];
  const days: number[] = [];
  const dropsRejected = options.dropsRejected !== false;
  const readsLoneDates = options.readsLoneDates !== false;
  // The searches for boundary words never go back: the last word placed and the boundary words
  // found around it answer for the next word until it passes them.
  let placedStart = -1;
  let placedBefore = 0;
  let afterStart = -1;
  let afterEnd = text.length;
  const boundaryBefore = (at: number): number => {
    let i = at;
    while (i > placedStart) {
      let end = i;
      while (end > 0 && !isRegexWordUnit(text.charCodeAt(end - 1))) end--;
      if (end === 0) return 0;
      let start = end - 1;
      while (start > 0 && isRegexWordUnit(text.charCodeAt(start - 1))) start--;
      if (isBoundaryWord(text, start, end)) return start;
      i = start;
    }
    return placedBefore;
  };
  const boundaryAfter = (at: number): number => {
    if (at <= afterStart) return afterEnd;
    let i = at;
    for (;;) {
      let start = i;
      while (start < text.length && !isRegexWordUnit(text.charCodeAt(start))) start++;
      let end = start;
      while (end < text.length && isRegexWordUnit(text.charCodeAt(end))) end++;
      if (start === end || isBoundaryWord(text, start, end)) {
        afterStart = start;
        afterEnd = end;
        return end;
      }
      i = end;
    }
  };

  // The end of the last word with a cue that is no boundary word: a lone word's window holds none.
  let lastCueEnd = -1;
  for (let k = firstWordFrom(cueWords, offset); k < cueWords.length; k += 3) {
    const start = (cueWords[k] ?? 0) - offset;
    const end = (cueWords[k + 1] ?? 0) - offset;
    if (end > text.length) break;
    const rows = cueRows(text, start, end, cueWords[k + 2] ?? 0);
    if (rows === 0) continue;
    const from = boundaryBefore(start);
    const to = boundaryAfter(end);
    placedStart = start;
    placedBefore = from;
    const lone = LONE_BY_ROW.get(rows);
    const previousEnd = lastCueEnd;
    lastCueEnd = end;
    // A full date of three words alone between boundary words, no time zone next to it.
    const dayEnd = readsLoneDates ? (cueWords[k + 7] ?? 0) - offset : -1;
    if (
      dayEnd > end &&
      dayEnd <= text.length &&
      // First the date's own shape, which most words fail at once.
      writtenDay(text.slice(start, dayEnd)) !== null &&
      followsBoundaryWord(text, start) &&
      precedesBoundaryWord(text, dayEnd) &&
      !zoneAt(text, from) &&
      !timezoneAfter(text, dayEnd, true)
    ) {
      days.push(start, dayEnd);
      lastCueEnd = dayEnd;
      k += 6;
      continue;
    }
    if (lone !== undefined && previousEnd <= from && !cueWordBefore(text, cueWords, k + 3, offset, to) && !zoneAt(text, from)) {
      const lower = text.slice(start, end).toLowerCase();
      const afterBoundary = (): boolean => followsBoundaryWord(text, start);
      const drop = (row: LoneWordRow): boolean => row.drops(lower, text, start, end, afterBoundary) && !timezoneAfter(text, end, row.dateOnly);
      if (dropsRejected && lone.some(drop)) continue;
      const weekday = readsLoneDates && rows === WEEKDAY_ROW ? FULL_WEEKDAYS.get(lower) : undefined;
      // A weekday result holds a date only: a time zone after it counts in capitals.
      if (weekday !== undefined && !timezoneAfter(text, end, true)) {
        weekdays.push(start, end, weekday);
        continue;
      }
    }
    for (let row = 0; row < windows.length; row++) {
      if ((rows & (1 << row)) === 0) continue;
      const list = windows[row] ?? [];
      const last = list.length - 1;
      if (last > 0 && (list[last] ?? 0) + JOIN_GAP >= from) list[last] = Math.max(list[last] ?? 0, to);
      else list.push(from, to);
    }
  }
  return { windows, weekdays, days };
}
