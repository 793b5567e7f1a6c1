import { fileURLToPath } from 'node:url';
import { generateCorpus, loadFixtureSources, type CorpusDocument } from '../packages/corpus/src/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** The benchmark corpus: `count` generated releases (no broken ones), same seed every run. */
export function benchCorpus(count: number, seed = 20_250_618): CorpusDocument[] {
  return [...generateCorpus({ count, seed, sources: loadFixtureSources(FIXTURES) })];
}

/** An endless stream of generated releases (for the flat-memory measurement). */
export function endlessCorpus(seed = 7): Generator<CorpusDocument> {
  return generateCorpus({ count: Infinity, seed, sources: loadFixtureSources(FIXTURES) });
}
