import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../src/countries.js';
import { findPeople } from '../src/people/index.js';
import { GOLDEN_TEXT, isKnownPlaceOrOrg, tokenize } from './people-support.js';

/** Milliseconds per findPeople call over a tokenized text after warm-up: the best of 10 batches. */
function msPerDoc(text: string, runs: number): number {
  const input = { ...tokenize(text), resolveCountry, isKnownPlaceOrOrg };
  for (let i = 0; i < 200; i++) findPeople(input);
  let best = Number.POSITIVE_INFINITY;
  for (let b = 0; b < 10; b++) {
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) findPeople(input);
    best = Math.min(best, (performance.now() - t0) / runs);
  }
  return best;
}

describe('findPeople: speed', () => {
  it('stays well within its share of the pipeline on a 5 KB release', () => {
    const golden = msPerDoc(GOLDEN_TEXT, 50);
    // A denser release: many titled people and speakers.
    const dense = [
      'Chinese President Xi Jinping met Russian President Vladimir Putin and Indian Prime Minister Narendra Modi.',
      'European Commission President Ursula von der Leyen said, "We agree," and Xi said the talks went well.',
      "Sun Weidong, secretary-general of the Secretariat of the Lagos Policy Institute, said Putin's plan was fair.",
      'Saudi Crown Prince Mohammed bin Salman and Emir Sheikh Tamim bin Hamad Al Thani hailed the deal, said Mr. Modi.',
    ].join(' ');
    const denseDoc = `${dense}\n\n`.repeat(Math.ceil(5000 / dense.length)).slice(0, 5200);
    const denseMs = msPerDoc(denseDoc, 50);
    console.log(`findPeople: golden (${GOLDEN_TEXT.length} chars) ${golden.toFixed(3)} ms/doc, dense (${denseDoc.length} chars) ${denseMs.toFixed(3)} ms/doc`);
    // Target is ~0.7 ms; the bound is loose so that a busy CI machine does not fail it.
    expect(golden).toBeLessThan(3);
    expect(denseMs).toBeLessThan(3);
  });
});
