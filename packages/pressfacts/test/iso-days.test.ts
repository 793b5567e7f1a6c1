import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../src/facts/iso-days.js';

/** The Date round trip addDaysIso stands for. */
const viaDate = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('addDaysIso', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDaysIso('2024-12-25', 14)).toBe('2025-01-08');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2025-06-18', -120)).toBe('2025-02-18');
  });

  it('gives the Date round trip for every day of 1599-2401 and the offsets the rules use', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1599, 0, 1); t <= Date.UTC(2401, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const n of [-400, -120, -1, 0, 1, 2, 14, 366]) if (addDaysIso(day, n) !== viaDate(day, n)) mismatches.push(`${day} ${n}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('takes the Date path for what is no plain valid day, answers and errors alike', () => {
    for (const day of ['2025-02-29', '2024-02-30', '2025-13-01', '2025-00-10', '0000-01-05', '9999-12-30', '2025-06-18T10:00', '2025-6-8']) {
      for (const n of [-120, 14, 1.5]) {
        let want: string | Error;
        try {
          want = viaDate(day, n);
        } catch (error) {
          want = error as Error;
        }
        if (want instanceof Error) expect(() => addDaysIso(day, n), `${day} ${n}`).toThrow(RangeError);
        else expect(addDaysIso(day, n), `${day} ${n}`).toBe(want);
      }
    }
  });
});
