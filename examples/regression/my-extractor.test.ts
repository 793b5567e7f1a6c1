/**
 * Regression-testing your own extractor in your vitest suite:
 * - `describeFixtures(dir, extract)` registers one test per fixture folder (`input.txt`, an
 *   optional `context.json`, and `expected.json` for exact regression or a hand-written,
 *   partial `facts.json`), failing with a fact-by-fact diff;
 * - `expect(facts).toMatchFacts(expected)` checks one document inline.
 *
 * Run: pnpm --filter @pressfacts/examples regression
 */
import { fileURLToPath } from 'node:url';
import { describeFixtures, toMatchFacts } from '@pressfacts/scoring/vitest';
import { describe, expect, it } from 'vitest';
import { extract } from '../my-extractor.js';

expect.extend({ toMatchFacts });

// Every folder under ./fixtures holding input.txt; `against: 'facts'` scores the hand-written
// facts.json (only the keys it has are checked, names compared tolerantly).
describeFixtures('fixtures', extract, { against: 'facts', cwd: fileURLToPath(new URL('.', import.meta.url)) });

describe('my extractor', () => {
  const release = "LANGKAWI, Malaysia, May 27, 2025 /PRNewswire/ -- The ASEAN Leaders' Retreat opened on Tuesday.";

  it('names the retreat as the event', () => {
    // Keys left out of the expectation are not checked; `null` / `[]` would mean "nothing".
    expect(extract(release)).toMatchFacts({
      document: { wire: 'PR Newswire', dateline: { place: 'Langkawi', date: '2025-05-27' } },
      event: { name: "ASEAN Leaders' Retreat", startDate: '2025-05-27' },
    });
  });

  it('fails with a readable diff when a fact differs', () => {
    expect(() => expect(extract(release)).toMatchFacts({ event: { name: 'ASEAN Summit' } })).toThrowError(
      /event.*name/s,
    );
  });
});
