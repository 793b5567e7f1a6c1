import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../src/facts/figures.js';
import { quotationTest } from '../src/facts/timeline-dates.js';
import { contextOf, release } from './support/context.js';

describe('quotationTest', () => {
  const text = 'He said "it ends on May 5" and left. \u201CNot before June,\u201D she said on July 1.';
  const inside = quotationTest(text);

  it('is true only after an odd number of marks since the paragraph start', () => {
    expect(inside(0, text.indexOf('May'))).toBe(true);
    expect(inside(0, text.indexOf('and'))).toBe(false);
    expect(inside(0, text.indexOf('June'))).toBe(true);
    expect(inside(0, text.indexOf('July'))).toBe(false);
  });

  it('counts from the paragraph start, not the text start', () => {
    // From just after the first mark, "May" is no longer inside an opened quotation.
    expect(inside(text.indexOf('"') + 1, text.indexOf('May'))).toBe(false);
    expect(inside(text.indexOf('"') + 1, text.indexOf('and'))).toBe(true);
  });

  it('is false for an empty or reversed range and for text without marks', () => {
    expect(inside(10, 10)).toBe(false);
    expect(inside(text.indexOf('July'), 0)).toBe(false);
    expect(quotationTest('no marks here')(0, 13)).toBe(false);
  });
});

describe('figures: a figure repeated through a long text', () => {
  it('is one figure whose evidence lists every mention, in order', () => {
    const body = 'Trade reached $5 billion last year, officials said. The ministers met in the capital and discussed energy, health and security with their partners. '.repeat(40);
    const text = release(body);
    const figures = assembleFigures(contextOf(text));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.value).toBe(5e9);
    const evidence = figures[0]!.evidence;
    expect(evidence).toHaveLength(40);
    expect(evidence.every((s) => text.slice(s.start, s.end) === s.text && s.text === '$5 billion')).toBe(true);
    expect(evidence.every((s, i) => i === 0 || s.start > evidence[i - 1]!.start)).toBe(true);
  });
});
