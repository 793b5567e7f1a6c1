import { describe, expect, it } from 'vitest';
import { createPipeline, type Doc } from '@pressfacts/document';
import { createDateExtractor } from '@pressfacts/dates-numbers';
import { testDoc } from './helpers.js';

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
