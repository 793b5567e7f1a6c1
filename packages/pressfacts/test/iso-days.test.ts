import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../src/facts/iso-days.js';

describe('addDaysIso', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDaysIso('2024-12-25', 14)).toBe('2025-01-08');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDaysIso('2025-06-18', -120)).toBe('2025-02-18');
    expect(addDaysIso('2025-06-18', 0)).toBe('2025-06-18');
  });

  it('throws a RangeError for what is not a day', () => {
    expect(() => addDaysIso('2025-13-01', 1)).toThrow(RangeError);
    expect(() => addDaysIso('June 18', 1)).toThrow(RangeError);
  });
});
