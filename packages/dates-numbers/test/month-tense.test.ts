import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/index.js';
import { MONTH_MODIFIER_EXAMPLES } from '../src/dates/month-modifier-rule.js';

const REF = '2024-11-20';
const dates = (text: string, referenceDate: string | null = REF): [string, string | null, string][] =>
  extractDates(text, { referenceDate }).map((d) => [d.text, d.value, d.provenance.rule]);

describe('year-less months and days follow the clause tense', () => {
  it('a future clause gives the coming month or day', () => {
    expect(dates('The summit will take place in January.')).toEqual([['January', '2025-01', 'dates/month-by-tense']]);
    expect(dates('The forum will open on February 10.')).toEqual([['February 10', '2025-02-10', 'dates/month-by-tense']]);
    expect(dates('The 11th summit will be held in Bishkek in March.')[0]?.[1]).toBe('2025-03');
    expect(dates('Rutte will succeed him as Secretary General on Oct. 1.')[0]?.[1]).toBe('2025-10-01');
  });

  it('a past clause gives the last such month or day on or before the document date', () => {
    expect(dates('Talks held in December yielded little.')).toEqual([['December', '2023-12', 'dates/month-by-tense']]);
    expect(dates('The agreement was signed on December 3.')).toEqual([['December 3', '2023-12-03', 'dates/month-by-tense']]);
    expect(dates('The summit, held in January, opened a new chapter.')[0]?.[1]).toBe('2024-01');
  });

  it('the document date\'s year stays for its own month, a near day, a silent clause or another clause', () => {
    expect(dates('The talks will resume in November.')[0]?.[1]).toBe('2024-11');
    expect(dates('The ministers met in November.')[0]?.[1]).toBe('2024-11');
    expect(dates('The deal signed on November 25 was hailed.')[0]?.[1]).toBe('2024-11-25');
    expect(dates('The meeting in December is key.')[0]?.[1]).toBe('2024-12');
    // the past verb lies beyond a comma: no tense for the month
    expect(dates('Both sides committed to new targets ahead of the conference in Belém, Brazil, in January.').at(-1)?.[1]).toBe('2024-01');
  });

  it('a written year is never moved', () => {
    expect(dates('The summit will take place in January 2024.')[0]?.[1]).toBe('2024-01');
  });
});

describe('"next/last/this <Month>"', () => {
  it.each(MONTH_MODIFIER_EXAMPLES.map((r) => [r[0], r] as const))('%s', (_, [text, ref, value]) => {
    expect(dates(text, ref)).toEqual([[expect.stringMatching(/^(next|last|this coming) /i), value, 'dates/month-modifier']]);
  });

  it('"next November" in November is a year on; "last November" a year back', () => {
    expect(dates('They meet again next November.')[0]?.[1]).toBe('2025-11');
    expect(dates('Last November, the ministers met.')).toEqual([['Last November', '2023-11', 'dates/month-modifier']]);
  });

  it('no value without a document date; no match for lower case, abbreviations or a day after', () => {
    expect(dates('They meet next October.', null)).toEqual([['next October', null, 'dates/month-modifier']]);
    expect(dates('She said last may be best. They meet next Oct.').filter((d) => d[2] === 'dates/month-modifier')).toEqual([]);
    expect(dates('Leaders gather next October 5 in Lima.').map((d) => d[2])).not.toContain('dates/month-modifier');
  });
});
