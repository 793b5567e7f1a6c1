import { describe, expect, it } from 'vitest';
import { aggregateScores, diffFacts, formatDiff, scoreFacts, toMetrics } from '../src/index.js';
import { makeFacts, span } from './make-facts.js';

describe('diffFacts', () => {
  it('is empty for identical facts', () => {
    expect(diffFacts(makeFacts(), makeFacts(), { mode: 'strict' })).toEqual([]);
  });

  it('names the fact type, key, field, expected and actual value', () => {
    const actual = makeFacts();
    actual.participants[0]!.representative = 'Xi';
    actual.event!.startDate = '2025-06-18';
    actual.figures = [];
    actual.people.push({ name: 'Li Qiang', titles: ['Premier'], affiliation: null, country: 'China', evidence: [span('Xi Jinping')], provenance: { rule: 'r', confidence: 1 } });
    expect(diffFacts(actual, makeFacts())).toEqual([
      { factType: 'event', key: null, field: 'startDate', expected: '2025-06-17', actual: '2025-06-18', classification: 'incorrect' },
      { factType: 'participants', key: 'China', field: 'representative', expected: 'Xi Jinping', actual: 'Xi', classification: 'partial' },
      { factType: 'people', key: 'Li Qiang', field: null, expected: null, actual: actual.people[2], classification: 'spurious' },
      { factType: 'figures', key: '94,800,000,000 USD', field: null, expected: makeFacts().figures[0], actual: null, classification: 'missing' },
    ]);
  });

  it('formats one readable line per difference', () => {
    const actual = makeFacts();
    actual.participants[0]!.representative = 'Xi';
    actual.figures = [];
    actual.document.dateline!.date = '2025-06';
    expect(formatDiff(diffFacts(actual, makeFacts()))).toBe(
      [
        '  ~ document.dateline.date: expected "2025-06-18", actual "2025-06" (partial)',
        '  ~ participants[China].representative: expected "Xi Jinping", actual "Xi" (partial)',
        '  - figures[94,800,000,000 USD]: missing {"value":94800000000,"unit":"USD","comparator":"eq","subject":"trade","period":"2024"}',
      ].join('\n'),
    );
  });

  it('formats evidence as offsets', () => {
    const actual = makeFacts();
    actual.event!.evidence = [{ start: 1, end: 3, text: 'EI' }];
    expect(formatDiff(diffFacts(actual, makeFacts()), { indent: '' })).toMatch(/^~ event\.evidence: expected \[\d+,\d+\), actual \[1,3\) \(incorrect\)$/);
  });
});

describe('aggregateScores', () => {
  it('micro sums counts; macro averages document F1', () => {
    const perfect = scoreFacts(makeFacts(), makeFacts());
    const half = makeFacts();
    half.participants.pop();
    const worse = scoreFacts(half, makeFacts());
    const corpus = aggregateScores([perfect, worse]);
    expect(corpus.documents).toBe(2);
    expect(corpus.micro.types.participants).toMatchObject({ correct: 3, missing: 1, possible: 4, actual: 3, precision: 1, recall: 0.75 });
    // macro: mean of F1 1 and F1 2/3
    expect(corpus.macro.types.participants).toBeCloseTo((1 + 2 / 3) / 2, 10);
    // organizations have nothing on either side in both documents: no F1
    expect(corpus.macro.types.organizations).toBeNull();
    expect(corpus.micro.overall.possible).toBe(perfect.overall.possible * 2);
  });

  it('toMetrics follows SemEval partial scoring', () => {
    const m = toMetrics({ correct: 3, incorrect: 1, partial: 2, missing: 1, spurious: 2, possible: 7, actual: 8 });
    expect(m.precision).toBe(4 / 8);
    expect(m.recall).toBe(4 / 7);
    expect(m.f1).toBeCloseTo((2 * 0.5 * (4 / 7)) / (0.5 + 4 / 7), 12);
  });
});
