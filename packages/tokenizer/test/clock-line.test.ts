import { describe, expect, it } from 'vitest';
import { isClockLine } from '../src/index.js';

describe('isClockLine', () => {
  it.each(['18:40', '19:45 CEST', '  21:40 IST', '10.15am', '9:05 p.m.', '07:30 PM GMT'])('%s is a live blog time stamp', (line) => {
    expect(isClockLine(line)).toBe(true);
  });
  it.each(['At 19:45 the leaders met', '19:45 CEST Leaders arrived', '2025', '123:45', '19:45 Brussels time', ''])('%j is not', (line) => {
    expect(isClockLine(line)).toBe(false);
  });
});
