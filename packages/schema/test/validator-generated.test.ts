import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, validatorSource } from '../scripts/generate-validator.js';
import { SummitFactsSchema } from '../src/summit-facts.js';
import { validate } from '../src/validate.generated.js';

const generated = validate as unknown as ((value: unknown) => boolean) & { errors?: { keyword: string }[] | null };
const fresh = new Ajv2020({ ...AJV_OPTIONS }).compile(SummitFactsSchema);
const span = { start: 0, end: 6, text: 'ASTANA' };
const provenance = { rule: 'test/rule', confidence: 0.9 };
const valid = {
  schemaVersion: '1',
  document: { id: 'doc-1', publisher: null, wire: null, dateline: null, headline: null },
  event: null,
  participants: [{ country: 'Kazakhstan', representative: null, role: 'President', evidence: [span], provenance }],
  people: [],
  organizations: [],
  places: [],
  agreements: [],
  figures: [],
  quotes: [],
  timeline: [],
  commitments: [],
  topics: [],
  diagnostics: [],
};

describe('generated validator', () => {
  it('is the standalone code of the current schema (run scripts/generate-validator.ts after a schema change)', () => {
    const file = readFileSync(new URL('../src/validate.generated.ts', import.meta.url), 'utf8');
    expect(file === validatorSource()).toBe(true);
  });

  it.each([
    ['valid facts', valid],
    ['an unknown property', { ...valid, extra: 1 }],
    ['an empty id', { ...valid, document: { ...valid.document, id: '' } }],
    ['a bad edition and a missing list', { ...valid, event: { name: 'X', edition: 0 }, topics: undefined }],
    ['not an object', 'facts'],
  ])('gives the same verdict and errors as ajv compiling the schema now: %s', (_, value) => {
    const a = generated(value);
    const b = fresh(value);
    expect(a).toBe(b);
    expect(generated.errors ?? null).toEqual(fresh.errors ?? null);
  });

  it('rejects invalid facts with errors', () => {
    expect(generated({ ...valid, extra: 1 })).toBe(false);
    expect(generated.errors?.[0]?.keyword).toBe('additionalProperties');
  });
});
