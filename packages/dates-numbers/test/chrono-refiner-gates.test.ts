import { readdirSync, readFileSync } from 'node:fs';
import { casual, type ParsedResult, type ParsingResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { createDateParser } from '../src/dates/chrono-instance.js';
import { CHRONO_REFINER_GATES } from '../src/dates/chrono-refiner-gates.js';

const REF = { instant: new Date(Date.UTC(2025, 5, 18, 12)), timezone: 0 };
const plain = (results: ParsedResult[]) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null, [...r.tags()].sort()]);

const fixtures = new URL('../../../fixtures/tune/', import.meta.url);
const TUNE = readdirSync(fixtures).map((name) => readFileSync(new URL(`${name}/input.txt`, fixtures), 'utf8'));

describe('chrono refiner gates (rules as data)', () => {
  const gated = createDateParser({ filters: false });
  const ungated = createDateParser({ filters: false, gates: false });
  const refinerNames = new Set(casual.refiners.map((r) => r.constructor.name));

  it.each(CHRONO_REFINER_GATES.map((r) => [r.name, r] as const))('gate of %s keeps every change it makes', (name, row) => {
    expect(refinerNames.has(name)).toBe(true); // renamed upstream? then this row is dead
    const without = createDateParser({ filters: false, gates: false });
    without.refiners = without.refiners.filter((r) => r.constructor.name !== name);
    for (const text of row.examples) {
      const expected = plain(ungated.parse(text, REF));
      expect(plain(without.parse(text, REF)), `the refiner changes "${text}"`).not.toEqual(expected);
      expect(plain(gated.parse(text, REF)), text).toEqual(expected);
    }
  });

  it('gives the same results as the ungated instance on every tuning release', () => {
    expect(TUNE.length).toBeGreaterThan(20);
    for (const text of TUNE) expect(plain(gated.parse(text, REF))).toEqual(plain(ungated.parse(text, REF)));
  });

  it('lets through only results a refiner may change', () => {
    const [endOf, timezone] = CHRONO_REFINER_GATES;
    const raw = createDateParser({ filters: false, gates: false });
    raw.refiners = [];
    // parse() types its results as ParsedResult; the refiners see them as what they are, ParsingResults.
    const at = (text: string) => raw.parse(text, REF)[0] as unknown as ParsingResult;
    expect(endOf?.mayChange(at('by the end of June'), 'by the end of June')).toBe(true);
    expect(endOf?.mayChange(at('leaders met in June'), 'leaders met in June')).toBe(false);
    expect(timezone?.mayChange(at('on June 18 EST'), 'on June 18 EST')).toBe(true);
    expect(timezone?.mayChange(at('on June 18 in Astana'), 'on June 18 in Astana')).toBe(false);
  });
});
