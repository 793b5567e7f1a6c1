import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECOGNIZERS } from '../src/numbers/extract-quantities.js';
import { compileCurrencies, CURRENCIES } from '../src/numbers/currencies.js';
import { moneyBeforeAmount, moneyRecognizers } from '../src/numbers/money.js';
import { digitLeads, numberAnchors } from '../src/numbers/number-anchors.js';
import { forEachAnchoredMatch } from '../src/text/anchored-match.js';
import { BLOCKERS, labelStarts } from '../src/numbers/blockers.js';
import { RECURRENCES } from '../src/numbers/recurrences.js';
import { GOLDEN } from './helpers.js';

const tune = new URL('../../../fixtures/tune/', import.meta.url);
const RELEASES = [GOLDEN, ...readdirSync(tune).map((name) => readFileSync(new URL(`${name}/input.txt`, tune), 'utf8'))];
const ANCHORED = RECOGNIZERS.filter((r) => r.startsAtNumber !== undefined);

const scanned = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const anchored = (pattern: RegExp, text: string, startsAt: 'digit' | 'word' | 'any' = 'any') => {
  const out: unknown[] = [];
  forEachAnchoredMatch(pattern, text, numberAnchors(text)[startsAt], (m) => out.push([m.index, ...m]));
  return out;
};
const led = (pattern: RegExp, text: string, lead: number) => {
  const out: unknown[] = [];
  forEachAnchoredMatch(pattern, text, digitLeads(text, lead), (m) => out.push([m.index, ...m]));
  return out;
};
const LEAD = moneyBeforeAmount.leadsDigits ?? 0;
const STARTED_BLOCKERS = BLOCKERS.filter((b) => b.starts !== undefined);
const blocked = (blocker: (typeof BLOCKERS)[number], text: string) => {
  const out: unknown[] = [];
  forEachAnchoredMatch(blocker.pattern, text, blocker.starts?.(text, numberAnchors(text)) ?? [], (m) => out.push([m.index, ...m]));
  return out;
};


describe('number anchors', () => {
  it('are the word starts with a digit or a number word', () => {
    expect(numberAnchors('It rose 5% in two years, a thousand times, annually; G20 and 2,000.')).toEqual({
      any: [8, 14, 25, 43, 61, 63],
      digit: [8, 61, 63],
      word: [14, 25, 43],
    });
    expect(numberAnchors('Leaders met in Astana.')).toEqual({ any: [], digit: [], word: [] });
    // Inside a word (regex \b, ASCII), after an underscore, or "a" not before a multiplier: none.
    expect(numberAnchors('x5 _5 é5 Onerous a\u00a0dozen a thousandfold ab thousand twentyish')).toEqual({
      any: [7, 9, 17, 25, 52],
      digit: [7],
      word: [9, 17, 25, 52],
    });
  });

  it('cover the first word of every recurrence row (each alternative begins with letters)', () => {
    for (const row of RECURRENCES) for (const part of row.source.split('|')) expect(part, row.id).toMatch(/^[a-z]/);
  });

  it('give the anchored recognizers the matches of a scan, on every tuning release', () => {
    expect(ANCHORED.map((r) => r.id)).toEqual([
      'money/amount-currency-word', 'percent/number-percent', 'recurrence', 'ordinal/digits-suffix', 'ordinal/word',
      'cardinal/digits', 'cardinal/words',
    ]);
    for (const text of RELEASES) for (const r of ANCHORED) expect(anchored(r.pattern, text, r.startsAtNumber), r.id).toEqual(scanned(r.pattern, text));
  });

  it('give the blockers with starts the matches of a scan, on every tuning release', () => {
    expect(STARTED_BLOCKERS.map((b) => b.id)).toEqual(['identifier-after-label', 'time-of-day']);
    expect(labelStarts('see Article 5 and No. 7, Room #12, Gate#3, x9 and Article5')).toEqual([4, 18, 25, 35, 43, 50]);
    for (const text of RELEASES) for (const b of STARTED_BLOCKERS) expect(blocked(b, text), b.id).toEqual(scanned(b.pattern, text));
  });

  it('give money before an amount the matches of a scan, from its longest notation and a space before each digit run', () => {
    expect(digitLeads('paid $5 and €12', 2)).toEqual([4, 5, 11, 12]);
    expect(LEAD).toBe(6); // "U.S.$" and a space
    for (const text of RELEASES) expect(led(moneyBeforeAmount.pattern, text, LEAD)).toEqual(scanned(moneyBeforeAmount.pattern, text));
    // A notation with a digit in it may end inside a run of digits: no anchors then.
    const [withDigit] = moneyRecognizers(compileCurrencies([...CURRENCIES, { code: 'XCG', before: ['X1'], after: [], example: ['X1 5', 5] }]));
    expect(withDigit?.leadsDigits).toBeUndefined();
  });

  const TOKENS = [
    'one', 'One', 'TWENTY', 'twenty-one', 'twenty-first', 'first', 'inaugural', 'a', 'A', 'an', 'thousand', 'million',
    'Article', 'No.', 'Nos.', 'Resolution', 'SDG', 'article', '#', '\t', 'am', 'p.m.', "o'clock", 'GMT', ':30', '.30',
    'billion', 'dozen', 'every', 'each', 'once', 'twice', 'other', 'second', 'year', 'years', 'months', 'annual',
    'annually', 'semi-annual', 'biennial', 'quarterly', 'monthly', 'percent', 'per cent', '%', 'percentage points',
    'yuan', 'dollars', 'euros', 'USD', '$', 'US$', 'U.S.$', 'Rs.', 'R', 'RMB', '€', 'bn', 'm', 'to', '-', '5', '12', '2,000', '48.5', '2024', '1st', '22nd',
    '2th', 'G20', 'COVID-19', 'x', 'é', '中', ' ', '  ', '\n', ',', '.', '_', ':', '/', '+', "'",
    ...RECURRENCES.map((row) => row.example[1]), 'a thousand', 'A million', 'a dozen', 'twenty-five billion',
  ];
  const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(''));
  it('give the anchored recognizers the matches of a scan, on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const r of ANCHORED) expect(anchored(r.pattern, t, r.startsAtNumber), r.id).toEqual(scanned(r.pattern, t));
        const { any, digit, word } = numberAnchors(t);
        expect([...digit, ...word].sort((a, b) => a - b)).toEqual(any);
        expect(led(moneyBeforeAmount.pattern, t, LEAD)).toEqual(scanned(moneyBeforeAmount.pattern, t));
        for (const b of STARTED_BLOCKERS) expect(blocked(b, t), b.id).toEqual(scanned(b.pattern, t));
      }),
      { numRuns: 2000 },
    );
  });
});
