import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, findDishonestSpans, validateSummitFacts } from 'pressfacts';

const golden = readFileSync(
  fileURLToPath(new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url)),
  'utf8',
);
const sentences = golden.split(/(?<=\.)\s+/);
/** Runs per property: 150 in the normal suite; `pnpm fuzz` sets 2,500 (10,000+ cases in all). */
const RUNS = Number(process.env.PRESSFACTS_FUZZ_RUNS ?? 150);

/** Any output: valid against the schema, every span honest, nothing thrown. */
function checkInvariants(input: string): void {
  const facts = extract(input);
  const validation = validateSummitFacts(facts);
  expect(validation.valid).toBe(true);
  expect(findDishonestSpans(facts, input)).toEqual([]);
}

// Pieces that exercise the rules: names, dates, money, quotes, unicode that normalisation maps.
const pieces = fc.constantFrom(
  'President ', 'Xi said', '"', '\u201c', '\u201d', ' -- ', '\u2014', '$3 billion', '12%', ' per cent',
  'on Tuesday', 'June 18, 2025', 'BEIJING, ', '(Xinhua)', 'summit', 'Summit', ' of ', ', ', '. ', '\n\n',
  '&amp;', '\u00a0', '\r\n', '\uFEFF', '\u200b', 'Naus\u0117da', '\uD800', '\uDC00', '\u0000', '中国', '🎉',
);

describe('pipeline invariants (property tests)', () => {
  it('holds for arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkInvariants), { numRuns: RUNS });
  });

  it('holds for strings with lone surrogates and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants), { numRuns: RUNS });
  });

  it('holds for texts built from rule-triggering pieces', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')), checkInvariants), { numRuns: RUNS });
  });

  it('holds for the golden release with sentences dropped, duplicated and shuffled', () => {
    const mutated = fc
      .array(fc.integer({ min: 0, max: sentences.length - 1 }), { minLength: 1, maxLength: sentences.length + 5 })
      .map((order) => order.map((i) => sentences[i]).join(' '));
    fc.assert(fc.property(mutated, checkInvariants), { numRuns: Math.max(60, RUNS) });
  });
});
