import { describe, it } from 'vitest';
import { discoverFixtures, type DiscoverOptions } from '../fixtures/discover.js';
import { readExpected, readFixtureInput, readHandFacts, type FixtureContext } from '../fixtures/load.js';
import type { FactsLike, ScoreOptions } from '../types.js';
import { matchFacts } from './match-facts.js';

export { matchFacts } from './match-facts.js';
export type { FactsMatch } from './match-facts.js';

interface CustomMatchers<R = unknown> {
  /** Fails with a fact-by-fact diff when the facts differ (strict by default). */
  toMatchFacts: (expected: FactsLike, options?: ScoreOptions) => R;
}

declare module 'vitest' {
  // Vitest 4's Assertion<T> extends Matchers<T>: this adds `expect(x).toMatchFacts(…)`. The
  // type parameter must read exactly as in vitest's own declaration for the merge.
  interface Matchers<T = any> extends CustomMatchers<T> {}
}

/**
 * A vitest matcher: `expect(facts).toMatchFacts(expected, options?)`, failing with the readable
 * diff (document, fact, field, expected vs actual).
 *
 * @example
 * import { expect } from 'vitest';
 * import { toMatchFacts } from '@pressfacts/scoring/vitest';
 * expect.extend({ toMatchFacts });
 * expect(extract(text)).toMatchFacts(expected);
 */
export function toMatchFacts(this: { isNot?: boolean }, received: unknown, expected: FactsLike, options?: ScoreOptions) {
  const result = matchFacts(received, expected, options);
  return { pass: result.pass, message: () => result.message, actual: received, expected };
}

/** Extracts facts from a fixture's text with its context (`extract` from 'pressfacts' fits). */
export type ExtractFn = (text: string, context: FixtureContext) => FactsLike | Promise<FactsLike>;

/** Options of {@link describeFixtures}. */
export interface DescribeFixturesOptions extends ScoreOptions, Pick<DiscoverOptions, 'filter' | 'cwd'> {
  /** `expected` (default) compares with `expected.json`; `facts` with the hand-written `facts.json`. */
  readonly against?: 'expected' | 'facts';
}

/**
 * Registers one test per fixture folder under `dir` (any folder holding `input.txt`): validates
 * `expected.json` against the schema, extracts the input with `context.json`, and fails with the
 * fact diff on any difference. Fixtures without `expected.json` are skipped, with the reason in
 * the test name.
 *
 * @example
 * import { extract } from 'pressfacts';
 * describeFixtures('fixtures', extract);
 */
export function describeFixtures(dir: string | readonly string[], extractFn: ExtractFn, options: DescribeFixturesOptions = {}): void {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const { against = 'expected', filter, cwd, ...scoreOptions } = options;
  const file = against === 'facts' ? 'facts.json' : 'expected.json';
  describe(`fixtures in ${dirs.join(', ')}`, () => {
    const refs = discoverFixtures(dirs, { ...(filter !== undefined ? { filter } : {}), ...(cwd !== undefined ? { cwd } : {}) });
    if (refs.length === 0) it.skip(`no fixture folders (with input.txt) under ${dirs.join(', ')}`, () => {});
    for (const ref of refs) {
      const has = against === 'facts' ? ref.hasFacts : ref.hasExpected;
      if (!has) {
        it.skip(`${ref.name}: skipped, no ${file} yet`, () => {});
        continue;
      }
      it(ref.name, async () => {
        const expected = against === 'facts' ? readHandFacts(ref) : readExpected(ref);
        const { text, context } = readFixtureInput(ref);
        const actual = await extractFn(text, context);
        const result = matchFacts(actual, expected, against === 'facts' ? { mode: 'tolerant', ...scoreOptions } : scoreOptions);
        if (!result.pass) throw new Error(`${ref.name}: ${result.message}`);
      });
    }
  });
}
