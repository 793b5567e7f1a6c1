export { scoreFacts } from './score-facts.js';
export { aggregateScores, toMetrics } from './metrics.js';
export { diffFacts, diffsOfScore, formatDiff, renderValue } from './diff.js';
export type { FormatDiffOptions } from './diff.js';
export { normalizeName, tokenJaccard } from './normalize.js';
export { compareNames, comparePersons, compareNumbers, compareDates, compareTexts } from './comparators.js';
export { FACT_TYPES } from './types.js';
export type {
  Classification,
  FactType,
  FactsLike,
  ScoreOptions,
  FieldResult,
  FactResult,
  Counts,
  Metrics,
  TypeScore,
  DocumentScore,
  CorpusScore,
  FactDiff,
} from './types.js';
