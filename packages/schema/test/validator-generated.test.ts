import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, fastSchema, fastValidatorSource, validatorSource } from '../scripts/generate-validator.js';
import { SummitFactsSchema } from '../src/summit-facts.js';
import { validate as fastValidate } from '../src/validate-fast.generated.js';
import { validate } from '../src/validate.generated.js';

const generated = validate as unknown as ((value: unknown) => boolean) & { errors?: { keyword: string }[] | null };
const fast = fastValidate as unknown as (value: unknown) => boolean;
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

describe('first-pass validator', () => {
  it('is the standalone code of the current schema made fast (run scripts/generate-validator.ts after a schema change)', () => {
    const file = readFileSync(new URL('../src/validate-fast.generated.ts', import.meta.url), 'utf8');
    expect(file === fastValidatorSource()).toBe(true);
  });

  it('rewrites unions of literals, nullable unions and a minimum length only', () => {
    expect(fastSchema({ anyOf: [{ const: 'a', type: 'string' }, { const: 'b', type: 'string' }] })).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(fastSchema({ anyOf: [{ type: 'integer', minimum: 1 }, { type: 'null' }], description: 'd' })).toEqual({ description: 'd', minimum: 1, type: ['integer', 'null'] });
    expect(fastSchema({ type: 'string', minLength: 1 })).toEqual({ type: 'string', pattern: '[^]' });
    // A union it cannot express otherwise stays as it is.
    expect(fastSchema({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual({ anyOf: [{ type: 'string' }, { type: 'integer' }] });
  });

  // Real facts (the fixtures' expected output), with one value anywhere replaced by another.
  const fixtures = new URL('../../../fixtures/', import.meta.url);
  const examples = [
    JSON.parse(readFileSync(new URL('china-central-asia-summit-2025/expected.json', fixtures), 'utf8')),
    ...readdirSync(new URL('tune/', fixtures))
      .slice(0, 8)
      .map((name) => JSON.parse(readFileSync(new URL(`tune/${name}/expected.json`, fixtures), 'utf8'))),
  ];
  const replacement = fc.constantFrom<unknown>(null, '', 'x', 'city', 'other', '2025-13-01', '2025-06', 0, -1, 1.5, 2, true, [], {}, [{}], { start: 0, end: 1, text: 'x' }, undefined);

  it('accepts exactly what the full validator accepts', () => {
    for (const facts of examples) {
      expect(fast(facts)).toBe(true);
      expect(generated(facts)).toBe(true);
    }
    fc.assert(
      fc.property(fc.nat(examples.length - 1), fc.nat(), replacement, (which, at, value) => {
        const mutated = structuredClone(examples[which]);
        const slots = slotsOf(mutated);
        const [parent, key] = slots[at % slots.length]!;
        if (value === undefined) delete (parent as Record<string, unknown>)[key];
        else (parent as Record<string, unknown>)[key] = value;
        expect(fast(mutated)).toBe(generated(mutated));
      }),
      { numRuns: 4000 },
    );
  });
});

/** Every property and item of a JSON value, as [its container, its key], the root's own keys first. */
function slotsOf(value: unknown): [object, string][] {
  const out: [object, string][] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      out.push([node, key]);
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(value);
  return out;
}
