// Test support for the people tests (not a test file itself).
import { readFileSync } from 'node:fs';
import { createDoc, type PersonEntity, type Sentence, type TextView, type Token } from '@pressfacts/document';
// The tokenizer is a sibling workspace package; entities does not depend on it (yet), so the
// tests reach its source by path.
import { createTokenizer } from '../../tokenizer/src/index.js';
import { resolveCountry } from '../src/countries.js';
import { findPeople } from '../src/people/index.js';

const tokenizer = createTokenizer();

export interface Tokenized {
  readonly view: TextView;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/** Runs the real tokenizer stage over `text`. */
export function tokenize(text: string): Tokenized {
  const doc = createDoc(text);
  const layers = tokenizer.run(doc, { report: () => undefined });
  return { view: layers.view, sentences: layers.sentences, tokens: layers.tokens };
}

/** A few places and organisations, standing in for the entities package's own lookups. */
const KNOWN = new Set([
  'Astana', 'Beijing', 'New Delhi', 'Moscow', 'Brasília', 'Kremlin', 'Xinhua', 'Reuters', 'Xi\'an',
  'European Commission', 'United Nations', 'NATO', 'ASEAN', 'General Administration of Customs',
]);

export const isKnownPlaceOrOrg = (text: string): boolean => KNOWN.has(text);

/** findPeople over `text` with the real tokenizer and country lookup. */
export function people(text: string, options: { places?: boolean } = {}): PersonEntity[] {
  return findPeople({
    ...tokenize(text),
    resolveCountry,
    ...(options.places === false ? {} : { isKnownPlaceOrOrg }),
  });
}

/** The person named `name`, or undefined. */
export function personNamed(list: readonly PersonEntity[], name: string): PersonEntity | undefined {
  return list.find((p) => p.name === name);
}

/** Every occurrence of `needle` in `text` as [start, end) pairs. */
export function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** Mentions as [start, end, text] triples, for exact comparison. */
export function spansOf(person: PersonEntity | undefined): [number, number, string][] {
  return (person?.mentions ?? []).map((m) => [m.start, m.end, m.text]);
}

export const GOLDEN_TEXT = readFileSync(
  new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url),
  'utf8',
);
