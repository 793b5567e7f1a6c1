import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonEntity } from '@pressfacts/document';
import { dropPersonCollisions } from '../src/find-entities.js';
import { inOneShape, type Mention } from '../src/recognise/mention.js';
import { canNest, priority, resolveOverlaps } from '../src/recognise/resolve.js';

// The indexed versions must decide exactly as the pairwise scans they replace (copied here); the
// decisions themselves (priority, which kinds nest) are the source's own.

function resolveByScan(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (m.end <= m.start) continue;
    let ok = true;
    for (const a of kept) {
      if (a.end <= m.start || m.end <= a.start) continue;
      const inside = a.start <= m.start && m.end <= a.end;
      const same = a.start === m.start && a.end === m.end;
      if (same || !inside || !canNest(a, m)) {
        ok = false;
        break;
      }
    }
    if (ok) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
function dropByScan(mentions: readonly Mention[], people: readonly PersonEntity[]): Mention[] {
  const spans = people.flatMap((p) => p.mentions.map((s) => s.norm));
  if (spans.length === 0) return [...mentions];
  return mentions.filter((m) => {
    for (const s of spans) {
      if (s.end <= m.start || m.end <= s.start) continue;
      if (m.kind === 'country' && (m.form === 'demonym' || m.rule === 'places/country-acronym')) continue;
      const strictlyContains = m.start <= s.start && s.end <= m.end && m.end - m.start > s.end - s.start;
      if (strictlyContains && (m.kind === 'organization' || m.kind === 'event' || m.kind === 'agreement' || m.kind === 'venue')) continue;
      return false;
    }
    return true;
  });
}

const base = fc.record({ start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: -1, max: 14 }), n: fc.nat(3) });
const mention: fc.Arbitrary<Mention> = fc.tuple(base, fc.integer({ min: 0, max: 9 }), fc.boolean()).map(([b, k, flag]) => {
  const common = { start: b.start, end: b.start + b.len, name: `n${b.n}`, rule: flag ? 'places/country-acronym' : 'r', confidence: 0.5 };
  switch (k) {
    case 0:
      return { ...common, kind: 'country', code: 'CN', form: flag ? 'demonym' : 'name' };
    case 1:
      return { ...common, kind: 'city', country: null };
    case 2:
      return { ...common, kind: 'region' };
    case 3:
      return { ...common, kind: 'venue', country: null, city: null };
    case 4:
      return { ...common, kind: 'organization', acronym: null, source: 'head' };
    case 5:
      return { ...common, kind: 'organization', acronym: null, source: 'table' };
    case 6:
      return { ...common, kind: 'event', edition: flag ? 2 : null, year: null, eventType: 'summit', acronym: null };
    case 7:
      return { ...common, kind: 'agreement', agreementKind: 'treaty', generic: flag };
    default:
      return { ...common, kind: 'city', country: 'KZ' };
  }
});
const person: fc.Arbitrary<PersonEntity> = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 3 }).map((spans) => ({
  kind: 'person',
  id: 'person:x',
  name: 'X',
  titles: [],
  affiliation: null,
  country: null,
  mentions: spans.map(([s, len]) => ({ start: s, end: s + len, text: '', norm: { start: s, end: s + len } })),
  provenance: { rule: 'r', confidence: 0.5 },
}));

describe('mentions in one shape', () => {
  it('keeps every field of every kind, and gives all kinds the same fields in the same order', () => {
    const keys = new Set<string>();
    fc.assert(
      fc.property(mention, (m) => {
        const one = inOneShape(m);
        expect(one).toEqual(m);
        for (const [k, v] of Object.entries(m)) expect(one[k as keyof Mention]).toBe(v);
        keys.add(Object.keys(one).join(','));
      }),
      { numRuns: 500 },
    );
    expect(keys.size).toBe(1);
  });
});

describe('overlap decisions', () => {
  it('resolveOverlaps keeps exactly what the pairwise scan keeps', () => {
    fc.assert(fc.property(fc.array(mention, { maxLength: 40 }), (ms) => {
      expect(resolveOverlaps(ms)).toEqual(resolveByScan(ms));
    }), { numRuns: 4000 });
  });

  it('dropPersonCollisions drops exactly what the pairwise scan drops', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 30 }), fc.array(person, { maxLength: 4 }), (ms, people) => {
        expect(dropPersonCollisions(ms, people)).toEqual(dropByScan(ms, people));
      }),
      { numRuns: 4000 },
    );
  });

  it('keeps a place inside an event and drops a crossing one', () => {
    const summit: Mention = { kind: 'event', start: 0, end: 20, name: 'China-Africa Summit', rule: 'r', confidence: 0.8, edition: null, year: null, eventType: 'summit', acronym: null };
    const china: Mention = { kind: 'country', start: 0, end: 5, name: 'China', rule: 'r', confidence: 0.9, code: 'CN', form: 'name' };
    const crossing: Mention = { kind: 'city', start: 15, end: 25, name: 'X', rule: 'r', confidence: 0.7, country: null };
    expect(resolveOverlaps([china, crossing, summit])).toEqual([summit, china]);
  });
});
