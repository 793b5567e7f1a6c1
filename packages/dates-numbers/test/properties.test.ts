import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, isHonestSpan } from '@pressfacts/document';
import { createDateExtractor, createNumberExtractor, extractDates, extractQuantities } from '@pressfacts/dates-numbers';
import { isoPrecision } from '../src/iso-date.js';
import { testDoc } from './helpers.js';

/** Words the extractors react to, mixed with any UTF-16 code unit (lone surrogates included). */
const TOKENS = [
  '$', 'US$', '€', '¥', 'Rs', 'R', '94.8', '2,000', '1,000', '5', '12', '2024', '2013', '18', '30th', 'billion', 'bn',
  'crore', 'yuan', 'RMB', 'dollars', 'percent', '%', 'per cent', 'every', 'two', 'years', 'annual', 'second',
  'inaugural', 'five', 'nations', 'June', 'Sept.', 'July 4', 'on', 'in', 'since', 'mid-', 'Tuesday', 'Sun', 'last year',
  'to', 'and', 'between', '-', '\u2013', 'or more', 'exceeding', 'nearly', 'G20', 'COVID-19', 'Article', '+', ':', '/',
  ',', '.', ' ', '\n', '\u200b', '\u00a0', '😀', '中国', '\ud800', '\udfff',
];
const unit = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.string({ unit, maxLength: 60 });
const reference = fc.constantFrom(null, '2025-06-18', '2024-02-29', 'not-a-date');

describe('properties', () => {
  it('extractDates never throws and gives honest spans and IsoDates', () => {
    fc.assert(
      fc.property(text, reference, (t, ref) => {
        for (const d of extractDates(t, { referenceDate: ref })) {
          expect(isHonestSpan(t, d)).toBe(true);
          expect(d.end).toBeGreaterThan(d.start);
          if (d.value !== null) expect(isoPrecision(d.value)).toBe(d.precision);
          if (d.endValue !== null) expect(isoPrecision(d.endValue)).not.toBeNull();
          if (!d.relative) expect(d.value).not.toBeNull();
          expect(d.provenance.confidence).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('extractQuantities never throws and gives honest spans and finite values', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = -1;
        for (const q of extractQuantities(t)) {
          expect(isHonestSpan(t, q)).toBe(true);
          expect(q.start).toBeGreaterThanOrEqual(last); // sorted, not overlapping
          last = q.end;
          const value = q.kind === 'recurrence' ? q.everyYears : q.value;
          expect(Number.isFinite(value)).toBe(true);
          if (q.kind === 'money') {
            expect(q.currency).toMatch(/^[A-Z]{3}$/);
            if (q.upperValue !== null) expect(q.upperValue).toBeGreaterThan(q.value);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the stages never throw and keep every span honest', () => {
    const pipeline = createPipeline([createDateExtractor(), createNumberExtractor()], { initial: ['view', 'header', 'sentences'] });
    fc.assert(
      fc.property(text, reference, (t, ref) => {
        const doc = pipeline.run(testDoc(t, { referenceDate: ref }));
        expect(doc.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
        for (const s of [...(doc.layers.dates ?? []), ...(doc.layers.quantities ?? [])]) expect(isHonestSpan(t, s)).toBe(true);
        for (const d of doc.diagnostics) if (d.span !== null) expect(isHonestSpan(t, d.span)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 100k-character text in linear time', () => {
    const big = 'In 2020, leaders of five nations met on Tuesday; trade hit $94.8 billion, up 12%. '.repeat(1200);
    const t0 = performance.now();
    const dates = extractDates(big, { referenceDate: '2025-06-18' });
    const quantities = extractQuantities(big, { skip: dates });
    const ms = performance.now() - t0;
    expect(dates).toHaveLength(2400);
    expect(quantities).toHaveLength(3600);
    expect(ms).toBeLessThan(3000);
  });
});
