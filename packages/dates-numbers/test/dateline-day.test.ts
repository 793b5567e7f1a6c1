import { describe, expect, it } from 'vitest';
import { datelineDay } from '../src/dates/dateline-day.js';
import { extractDates } from '../src/dates/extract-dates.js';

// datelineDay reads the common dateline dates without chrono; wherever it answers, it must answer
// as extractDates does (the document date must not depend on which path read it).
const MONTHS = ['January', 'JANUARY', 'Jan', 'Jan.', 'February', 'Feb.', 'May', 'MAY', 'May.', 'June', 'Jun.', 'July', 'Sept', 'Sept.', 'SEP', 'Sep.', 'December', 'Dec', 'Junee'];
const DAYS = ['0', '1', '4', '9', '18', '28', '29', '30', '31', '32', '09'];
const SUFFIXES = ['', 'st', 'th'];
const YEARS = [null, '2025', '2024', '1999'];
const REFS = [null, '2025-06-18', '2024-02-10'];

function shapes(): string[] {
  const out: string[] = [];
  for (const month of MONTHS) for (const day of DAYS) for (const suffix of SUFFIXES) for (const year of YEARS) {
    out.push(`${month} ${day}${suffix}${year === null ? '' : `, ${year}`}`, `${day}${suffix} ${month}${year === null ? '' : ` ${year}`}`);
    if (year !== null) out.push(`${month} ${day}${suffix} ${year}`, `${day}${suffix} ${month}, ${year}`);
  }
  return [...out, '2025-06-18', '2024-02-29', '2025-02-29', '2025-13-01', 'Tuesday, May 7', 'June 18,2025'];
}

describe('datelineDay', () => {
  it('agrees with extractDates wherever it reads a date', () => {
    let read = 0;
    for (const text of shapes()) for (const ref of REFS) {
      const day = datelineDay(text, ref);
      if (day === null) continue;
      read++;
      expect([text, ref, day]).toEqual([text, ref, extractDates(text, { referenceDate: ref })[0]?.value ?? null]);
    }
    expect(read).toBeGreaterThan(2000);
  });

  it('reads the common shapes and leaves the rest to extractDates', () => {
    expect(datelineDay('June 18, 2025', null)).toBe('2025-06-18');
    expect(datelineDay('Sept. 5', '2024-09-10')).toBe('2024-09-05');
    expect(datelineDay('23 August 2023', null)).toBe('2023-08-23');
    expect(datelineDay('2025-06-18', null)).toBe('2025-06-18');
    expect(datelineDay('July 4', null)).toBeNull(); // no year and no reference: extractDates reports it
    expect(datelineDay('Tuesday, May 7', '2024-05-07')).toBeNull();
    expect(datelineDay('May. 7, 2024', null)).toBeNull(); // chrono does not read "May." as a month
    expect(datelineDay('February 30, 2025', null)).toBeNull();
  });
});
