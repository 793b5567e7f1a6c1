import { casual } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { extractDates } from '@pressfacts/dates-numbers';
import { CHRONO_FILTERS } from '../src/dates/chrono-filters.js';
import { DROPPED_CHRONO_PARSERS } from '../src/dates/chrono-dropped-parsers.js';
import { createDateParser } from '../src/dates/chrono-instance.js';
import { DATE_CONTEXTS, hasDateContext } from '../src/dates/date-contexts.js';
import { DAY_PAIR_EXAMPLES } from '../src/dates/day-pair-rule.js';
import { TENSE_CUES } from '../src/dates/tense-cues.js';
import { WEEK_EXAMPLES } from '../src/dates/week-rule.js';
import { MONTHS, monthNumber } from '../src/dates/months.js';
import { chunkRanges } from '../src/text/chunks.js';
import { mostRecentWeekday, nextWeekday, parseIsoDay, isoPrecision } from '../src/iso-date.js';

const REF = { instant: new Date(Date.UTC(2025, 5, 18, 12)), timezone: 0 };

describe('the chrono configuration (rules as data)', () => {
  const chronoParserNames = new Set(casual.parsers.map((p) => p.constructor.name));

  it.each(DROPPED_CHRONO_PARSERS.map((r) => [r.name, r] as const))('drops %s', (name, row) => {
    expect(chronoParserNames.has(name)).toBe(true); // renamed upstream? then this row is dead
    expect(casual.parse(row.example, REF).length).toBeGreaterThan(0);
    expect(extractDates(row.example, { referenceDate: '2025-06-18' })).toEqual([]);
  });

  const unfiltered = createDateParser({ filters: false });
  const filtered = createDateParser();
  it.each(CHRONO_FILTERS.map((r) => [r.id, r] as const))('filter %s rejects and keeps its examples', (_id, row) => {
    for (const text of row.rejects) {
      expect(unfiltered.parse(text, REF).length, `chrono alone reads "${text}"`).toBeGreaterThan(0);
      expect(filtered.parse(text, REF), text).toEqual([]);
    }
    for (const text of row.keeps) expect(filtered.parse(text, REF).length, text).toBeGreaterThan(0);
  });

  it('does not change chrono\'s shared casual instance', () => {
    expect(casual.parse('at 10:30 a.m.', REF).length).toBe(1);
  });
});

describe('date contexts (rules as data)', () => {
  it.each(DATE_CONTEXTS.map((r) => [r.phrase, r.example] as const))('%s: %s', (_phrase, example) => {
    const at = example.search(/\d{4}/);
    expect(hasDateContext(example, at)).toBe(true);
    expect(extractDates(example).some((d) => d.start === at && d.value === example.slice(at, at + 4))).toBe(true);
  });

  it('does not take the end of a longer word for a context', () => {
    expect(hasDateContext('x'.repeat(50) + 'within 2020', 57)).toBe(false);
    expect(hasDateContext('x'.repeat(34) + ' within 2020', 42)).toBe(false);
  });
});

describe('day pairs, months, IsoDate helpers', () => {
  it.each(DAY_PAIR_EXAMPLES.map((r) => [...r]))('%s', (text, value, endValue) => {
    expect(extractDates(text).map((d) => [d.text, d.value, d.endValue, d.provenance.rule])).toEqual([
      [text, value, endValue, 'dates/day-pair'],
    ]);
  });

  it('maps every month name', () => {
    for (const row of MONTHS) for (const name of row.names) expect(monthNumber(name)).toBe(row.month);
  });

  it('reads strict IsoDates', () => {
    expect(parseIsoDay('2025-06-18')).toEqual({ year: 2025, month: 6, day: 18 });
    expect(parseIsoDay('2025-02-29')).toBeNull();
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDay('18/06/2025')).toBeNull();
    expect([isoPrecision('2020'), isoPrecision('2024-06'), isoPrecision('2025-06-18'), isoPrecision('2025-13')]).toEqual([
      'year',
      'month',
      'day',
      null,
    ]);
  });

  it('finds the most recent weekday on or before a day', () => {
    const wed = { year: 2025, month: 6, day: 18 };
    expect(mostRecentWeekday(wed, 2)).toEqual({ year: 2025, month: 6, day: 17 });
    expect(mostRecentWeekday(wed, 3)).toEqual(wed);
    expect(mostRecentWeekday(wed, 4)).toEqual({ year: 2025, month: 6, day: 12 });
    expect(mostRecentWeekday({ year: 2025, month: 1, day: 1 }, 0)).toEqual({ year: 2024, month: 12, day: 29 });
  });

  it('finds the first weekday on or after a day', () => {
    const wed = { year: 2025, month: 6, day: 18 };
    expect(nextWeekday(wed, 5)).toEqual({ year: 2025, month: 6, day: 20 });
    expect(nextWeekday(wed, 3)).toEqual(wed);
    expect(nextWeekday(wed, 2)).toEqual({ year: 2025, month: 6, day: 24 });
    expect(nextWeekday({ year: 2024, month: 12, day: 30 }, 3)).toEqual({ year: 2025, month: 1, day: 1 });
  });
});

describe('tense cues (rules as data)', () => {
  // 2025-06-18 is a Wednesday: the coming weekday lies after it, the last one on or before it.
  it.each(TENSE_CUES.map((r) => [r.phrase, r] as const))('%s', (_phrase, row) => {
    const [d] = extractDates(row.example, { referenceDate: '2025-06-18' });
    const value = d?.value ?? '';
    if (row.tense === 'future') expect(value >= '2025-06-18', `${row.example} → ${value}`).toBe(true);
    else expect(value < '2025-06-18', `${row.example} → ${value}`).toBe(true);
  });
});

describe('week examples', () => {
  it.each(WEEK_EXAMPLES.map((r) => [r[0], r] as const))('%s', (_text, [text, reference, value, endValue]) => {
    const [d] = extractDates(text, { referenceDate: reference });
    expect([d?.value, d?.endValue]).toEqual([value, endValue]);
  });
});

describe('chrono reads long texts in pieces', () => {
  it('cuts at line breaks, else between sentences, else at spaces, else anywhere', () => {
    expect(chunkRanges('aaaa\nbbbb\ncc', 8)).toEqual([
      [0, 4],
      [4, 12],
    ]);
    expect(chunkRanges('Aa bb cc. Dd ee', 12)).toEqual([
      [0, 9],
      [9, 15],
    ]);
    expect(chunkRanges('aa bb cc dd', 6)).toEqual([
      [0, 5],
      [5, 11],
    ]);
    expect(chunkRanges('x'.repeat(10), 4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(chunkRanges('', 4)).toEqual([[0, 0]]);
  });

  it('finds every date of a long text, with offsets into the whole text', () => {
    const sentence = 'On June 18, 2025, leaders met on Tuesday. ';
    const text = sentence.repeat(400); // 16,800 code units: several pieces
    const found = extractDates(text, { referenceDate: '2025-06-18' });
    expect(found).toHaveLength(800);
    found.forEach((d, i) => {
      const k = Math.floor(i / 2);
      expect(d.start).toBe(k * sentence.length + (i % 2 === 0 ? 3 : 33));
      expect(d.value).toBe(i % 2 === 0 ? '2025-06-18' : '2025-06-17');
    });
  });
});
