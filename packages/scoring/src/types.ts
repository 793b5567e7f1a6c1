import type { SummitFacts } from '@pressfacts/schema';

/**
 * How one fact (or one field of a fact) compares with the expectation, after the SemEval-2013
 * scheme (as in nervaluate): `correct` matches; `partial` half-matches (a shorter name, a coarser
 * date, overlapping text); `incorrect` is there but wrong; `missing` is expected but not found;
 * `spurious` is found but not expected.
 */
export type Classification = 'correct' | 'incorrect' | 'partial' | 'missing' | 'spurious';

/** The fact types scored: the two singletons (field by field) and the ten arrays (item by item). */
export type FactType =
  | 'document'
  | 'event'
  | 'participants'
  | 'people'
  | 'organizations'
  | 'places'
  | 'agreements'
  | 'figures'
  | 'quotes'
  | 'timeline'
  | 'commitments'
  | 'topics';

/** Every fact type, in report order. */
export const FACT_TYPES: readonly FactType[] = [
  'document',
  'event',
  'participants',
  'people',
  'organizations',
  'places',
  'agreements',
  'figures',
  'quotes',
  'timeline',
  'commitments',
  'topics',
];

type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A full SummitFacts, or a hand-written subset of one (a fixture's `facts.json`): any key may be
 * left out, items may come without `evidence` and `provenance`. A key left out of the *expected*
 * side is "not annotated" and is not scored; `null` or `[]` is "annotated as nothing".
 */
export type FactsLike = SummitFacts | DeepPartial<SummitFacts>;

/** Options of {@link scoreFacts}. */
export interface ScoreOptions {
  /**
   * `tolerant` (default) scores accuracy: normalised names, numbers within 0.5 %, token overlap.
   * `strict` is for regression: anything not exactly equal is at best `partial`, and provenance
   * (rule, confidence) is compared too.
   */
  readonly mode?: 'tolerant' | 'strict';
  /** Compare evidence spans when both sides have them (default true). */
  readonly compareSpans?: boolean;
  /** Compare provenance rule and confidence when both sides have them (default: true in strict mode). */
  readonly compareProvenance?: boolean;
  /** Confidence changes smaller than this are not differences (default 0.05). */
  readonly confidenceTolerance?: number;
  /** Relative tolerance for numbers (default 0.005 = 0.5 %). */
  readonly numberTolerance?: number;
}

/** The comparison of one field of one fact. */
export interface FieldResult {
  readonly field: string;
  readonly classification: Classification;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** One fact: an aligned pair, an unmatched expected item (missing) or an unmatched actual item (spurious). */
export interface FactResult {
  readonly factType: FactType;
  /** A readable key (`"China"`, `"30,000,000,000 USD"`); `null` for the fields of the document and event singletons. */
  readonly key: string | null;
  readonly classification: Classification;
  /** Index of the item in the expected / actual array (`null` when absent or for singletons). */
  readonly expectedIndex: number | null;
  readonly actualIndex: number | null;
  readonly expected: unknown;
  readonly actual: unknown;
  /** Field by field; for missing and spurious items, empty. */
  readonly fields: readonly FieldResult[];
  /**
   * Whether the fact counts in precision/recall. `false` only for the evidence and provenance of
   * the event and the dateline: they are compared (and listed as differences) only when both
   * sides have the object, so counting them would make `possible` depend on the actual side.
   */
  readonly counted: boolean;
}

/** Counts of one fact type (or of everything), SemEval-style. */
export interface Counts {
  readonly correct: number;
  readonly incorrect: number;
  readonly partial: number;
  readonly missing: number;
  readonly spurious: number;
  /** Expected facts: correct + incorrect + partial + missing. */
  readonly possible: number;
  /** Produced facts: correct + incorrect + partial + spurious. */
  readonly actual: number;
}

/**
 * Counts with SemEval "partial" metrics: precision = (correct + 0.5 partial) / actual,
 * recall = (correct + 0.5 partial) / possible. `null` where the denominator is 0 (f1 is `null`
 * only when nothing was expected and nothing produced).
 */
export interface Metrics extends Counts {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/** The metrics of one fact type, plus counts per field (which field is failing). */
export interface TypeScore extends Metrics {
  readonly fields: Readonly<Record<string, Counts>>;
}

/** The score of one document against its expectation. */
export interface DocumentScore {
  readonly id: string | null;
  /** Only the fact types annotated on the expected side. */
  readonly types: Partial<Readonly<Record<FactType, TypeScore>>>;
  readonly overall: Metrics;
  readonly facts: readonly FactResult[];
}

/** Scores over a corpus: micro (summed counts) and macro (mean of per-document F1). */
export interface CorpusScore {
  readonly documents: number;
  readonly micro: { readonly types: Partial<Readonly<Record<FactType, Metrics>>>; readonly overall: Metrics };
  readonly macro: { readonly types: Partial<Readonly<Record<FactType, number | null>>>; readonly overall: number | null };
}

/** One difference between actual and expected facts, as {@link diffFacts} lists them. */
export interface FactDiff {
  readonly factType: FactType;
  readonly key: string | null;
  /** The field that differs; `null` when the whole fact is missing or spurious. */
  readonly field: string | null;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly classification: Exclude<Classification, 'correct'>;
}
