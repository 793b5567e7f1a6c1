// Test support for the entities tests (not a test file itself).
import { readFileSync } from 'node:fs';
import { identityView, isHonestSpan, type Entity, type EntityKind, type Header } from '@pressfacts/document';
import { findEntities } from '../src/find-entities.js';
import { compileVocabularies, type EntityVocabularies } from '../src/vocabularies.js';

export const GOLDEN_TEXT = readFileSync(
  new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url),
  'utf8',
);

/** A header whose dateline place is the first occurrence of `place` in `text`. */
export function datelineHeader(text: string, place: string): Header {
  const start = text.indexOf(place);
  if (start < 0) throw new Error(`"${place}" is not in the text`);
  const seg = { start, end: start + place.length, text: place, norm: { start, end: start + place.length } };
  return {
    dateHeader: null,
    headline: null,
    bodyStart: 0,
    dateline: { segment: seg, place: seg, dateText: null, wire: null, provenance: { rule: 'test', confidence: 1 } },
  };
}

/** Entities (no people) of a plain string, optionally with a dateline place. */
export function tag(text: string, options: { dateline?: string; vocabularies?: EntityVocabularies } = {}): Entity[] {
  const vocab = compileVocabularies(options.vocabularies ?? {});
  const header = options.dateline === undefined ? null : datelineHeader(text, options.dateline);
  const entities = findEntities({ view: identityView(text), header }, vocab);
  for (const e of entities) for (const m of e.mentions) if (!isHonestSpan(text, m)) throw new Error(`dishonest span ${JSON.stringify(m)}`);
  return entities;
}

/** The entity type of a kind (PlaceEntity covers city, region and venue). */
export type EntityOf<K extends EntityKind> = Extract<Entity, { kind: K }> extends never
  ? Extract<Entity, { kind: 'city' | 'region' | 'venue' }>
  : Extract<Entity, { kind: K }>;

export function ofKind<K extends EntityKind>(entities: readonly Entity[], kind: K): EntityOf<K>[] {
  return entities.filter((e) => e.kind === kind) as EntityOf<K>[];
}

export function named<K extends EntityKind>(entities: readonly Entity[], kind: K, name: string): EntityOf<K> | undefined {
  return ofKind(entities, kind).find((e) => e.name === name);
}

/** Names of the entities of a kind, in order of first mention. */
export function names(entities: readonly Entity[], kind: EntityKind): string[] {
  return ofKind(entities, kind).map((e) => e.name);
}

/** Mentions as [start, end, text] triples. */
export function spansOf(e: Entity | undefined): [number, number, string][] {
  return (e?.mentions ?? []).map((m) => [m.start, m.end, m.text]);
}

/** [start, end, text] of the n-th occurrence of `needle` (0-based). */
export function at(text: string, needle: string, n = 0): [number, number, string] {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`occurrence ${n} of "${needle}" not found`);
  }
  return [i, i + needle.length, needle];
}
