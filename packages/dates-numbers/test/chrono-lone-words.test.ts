import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHRONO_CUES } from '../src/dates/chrono-cues.js';
import { CHRONO_FILTERS } from '../src/dates/chrono-filters.js';
import { createDateParser } from '../src/dates/chrono-instance.js';
import { LONE_WORDS } from '../src/dates/chrono-lone-words.js';
import { chronoPlan, chronoWindows } from '../src/dates/chrono-windows.js';
import { scanDateWords } from '../src/dates/date-word-scan.js';
import { extractDatesWith } from '../src/dates/extract-dates.js';
import { GOLDEN } from './helpers.js';

const tune = new URL('../../../fixtures/tune/', import.meta.url);
const RELEASES = [GOLDEN, ...readdirSync(tune).map((name) => readFileSync(new URL(`${name}/input.txt`, tune), 'utf8'))];

const REF = { instant: new Date(Date.UTC(2025, 5, 18, 12)), timezone: 0 };
const unfiltered = createDateParser({ filters: false });
const filtered = createDateParser();
const texts = (text: string) => filtered.parse(text, REF).map((r) => r.text);

describe('lone cue words (rules as data)', () => {
  it('name a filter row and a cue row that exist', () => {
    const filters = new Set(CHRONO_FILTERS.map((f) => f.id));
    const rows = new Set(CHRONO_CUES.map((r) => r.id));
    for (const row of LONE_WORDS) {
      expect(filters.has(row.filter), row.filter).toBe(true);
      expect(rows.has(row.cueRow), row.cueRow).toBe(true);
    }
  });

  it.each(LONE_WORDS.flatMap((row) => row.examples.map((ex) => [row.filter, ex, row] as const)))(
    '%s: "%s" holds a result that the filters reject, and its word gets no window',
    (_filter, example, row) => {
      expect(unfiltered.parse(example, REF).length, 'chrono reads the word').toBeGreaterThan(0);
      expect(texts(example)).toEqual([]);
      const windows = chronoWindows(example);
      expect(windows[CHRONO_CUES.findIndex((r) => r.id === row.cueRow)]).toEqual([]);
      expect(filtered.parse(example, REF, { windows } as object).map((r) => r.text)).toEqual([]);
    },
  );

  it('keep a window where the word is not alone or its result is kept', () => {
    const weekday = CHRONO_CUES.findIndex((r) => r.id === 'weekday');
    const casual = CHRONO_CUES.findIndex((r) => r.id === 'casual-day');
    // Capitalised after "on": kept by the filter.
    expect(chronoWindows('Talks resume on Sun at the venue.')[weekday]).not.toEqual([]);
    expect(texts('Talks resume on Sun at the venue.')).toEqual(['on Sun']);
    // Next to another cue ("Sun, June 8" merges into one date).
    expect(chronoWindows('Minister Sun, June 8 2025 notes')[weekday]).not.toEqual([]);
    expect(texts('Minister Sun, June 8 2025 notes')).toEqual(['Sun, June 8 2025']);
    // A time zone written after the day word lengthens the result, which the filter then keeps.
    expect(chronoWindows('a foundation for tomorrow EST notes')[casual]).not.toEqual([]);
    expect(texts('a foundation for tomorrow EST notes')).toEqual(['tomorrow EST']);
    // A 2-4 letter word after a word a result may end with may be read as that result's time zone.
    expect(chronoWindows('Talks end June 8 EST sun rose')[weekday]).not.toEqual([]);
    // Not after "for"/"of".
    expect(chronoWindows('Leaders meet today in Astana.')[casual]).not.toEqual([]);
  });
});

describe('extractDates with lone words read without chrono (property)', () => {
  const slow = (chunk: string, cueWords?: readonly number[], offset?: number) =>
    chronoPlan(chunk, cueWords ?? scanDateWords(chunk).cueWords, offset ?? 0, { dropsRejected: false, readsLoneDates: false });
  const TOKENS = [
    'Tuesday', 'tuesday', 'SUNDAY', 'Friday', 'Sun', 'sat', 'Mon', 'Wed', 'weekend', 'now', 'today', 'tomorrow', 'yesterday',
    'for', 'of', 'on', 'On', 'this', 'last', 'next', 'the', 'a', 'and', 'to', 'at', 'in', 'until', 'will', 'met', 'said',
    'is expected to', 'EST', 'est', 'UN', 'GMT+8', '+8', '-5', '(', ')', ',', ', ', '.', '. ', ' ', ' ', '\n', '-', '–',
    'June', 'June 8', 'Dec.', '2025', '18', 'Minister', 'Xi', 'leaders', 'AD', 'am', 'ago', 'years', 'week', 'month', "'s",
    'June 18, 2025', '18 June 2025', 'Sept. 6, 2024', '06 JUN 2025', 'June 31, 2025', 'May 8, 2024', 'BEIJING', '(GLOBE',
    'NEWSWIRE)', 'BC', 'T10:00', '10:30', 'to', '-20', 'the', '2024', 'Tuesday,',
  ];
  const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(''));
  const refs = fc.constantFrom(null, '2025-06-18', '2024-12-30');
  it('finds what the slow path (every word read by chrono) finds', () => {
    fc.assert(
      fc.property(text, refs, (t, referenceDate) => {
        expect(extractDatesWith(t, { referenceDate }, chronoPlan)).toEqual(extractDatesWith(t, { referenceDate }, slow));
      }),
      { numRuns: 4000 },
    );
  });

  it('finds what the slow path finds on every tuning release and the golden one', () => {
    for (const release of RELEASES) {
      expect(extractDatesWith(release, { referenceDate: '2025-06-18' }, chronoPlan)).toEqual(
        extractDatesWith(release, { referenceDate: '2025-06-18' }, slow),
      );
    }
  });

  it('reads a weekday written alone without chrono', () => {
    const plan = chronoPlan('Leaders gathered on Tuesday in Astana.');
    expect(plan.weekdays).toEqual([20, 27, 2]);
    expect(plan.windows.every((w) => w.length === 0)).toBe(true);
    expect(chronoPlan('Leaders met on Tuesday, June 17.').weekdays).toEqual([]);
  });

  it('reads a full date written alone without chrono', () => {
    const plan = chronoPlan('BEIJING, June 18, 2025 (GLOBE NEWSWIRE) -- Leaders met.');
    expect(plan.days).toEqual([9, 22]);
    expect(plan.windows.every((w) => w.length === 0)).toBe(true);
    // "on" before it, a range after it, a time zone after it: chrono reads them.
    expect(chronoPlan('Leaders met on June 18, 2025 in Astana.').days).toEqual([]);
    expect(chronoPlan('BEIJING, June 18, 2025 to June 20 talks').days).toEqual([]);
    expect(chronoPlan('BEIJING, June 18, 2025 EST talks').days).toEqual([]);
  });
});
