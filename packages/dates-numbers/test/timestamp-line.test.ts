import { describe, expect, it } from 'vitest';
import { createPipeline, type Doc } from '@pressfacts/document';
import { createDateExtractor, extractDates } from '@pressfacts/dates-numbers';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { mayHoldDay } from '../src/dates/timestamp-line.js';
import { GOLDEN, testDoc } from './helpers.js';

const run = (doc: Doc): Doc => createPipeline([createDateExtractor()], { initial: ['view', 'header', 'sentences'] }).run(doc);
const documentDate = (text: string, referenceDate: string | null = null) =>
  run(testDoc(text, { referenceDate })).layers.documentDate;

describe('the dates stage: a publication timestamp line dates the document', () => {
  it('a wire timestamp with a clock time, day first or month first', () => {
    expect(documentDate('12 March 2026 10:15 AM Central European Time\n\nLeaders met on Tuesday.')).toEqual({ date: '2026-03-12', source: 'header' });
    expect(documentDate('October 2, 2023 06:00 PM Eastern Daylight Time\n\nHeadline\n\nText.')).toEqual({ date: '2023-10-02', source: 'header' });
  });

  it('an "Updated"/"Published" line under a headline, and relative dates resolve against it', () => {
    const text = 'Live: ministers meet in Suva\n\nUpdated Wednesday, 4 February 2026, 09:30\n\nMinisters arrived on Monday.';
    const doc = run(testDoc(text));
    expect(doc.layers.documentDate).toEqual({ date: '2026-02-04', source: 'header' });
    expect(doc.layers.dates?.find((d) => d.text === 'Monday')?.value).toBe('2026-02-02');
    expect(documentDate('Published: July 9, 2025\nThe forum opened.')).toEqual({ date: '2025-07-09', source: 'header' });
  });

  it('a line that is only a date counts; it wins over the caller\'s reference date', () => {
    expect(documentDate('Friday, 6 June 2025\n\nThe talks ended.', '2020-01-01')).toEqual({ date: '2025-06-06', source: 'header' });
  });

  it('a headline or a body sentence holding a date is no timestamp', () => {
    expect(documentDate('Leaders to meet in Lima on 14 November 2026 for trade talks\n\nText.')).toBeNull();
    expect(documentDate('The summit, held on 4 July 2024, adopted a declaration.', '2024-07-10')).toEqual({ date: '2024-07-10', source: 'reference' });
    expect(documentDate('Updated 21:10 CEST\n\nLeaders met.')).toBeNull();
  });

  it('only the top lines are read', () => {
    const text = `${'Line of text.\n'.repeat(8)}Updated 3 May 2025, 10:00\n`;
    expect(documentDate(text)).toBeNull();
  });
});

describe('mayHoldDay: the pre-check before a line is read for a timestamp', () => {
  const absoluteDay = (line: string) => extractDates(line).some((d) => d.value !== null && d.precision === 'day' && !d.relative);

  it('passes lines with a month name or separated digits, and nothing else', () => {
    expect(mayHoldDay('Updated Thursday, 29 August 2024, 18:40')).toBe(true);
    expect(mayHoldDay('Posted 2025-06-18 10:00')).toBe(true);
    expect(mayHoldDay('2025 SCO Summit opens in Tianjin on Tuesday')).toBe(false);
  });

  it('four digits glued to a word or inside a longer number are a count, not a year: such a date is relative', () => {
    expect(extractDates('2025weekago').map((d) => [d.value, d.relative])).toEqual([[null, true]]);
    expect(extractDates('20256weekago').map((d) => [d.value, d.relative])).toEqual([[null, true]]);
    expect(extractDates('Talks began on 18 June 2025.').map((d) => [d.value, d.relative])).toEqual([['2025-06-18', false]]);
  });

  it('never turns away a line in which extractDates finds a day that is not relative', () => {
    const tune = new URL('../../../fixtures/tune/', import.meta.url);
    const texts = [GOLDEN, ...readdirSync(tune).map((name) => readFileSync(new URL(`${name}/input.txt`, tune), 'utf8'))];
    let turnedAway = 0;
    for (const line of texts.flatMap((t) => t.split('\n'))) {
      if (mayHoldDay(line)) continue;
      turnedAway++;
      expect(absoluteDay(line), line).toBe(false);
    }
    expect(turnedAway).toBeGreaterThan(100);
    const TOKENS = ['2025', '18', '6', ' ', '-', '/', '.', ',', 'on', 'Tuesday', 'today', 'next', 'week', 'year', 'the', '18th', 'of', 'ago', 'T', '10:30', 'Z', 'mid', 'early', 'in', 'since', 'and', 'end'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        if (!mayHoldDay(line)) expect(absoluteDay(line), line).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
