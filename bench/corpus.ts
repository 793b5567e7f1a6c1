import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCorpus, loadFixtureSources, type CorpusDocument } from '../packages/corpus/src/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
const GOLDEN = `${FIXTURES}/china-central-asia-summit-2025/input.txt`;

/** The benchmark corpus: `count` generated releases (no broken ones), same seed every run. */
export function benchCorpus(count: number, seed = 20_250_618): CorpusDocument[] {
  return [...generateCorpus({ count, seed, sources: loadFixtureSources(FIXTURES) })];
}

/** An endless stream of generated releases (for the flat-memory measurement). */
export function endlessCorpus(seed = 7): Generator<CorpusDocument> {
  return generateCorpus({ count: Infinity, seed, sources: loadFixtureSources(FIXTURES) });
}

/**
 * The set the ratios are read on: the golden fixture and generated releases within 20% of
 * its length (at most 60 texts in all), the same every run.
 */
export function goldenSizedReleases(): string[] {
  const golden = readFileSync(GOLDEN, 'utf8');
  const near = benchCorpus(1500, 11).map((d) => d.text).filter((t) => Math.abs(t.length - golden.length) <= golden.length * 0.2);
  return [golden, ...near].slice(0, 60);
}
