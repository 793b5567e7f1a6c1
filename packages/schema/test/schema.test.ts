import { describe, expect, it } from 'vitest';
import {
  findDishonestSpans,
  formatIssue,
  SummitFactsSchema,
  validateSummitFacts,
  assertSummitFacts,
  SchemaValidationError,
  type SummitFacts,
} from '@pressfacts/schema';

const input = 'ASTANA, June 17 -- Leaders met.';
const span = { start: 0, end: 6, text: 'ASTANA' };
const provenance = { rule: 'test/rule', confidence: 0.9 };

function minimal(): SummitFacts {
  return {
    schemaVersion: '1',
    document: {
      id: 'doc-1',
      publisher: null,
      wire: null,
      dateline: { place: 'Astana', date: '2025-06-17', evidence: [span], provenance },
      headline: null,
    },
    event: null,
    participants: [{ country: 'Kazakhstan', representative: null, role: 'President', evidence: [span], provenance }],
    people: [],
    organizations: [],
    places: [],
    agreements: [],
    figures: [{ value: 94.8e9, unit: 'USD', comparator: 'eq', subject: 'trade', period: '2024', evidence: [span], provenance }],
    quotes: [],
    timeline: [],
    commitments: [],
    topics: [],
    diagnostics: [],
  };
}

describe('SummitFacts schema', () => {
  it('is JSON Schema 2020-12 and accepts a minimal valid document', () => {
    expect(JSON.parse(JSON.stringify(SummitFactsSchema)).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validateSummitFacts(minimal())).toMatchObject({ valid: true });
  });

  it('reports violations as path + message', () => {
    const bad = minimal() as unknown as Record<string, unknown>;
    (bad.figures as Array<Record<string, unknown>>)[0]!.comparator = 'bigger';
    delete bad.topics;
    const result = validateSummitFacts(bad);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    const lines = result.issues.map(formatIssue);
    expect(lines).toContain("/: must have required property 'topics'");
    expect(lines.some((l) => l.startsWith('/figures/0/comparator:'))).toBe(true);
  });

  it('rejects dates more precise than the model allows and unknown keys', () => {
    const bad = minimal();
    const withTime = { ...bad, document: { ...bad.document, dateline: { ...bad.document.dateline!, date: '2025-06-17T10:00' } } };
    expect(validateSummitFacts(withTime).valid).toBe(false);
    expect(validateSummitFacts({ ...bad, extra: 1 }).valid).toBe(false);
    expect(validateSummitFacts({ ...bad, document: { ...bad.document, dateline: { ...bad.document.dateline!, date: '2025-13' } } }).valid).toBe(false);
  });

  it('requires at least one evidence span and a provenance on every item', () => {
    const bad = minimal();
    expect(validateSummitFacts({ ...bad, participants: [{ ...bad.participants[0]!, evidence: [] }] }).valid).toBe(false);
    const { provenance: _dropped, ...noProvenance } = bad.participants[0]!;
    expect(validateSummitFacts({ ...bad, participants: [noProvenance] }).valid).toBe(false);
  });

  it('assertSummitFacts throws a typed error listing the issues', () => {
    expect(() => assertSummitFacts({})).toThrowError(SchemaValidationError);
    try {
      assertSummitFacts({ ...minimal(), schemaVersion: '2' });
    } catch (error) {
      expect((error as SchemaValidationError).issues[0]?.path).toBe('/schemaVersion');
    }
  });
});

describe('findDishonestSpans', () => {
  it('finds spans that do not slice the input to their text', () => {
    const facts = minimal();
    expect(findDishonestSpans(facts, input)).toEqual([]);
    const lying = { ...facts, figures: [{ ...facts.figures[0]!, evidence: [{ start: 0, end: 6, text: 'Astana' }] }] };
    expect(findDishonestSpans(lying, input)).toEqual([{ path: '/figures/0/evidence/0', span: { start: 0, end: 6, text: 'Astana' } }]);
  });
});
