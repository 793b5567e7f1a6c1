import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../src/facts/context.js';

/** The reference: sorted by start then end (a stable sort of a copy), twins dropped. */
function reference(spans: readonly { start: number; end: number; text: string }[]) {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1]!.start || s.end !== sorted[i - 1]!.end);
}

const span = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 6 }) }).map(({ start, length }) => ({ start, end: start + length, text: 'x'.repeat(length) }));

describe('evidenceOf', () => {
  it('orders spans by start then end and drops empty ones and twins', () => {
    const a = { start: 5, end: 9, text: 'abcd' };
    const b = { start: 1, end: 3, text: 'ab' };
    expect(evidenceOf([a, null, b, { ...a }, undefined, { start: 4, end: 4, text: '' }])).toEqual([b, a]);
  });

  it('gives what a sort of the list gives, lists in order or not', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        expect(evidenceOf(spans)).toEqual(reference(spans));
      }),
      { numRuns: 400 },
    );
  });
});
