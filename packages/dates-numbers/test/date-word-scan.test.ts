import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoWindows } from '../src/dates/chrono-windows.js';
import { DIGIT_ROW_FLAG, scanDateWords } from '../src/dates/date-word-scan.js';
import { findDayPairs } from '../src/dates/day-pair-rule.js';
import { findModifiedMonths } from '../src/dates/month-modifier-rule.js';
import { findWeeks } from '../src/dates/week-rule.js';
import { findBareYears } from '../src/dates/year-rule.js';
import { chunkRanges } from '../src/text/chunks.js';
import { sameLengthNormalise } from '../src/text/same-length-normalise.js';
import { GOLDEN } from './helpers.js';

const tune = new URL('../../../fixtures/tune/', import.meta.url);
const RELEASES = [GOLDEN, ...readdirSync(tune).map((name) => readFileSync(new URL(`${name}/input.txt`, tune), 'utf8'))];

describe('scanDateWords', () => {
  it('finds the starts of month words, modifiers and digit words, in any case and only whole', () => {
    const text = 'Next JUNE, on 5 june and sept. 2025; this coming July; Junes, mayor, 2nd G20 x_2 _5 lastweek';
    const scan = scanDateWords(text);
    const at = (starts: readonly number[]) => starts.map((s) => text.slice(s, s + 6));
    expect(at(scan.monthStarts)).toEqual(['JUNE, ', 'june a', 'sept. ', 'July; ']);
    expect(at(scan.modifierStarts)).toEqual(['Next J', 'this c', 'coming']);
    expect(at(scan.digitStarts)).toEqual(['5 june', '2025; ', '2nd G2']);
    expect(scan.special).toBe(false);
  });

  it('gives each word with a cue its rows, and the digit flag to each word with a digit', () => {
    const text = 'Leaders met onMonday, 5june, G20 and decided.';
    const words: [string, number][] = [];
    const { cueWords } = scanDateWords(text);
    for (let k = 0; k < cueWords.length; k += 3) words.push([text.slice(cueWords[k], cueWords[k + 1]), cueWords[k + 2] ?? 0]);
    // Rows: 0 digits, 1 month-name, 2 weekday; "decided" holds "dec" (a boundary word, left to chronoWindows).
    expect(words).toEqual([
      ['onMonday', 1 << 2],
      ['5june', DIGIT_ROW_FLAG | (1 << 1)],
      ['G20', DIGIT_ROW_FLAG],
      ['decided', 1 << 1],
    ]);
  });

  it('says when the text holds a code unit sameLengthNormalise replaces', () => {
    expect(scanDateWords('June 15\u201317').special).toBe(true);
    expect(scanDateWords('Xi\u2019an').special).toBe(true);
    expect(scanDateWords('caf\u00e9 \u4e2d\u56fd, June 15-17').special).toBe(false);
    expect(scanDateWords('').special).toBe(false);
  });
});

/** Words the rules read, glued forms, words they must not read; and separators. */
const WORDS = [
  'June', 'june', 'JUNE', 'Jun.', 'Sept.', 'Sept', 'Sep', 'May', 'may', 'March', 'December', 'Junes', 'mayor',
  'next', 'Next', 'last', 'past', 'this', 'This', 'coming', 'week', 'weeks', 'weekend', 'lastweek', 'nextJuly',
  'in', 'In', 'since', 'the', 'of', 'total', 'by', 'mid-', 'from', 'to', 'through', 'between', 'and', '&', 'or',
  'on', 'delegates', 'participants', 'summit', 'x_y', '_5', 'G20', '$', '#', '15', '16', '1st', '2nd', '15th',
  '2', '31', '2013', '2017', '2025', '2000', '1899', '2101', '21', '25', '2021-25', '2024.5', '2,000', '12:30',
  '\u00e9', 'caf\u00e9', '\u4e2d\u56fd',
];
const SEPARATORS = [' ', ' ', ' ', ' ', '', '  ', '\u00a0', '\n', ',', ', ', '.', '. ', '-', '\u2013', '/', '(', ')', ':', "'", '\u2019', ';'];
const soup = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const REF = { year: 2025, month: 6, day: 18 };
const YEARS = { minYear: 1900, maxYear: 2100 };

/** Each rule tried only at the scan's starts finds what its pattern finds scanning all the text. */
function rulesAgree(input: string): void {
  const text = sameLengthNormalise(input);
  const scan = scanDateWords(input);
  const free = () => true;
  expect(findDayPairs(text, input, REF, scan)).toEqual(findDayPairs(text, input, REF));
  expect(findWeeks(text, input, REF, scan.modifierStarts)).toEqual(findWeeks(text, input, REF));
  expect(findModifiedMonths(text, input, REF, scan.modifierStarts)).toEqual(findModifiedMonths(text, input, REF));
  expect(findBareYears(text, input, free, YEARS, scan.digitStarts)).toEqual(findBareYears(text, input, free, YEARS));
}

describe('the date rules at the scan\'s starts (property)', () => {
  it('find what a scan of all the text finds, on every tuning release', () => {
    expect(RELEASES.length).toBeGreaterThan(20);
    for (const release of RELEASES) rulesAgree(release);
  });

  it('find what a scan of all the text finds, on generated texts', () => {
    fc.assert(fc.property(soup, (text) => rulesAgree(text)), { numRuns: 3000 });
  });

  it('find their examples at all (the property above is not vacuous)', () => {
    const text = 'They met last week and will meet next October, on June 15 and 16, 2025, on 15 and 16 July, since 2013.';
    const scan = scanDateWords(text);
    expect(findWeeks(text, text, REF, scan.modifierStarts).map((d) => d.text)).toEqual(['last week']);
    expect(findModifiedMonths(text, text, REF, scan.modifierStarts).map((d) => d.text)).toEqual(['next October']);
    expect(findDayPairs(text, text, REF, scan).map((d) => d.text)).toEqual(['June 15 and 16, 2025', '15 and 16 July']);
    expect(findBareYears(text, text, () => true, YEARS, scan.digitStarts).map((d) => d.text)).toEqual(['2013']);
  });
});

describe('chronoWindows from a scan of the whole text', () => {
  it('are the windows of each piece scanned alone, when the pieces are cut between words', () => {
    for (const release of RELEASES) {
      const { cueWords } = scanDateWords(release);
      for (const [start, end] of chunkRanges(release, 1500)) {
        const chunk = release.slice(start, end);
        expect(chronoWindows(chunk, cueWords, start)).toEqual(chronoWindows(chunk));
      }
    }
  });
});
