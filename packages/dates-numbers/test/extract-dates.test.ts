import { describe, expect, it } from 'vitest';
import { extractDates, type FoundDate } from '@pressfacts/dates-numbers';

const REF = '2025-06-18'; // a Wednesday

/** The one date found in `text`, as [text, value, endValue, precision, relative]. */
function only(text: string, referenceDate: string | null = REF): [string, string | null, string | null, string, boolean] {
  const found = extractDates(text, { referenceDate });
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const d = found[0] as FoundDate;
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return [d.text, d.value, d.endValue, d.precision, d.relative];
}

describe('extractDates: absolute dates at the precision the text gives', () => {
  it.each([
    ['The summit opened on June 18, 2025.', 'June 18, 2025', '2025-06-18'],
    ['The summit opened on 18 June 2025.', '18 June 2025', '2025-06-18'],
    ['WASHINGTON, Sept. 5, 2024 /PRNewswire/ --', 'Sept. 5, 2024', '2024-09-05'],
    ['date 2025-06-18', '2025-06-18', '2025-06-18'],
    ['Tuesday, June 17, 2025 was the day.', 'Tuesday, June 17, 2025', '2025-06-17'],
  ])('%s', (text, span, value) => {
    expect(only(text)).toEqual([span, value, null, 'day', false]);
  });

  it('"in June 2024" is a month', () => {
    expect(only('Talks resumed in June 2024.')).toEqual(['June 2024', '2024-06', null, 'month', false]);
  });

  it('gives exact spans', () => {
    const [d] = extractDates('BEIJING, June 18, 2025 (GLOBE NEWSWIRE) --');
    expect(d).toMatchObject({ start: 9, end: 22, text: 'June 18, 2025', provenance: { rule: 'dates/chrono' } });
  });
});

describe('extractDates: ranges', () => {
  it.each([
    ['from September 9 to 10, 2023', 'September 9 to 10, 2023', '2023-09-09', '2023-09-10'],
    ['June 15-17, 2025', 'June 15-17, 2025', '2025-06-15', '2025-06-17'],
    ['June 15\u201317, 2025', 'June 15\u201317, 2025', '2025-06-15', '2025-06-17'],
    ['15-16 July 2025', '15-16 July 2025', '2025-07-15', '2025-07-16'],
    ['June 30 to July 2, 2024', 'June 30 to July 2, 2024', '2024-06-30', '2024-07-02'],
    ['Dec. 30 to Jan. 2, 2025', 'Dec. 30 to Jan. 2, 2025', '2024-12-30', '2025-01-02'],
    ['June 15 and 16, 2025', 'June 15 and 16, 2025', '2025-06-15', '2025-06-16'],
    ['15 and 16 July 2025', '15 and 16 July 2025', '2025-07-15', '2025-07-16'],
  ])('%s', (text, span, value, endValue) => {
    expect(only(text)).toEqual([span, value, endValue, 'day', false]);
  });

  it.each([
    ['the plan runs from 2021 to 2025', '2021 to 2025'],
    ['the plan for 2021-25', null],
    ['in 2021-25', '2021-25'],
    ['between 2021 and 2025', '2021 and 2025'],
  ])('year range in %s', (text, span) => {
    const found = extractDates(text);
    if (span === null) expect(found).toEqual([]);
    else expect(found.map((d) => [d.text, d.value, d.endValue, d.precision])).toEqual([[span, '2021', '2025', 'year']]);
  });
});

describe('extractDates: relative dates resolve against the document date', () => {
  it('"on Tuesday" is the most recent Tuesday on or before a Wednesday document date', () => {
    const [d] = extractDates('Leaders met on Tuesday in Astana.', { referenceDate: REF });
    expect(d).toEqual({
      start: 15,
      end: 22,
      text: 'Tuesday',
      value: '2025-06-17',
      endValue: null,
      precision: 'day',
      relative: true,
      provenance: { rule: 'dates/weekday-on-or-before', confidence: 0.8 },
    });
  });

  it('a bare weekday after the document date\'s weekday lies in the week before', () => {
    expect(only('They met on Thursday.')).toEqual(['Thursday', '2025-06-12', null, 'day', true]);
    expect(only('They meet on Wednesday.')).toEqual(['Wednesday', '2025-06-18', null, 'day', true]);
  });

  it('a bare weekday in a clause about the future is the coming one', () => {
    expect(extractDates('Trade ministers will convene on Friday in Accra.', { referenceDate: REF })[0]).toMatchObject({
      text: 'Friday',
      value: '2025-06-20',
      provenance: { rule: 'dates/weekday-future', confidence: 0.75 },
    });
    expect(only('A signing ceremony is scheduled for Monday.')).toEqual(['Monday', '2025-06-23', null, 'day', true]);
    expect(only("The envoy is expected to attend Friday's closing dinner.")).toEqual(['Friday', '2025-06-20', null, 'day', true]);
    expect(only('On Saturday, the ministers will publish the text.')).toEqual(['Saturday', '2025-06-21', null, 'day', true]);
    // the same weekday as the document date is that day
    expect(only('The council will vote on Wednesday.')).toEqual(['Wednesday', '2025-06-18', null, 'day', true]);
  });

  it('a past or neutral clause keeps the most recent weekday, even after a future side clause', () => {
    expect(only('Delegates, who will return in autumn, approved the budget on Friday.')[1]).toBe('2025-06-13');
    expect(only('On Friday, the ministers approved the budget.')[1]).toBe('2025-06-13');
    expect(only('The talks on Friday were cordial.')[1]).toBe('2025-06-13');
    expect(only('The talks were scheduled for Friday.')[1]).toBe('2025-06-13');
  });

  it('"last/this/next week" is the calendar week: its month, or its days when it spans two months', () => {
    expect(extractDates('Envoys drafted the text last week.', { referenceDate: '2025-03-12' })[0]).toMatchObject({
      text: 'last week',
      value: '2025-03',
      endValue: null,
      precision: 'month',
      relative: true,
      provenance: { rule: 'dates/week' },
    });
    expect(only('Talks resume next week.', '2025-09-24')).toEqual(['next week', '2025-09-29', '2025-10-05', 'day', true]);
    expect(only('The bank said earlier this week that rates hold.', '2025-01-30')).toEqual(['this week', '2025-01-27', '2025-02-02', 'day', true]);
    expect(only('They met last week.', null)).toEqual(['last week', null, null, 'month', true]);
    expect(extractDates('in recent weeks and every weekday', { referenceDate: REF })).toEqual([]);
  });

  it('"next Tuesday" keeps its modifier', () => {
    expect(only('They meet next Tuesday.')).toEqual(['next Tuesday', '2025-06-24', null, 'day', true]);
  });

  it('"last year" is a year, "last month" a month', () => {
    expect(only('Trade grew last year.')).toEqual(['last year', '2024', null, 'year', true]);
    expect(only('They met last month.')).toEqual(['last month', '2025-05', null, 'month', true]);
    expect(only('They met yesterday.')).toEqual(['yesterday', '2025-06-17', null, 'day', true]);
    expect(only('It began three years ago.')).toEqual(['three years ago', '2022', null, 'year', true]);
  });

  it('a year-less date takes the document\'s year', () => {
    expect(only('The talks on July 4 went well.')).toEqual(['July 4', '2025-07-04', null, 'day', true]);
    expect(only('The talks on Dec. 31 went well.')).toEqual(['Dec. 31', '2025-12-31', null, 'day', true]);
    expect(only('The forum opens in June.')).toEqual(['June', '2025-06', null, 'month', true]);
  });

  it('without a document date, relative mentions stay unresolved', () => {
    expect(only('Leaders met on Tuesday.', null)).toEqual(['Tuesday', null, null, 'day', true]);
    expect(only('Trade grew last year.', null)).toEqual(['last year', null, null, 'year', true]);
    expect(only('The talks on July 4 went well.', null)).toEqual(['July 4', null, null, 'day', true]);
    expect(only('In 2020, China proposed it.', null)).toEqual(['2020', '2020', null, 'year', false]);
  });

  it('an invalid reference date counts as none', () => {
    expect(only('Leaders met on Tuesday.', '2025-02-30')).toEqual(['Tuesday', null, null, 'day', true]);
  });

  it('does not depend on the process time zone', () => {
    // chrono is given a UTC noon reference; the values are the same in any TZ (run with TZ=… to see).
    expect(only('Trade grew last year.', '2025-01-01')).toEqual(['last year', '2024', null, 'year', true]);
    expect(only('They met yesterday.', '2025-01-01')).toEqual(['yesterday', '2024-12-31', null, 'day', true]);
  });
});

describe('extractDates: bare years', () => {
  it.each([
    ['In 2020, China proposed the mechanism.', '2020'],
    ['It was in the capital in 2013 that Xi spoke.', '2013'],
    ['Growth in the first half of 2024 was strong.', '2024'],
    ['Trade has doubled since 2013.', '2013'],
    ['carbon neutrality by 2060', '2060'],
    ['valid until 2030', '2030'],
    ['during 2024 the sides met', '2024'],
    ['by the end of 2030', '2030'],
    ['in early 2024', '2024'],
    ['by mid-2026', '2026'],
    ['in late 2023', '2023'],
  ])('%s', (text, year) => {
    expect(only(text)).toEqual([year, year, null, 'year', false]);
  });

  it('continues a list of years', () => {
    const found = extractDates('in 2013, 2017 and 2020');
    expect(found.map((d) => [d.start, d.end, d.value, d.provenance.rule])).toEqual([
      [3, 7, '2013', 'dates/year-after-context'],
      [9, 13, '2017', 'dates/year-list'],
      [18, 22, '2020', 'dates/year-list'],
    ]);
  });

  it('keeps to 1900-2100 by default, and to the options when given', () => {
    expect(extractDates('in 1899 and in 2101')).toEqual([]);
    expect(extractDates('in 1899', { minYear: 1800 }).map((d) => d.value)).toEqual(['1899']);
  });
});

describe('extractDates: things that are not dates', () => {
  it.each([
    '2,000 delegates attended',
    'a donation of $2024',
    '2024 participants registered',
    'a total of 2024 participants',
    'the 2000 delegates arrived',
    'the G20 leaders',
    'UN Security Council Resolution 2231',
    'said Sun Weidong, secretary-general',
    'Sun Yat-sen University',
    'They sat down.',
    'growth of 12.53%',
    'the 30th anniversary of relations',
    'we may agree on it',
    "the city of Xi'an",
    'the summit\'s second edition',
    'a meeting at Mar-a-Lago',
    'The session opened at 10:30 a.m.',
    'a milestone for today and a foundation for tomorrow',
    'China is now the top partner',
    '24/7 service',
    'June Smith said',
    'cooperation for 30 years',
    'Two years later, they met again.',
    'in the past five years',
    'They met over the weekend.',
    '',
    '   \n ',
  ])('%j', (text) => {
    expect(extractDates(text, { referenceDate: REF })).toEqual([]);
  });
});
