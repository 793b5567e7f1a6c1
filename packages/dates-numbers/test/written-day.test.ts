import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '@pressfacts/dates-numbers';
import { writtenDay } from '../src/dates/written-day.js';

describe('writtenDay: the full dates datelines print, read without chrono', () => {
  it('reads both orders, abbreviations with or without a period, in any case', () => {
    expect(writtenDay('June 18, 2025')).toBe('2025-06-18');
    expect(writtenDay('Sept. 6, 2024')).toBe('2024-09-06');
    expect(writtenDay('Sep 6, 2024')).toBe('2024-09-06');
    expect(writtenDay('18 June 2025')).toBe('2025-06-18');
    expect(writtenDay('06 JUN 2025')).toBe('2025-06-06');
    expect(writtenDay('29 Feb 2024')).toBe('2024-02-29');
  });

  it('leaves everything else to extractDates (null)', () => {
    for (const text of ['July 4', 'June. 18, 2025', 'May. 18, 2025', 'Jun 31, 2025', '29 Feb 2025', '0 June 2025', 'Septe 6, 2024', 'June 18 2025', 'Tuesday, June 18, 2025', 'June 18, 1850', ' June 18, 2025']) {
      expect(writtenDay(text), text).toBeNull();
    }
  });

  const MONTH_WORDS = ['January', 'june', 'JUNE', 'Jun', 'Jun.', 'jun.', 'Sept', 'Sept.', 'Sep', 'Sep.', 'May', 'May.', 'June.', 'Febr', 'Dec.', 'Mar', 'Ma'];
  const day = fc.oneof(fc.integer({ min: 0, max: 32 }).map(String), fc.integer({ min: 0, max: 9 }).map((d) => `0${d}`), fc.constantFrom('', '123'));
  const year = fc.oneof(fc.integer({ min: 1890, max: 2110 }).map(String), fc.constantFrom('25', '02025'));
  const text = fc.oneof(
    fc.tuple(fc.constantFrom(...MONTH_WORDS), day, fc.constantFrom(', ', ' ', ','), year).map(([m, d, sep, y]) => `${m} ${d}${sep}${y}`),
    fc.tuple(day, fc.constantFrom(...MONTH_WORDS), fc.constantFrom(' ', ', '), year).map(([d, m, sep, y]) => `${d} ${m}${sep}${y}`),
  );
  const reference = fc.option(fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

  it('answers, where it answers, what the first date extractDates finds says, whatever the reference date', () => {
    fc.assert(
      fc.property(text, reference, (t, ref) => {
        const day = writtenDay(t);
        if (day !== null) expect(extractDates(t, { referenceDate: ref })[0]?.value, t).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });
});
