import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDishonestSpans, validateSummitFacts, type SummitFacts } from '@pressfacts/schema';
import { extractNaive } from '@pressfacts/baseline';

const golden = readFileSync(new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url), 'utf8');
const noProvenance = <T extends { provenance: unknown }>({ provenance: _, ...rest }: T) => rest;

function expectWellFormed(facts: SummitFacts, input: string) {
  const result = validateSummitFacts(facts);
  expect(result.valid ? [] : result.issues).toEqual([]);
  expect(findDishonestSpans(facts, input)).toEqual([]);
}

describe('extractNaive on the golden release', () => {
  const facts = extractNaive(golden);

  it('validates and every span slices the input', () => expectWellFormed(facts, golden));

  it('reads money and percentages with compromise number parsing', () => {
    expect(facts.figures.map((f) => [f.value, f.unit, f.comparator, f.evidence])).toEqual([
      [90, 'percent', 'eq', [{ start: 2175, end: 2177, text: '90' }]],
      [94_800_000_000, 'USD', 'eq', [{ start: 3684, end: 3697, text: '$94.8 billion' }]],
      [30_000_000_000, 'USD', 'eq', [{ start: 3766, end: 3777, text: '$30 billion' }]],
      [92.4, 'percent', 'eq', [{ start: 3808, end: 3812, text: '92.4' }]],
    ]);
  });

  it('takes the quotation without marks and without speaker', () => {
    expect(facts.quotes.map(noProvenance)).toEqual([
      {
        speaker: null,
        text: 'It is a milestone for today and a foundation for tomorrow',
        direct: true,
        evidence: [{ start: 980, end: 1037, text: 'It is a milestone for today and a foundation for tomorrow' }],
      },
    ]);
  });

  it('takes the first noun phrase with "Summit" as the event name, nothing else', () => {
    expect(facts.event).toEqual({
      name: 'the second China-Central Asia Summit',
      edition: null,
      startDate: null,
      endDate: null,
      city: null,
      country: null,
      host: null,
      recurrence: null,
      evidence: [{ start: 46, end: 82, text: 'the second China-Central Asia Summit' }],
      provenance: { rule: 'baseline/compromise-summit-noun', confidence: 0.5 },
    });
  });

  it('dates the dateline with the first date and leaves relative dates unresolved', () => {
    expect(facts.document.dateline).toEqual({
      place: null,
      date: '2025-06-18',
      evidence: [{ start: 6, end: 16, text: '2025-06-18' }],
      provenance: { rule: 'baseline/chrono-first-date', confidence: 0.5 },
    });
    expect(facts.timeline.map((t) => t.date)).toEqual(['2025-06-18']);
    expect(facts.diagnostics.filter((d) => d.code === 'baseline/unresolved-date').map((d) => d.span?.text)).toEqual(['on Tuesday', 'today', 'tomorrow', 'on Tuesday', 'Sun', 'on Tuesday']);
  });

  it('types places from compromise tags and collapses repeats', () => {
    const kinds = new Map(facts.places.map((p) => [p.name, p.kind]));
    expect([kinds.get('China'), kinds.get('BEIJING'), kinds.get('Asia')]).toEqual(['country', 'city', 'other']);
    expect(facts.places.filter((p) => p.name === 'China')).toHaveLength(1);
    expect(facts.places.find((p) => p.name === 'China')!.evidence.length).toBeGreaterThan(3);
  });

  it('never fills what the libraries do not give', () => {
    expect([facts.participants, facts.agreements, facts.commitments, facts.topics]).toEqual([[], [], [], []]);
    expect([facts.document.publisher, facts.document.wire, facts.document.headline, facts.document.dateline?.place]).toEqual([null, null, null, null]);
    expect(facts.people.every((p) => p.titles.length === 0 && p.country === null && p.affiliation === null)).toBe(true);
    const rules = [...facts.people, ...facts.places, ...facts.organizations, ...facts.figures, ...facts.quotes, ...facts.timeline].map((i) => i.provenance);
    expect(rules.every((p) => p.rule.startsWith('baseline/') && p.confidence === 0.5)).toBe(true);
  });
});

describe('extractNaive on short texts', () => {
  it('finds organizations and a city', () => {
    const facts = extractNaive('Officials of the United Nations and the World Bank met in Geneva.');
    expect(facts.organizations.map((o) => [o.name, o.acronym, o.evidence[0]])).toEqual([
      ['United Nations', null, { start: 17, end: 31, text: 'United Nations' }],
      ['World Bank', null, { start: 40, end: 50, text: 'World Bank' }],
    ]);
    expect(facts.places.map((p) => [p.name, p.kind])).toEqual([['Geneva', 'city']]);
    expect(facts.event).toBeNull();
  });

  it('dates a timeline entry at the precision chrono is certain of, with its sentence', () => {
    const text = 'The leaders held a summit in March 2024. They met again on June 18, 2025.';
    const facts = extractNaive(text);
    expect(facts.timeline.map((t) => [t.date, t.description, t.evidence])).toEqual([
      ['2024-03', 'The leaders held a summit in March 2024', [{ start: 29, end: 39, text: 'March 2024' }, { start: 0, end: 39, text: 'The leaders held a summit in March 2024' }]],
      ['2025-06-18', 'They met again on June 18, 2025', [{ start: 59, end: 72, text: 'June 18, 2025' }, { start: 41, end: 72, text: 'They met again on June 18, 2025' }]],
    ]);
    expect(facts.document.dateline?.date).toBe('2024-03');
    expect(facts.event).toBeNull(); // "summit" in lower case is not an event name
  });

  it('resolves relative dates only against a reference date', () => {
    expect(extractNaive('Delegates arrived on June 17.').timeline).toEqual([]);
    expect(extractNaive('Delegates arrived on June 17.', { referenceDate: '2025-06-18' }).timeline.map((t) => t.date)).toEqual(['2025-06-17']);
    const bad = extractNaive('Delegates arrived on June 17.', { referenceDate: '18/06/2025' });
    expect(bad.timeline).toEqual([]);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['baseline/bad-reference-date', 'baseline/unresolved-date']);
  });

  it('keeps a percentage out of the timeline and the figures out of prose counts', () => {
    const facts = extractNaive('Growth was 12.53% while five nations joined.', { referenceDate: '2025-01-02' });
    expect(facts.figures.map((f) => [f.value, f.unit])).toEqual([[12.53, 'percent']]);
    expect(facts.timeline).toEqual([]);
  });

  it('uses the id it is given, else a stable hash of the text', () => {
    expect(extractNaive('x', { id: 'doc-1' }).document.id).toBe('doc-1');
    expect(extractNaive('Leaders met.').document.id).toBe(extractNaive('Leaders met.').document.id);
    expect(extractNaive('Leaders met.').document.id).not.toBe(extractNaive('Leaders met!').document.id);
  });

  it.each(['', '   \n\t', '\uD800 😀 中文 峰会 \uDFFF', '"""', '$$$ %%% 100%'])('does not throw and stays valid on %j', (text) => {
    const facts = extractNaive(text);
    expectWellFormed(facts, text);
    expect(facts.event).toBeNull();
  });

  it('every output validates and keeps honest spans (property)', () => {
    const words = fc.constantFrom('Paris', 'France', 'Summit', 'the', 'G20', '$3 billion', '45%', 'on May 3, 2024', '"we agree,"', 'said', 'President Joe Biden', '\n', '😀', '.', ',', 'é');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        expectWellFormed(extractNaive(text), text);
      }),
      { numRuns: 150 },
    );
  });
});
