import { diffsOfScore, formatDiff } from '../diff.js';
import { scoreFacts } from '../score-facts.js';
import type { FactDiff, FactsLike, ScoreOptions } from '../types.js';

/** The outcome of {@link matchFacts}: whether the facts agree, and the diff for a failure message. */
export interface FactsMatch {
  readonly pass: boolean;
  readonly diffs: readonly FactDiff[];
  readonly message: string;
}

/**
 * Compares facts for a test: strict by default (any difference fails, provenance confidence
 * within 0.05 excepted); pass `{ mode: 'tolerant' }` to accept normalised names, rounding, etc.
 *
 * @example matchFacts(extract(text), expected).pass
 */
export function matchFacts(received: unknown, expected: FactsLike, options: ScoreOptions = {}): FactsMatch {
  if (received === null || typeof received !== 'object' || Array.isArray(received)) {
    return { pass: false, diffs: [], message: `expected a SummitFacts object, received ${received === null ? 'null' : Array.isArray(received) ? 'an array' : typeof received}` };
  }
  const score = scoreFacts(received as FactsLike, expected, { mode: 'strict', ...options });
  const diffs = diffsOfScore(score);
  const where = score.id === null ? 'facts' : `facts of "${score.id}"`;
  const message =
    diffs.length === 0
      ? `expected ${where} not to match, but they do`
      : `expected ${where} to match (${diffs.length} difference${diffs.length === 1 ? '' : 's'}; - missing, + spurious, ~ changed):\n${formatDiff(diffs)}`;
  return { pass: diffs.length === 0, diffs, message };
}
