import type { CorpusScore, Counts, DocumentScore, FactType, Metrics } from './types.js';
import { FACT_TYPES } from './types.js';

/** Zero counts. */
export const NO_COUNTS: Counts = { correct: 0, incorrect: 0, partial: 0, missing: 0, spurious: 0, possible: 0, actual: 0 };

/** Sums counts. */
export function sumCounts(all: readonly Counts[]): Counts {
  return all.reduce<Counts>(
    (s, c) => ({
      correct: s.correct + c.correct,
      incorrect: s.incorrect + c.incorrect,
      partial: s.partial + c.partial,
      missing: s.missing + c.missing,
      spurious: s.spurious + c.spurious,
      possible: s.possible + c.possible,
      actual: s.actual + c.actual,
    }),
    NO_COUNTS,
  );
}

/**
 * SemEval-2013 "partial" metrics: a partial match earns half a correct one.
 *
 * @example toMetrics({ correct: 3, partial: 2, incorrect: 0, missing: 1, spurious: 0, possible: 6, actual: 5 }).recall // 4 / 6
 */
export function toMetrics(counts: Counts): Metrics {
  const earned = counts.correct + 0.5 * counts.partial;
  const precision = counts.actual === 0 ? null : earned / counts.actual;
  const recall = counts.possible === 0 ? null : earned / counts.possible;
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (precision === null || recall === null || precision + recall === 0) f1 = 0;
  else f1 = (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/**
 * Corpus scores: micro (counts summed over documents, then metrics) and macro (the mean of the
 * documents' F1, skipping documents where a type has nothing expected and nothing produced).
 *
 * @example aggregateScores(fixtures.map((f) => scoreFacts(extract(f.text), f.expected))).micro.overall.f1
 */
export function aggregateScores(scores: readonly DocumentScore[]): CorpusScore {
  const microTypes: Partial<Record<FactType, Metrics>> = {};
  const macroTypes: Partial<Record<FactType, number | null>> = {};
  for (const type of FACT_TYPES) {
    const scored = scores.flatMap((s) => (s.types[type] ? [s.types[type]] : []));
    if (scored.length === 0) continue;
    microTypes[type] = toMetrics(sumCounts(scored));
    macroTypes[type] = mean(scored.map((t) => t.f1));
  }
  return {
    documents: scores.length,
    micro: { types: microTypes, overall: toMetrics(sumCounts(scores.map((s) => s.overall))) },
    macro: { types: macroTypes, overall: mean(scores.map((s) => s.overall.f1)) },
  };
}

function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}
