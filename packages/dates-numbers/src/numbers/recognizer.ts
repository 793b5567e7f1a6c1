import type { QuantityKind } from '../types.js';

/** A quantity a recognizer read, before comparators and the final span text are added. */
export interface QuantityDraft {
  readonly kind: QuantityKind;
  readonly start: number;
  readonly end: number;
  /** The amount; for a recurrence, the years between occurrences. */
  readonly value: number;
  readonly rule: string;
  readonly confidence: number;
  readonly currency?: string;
  readonly upperValue?: number | null;
  readonly unit?: string | null;
  /** Where a postfix comparator is looked for, when not at `end` (after a cardinal's noun). */
  readonly after?: number;
  /** Exponent of a scale word written after the amount ("billion" → 9), for money ranges. */
  readonly scale?: number | null;
}

/**
 * One way of writing a quantity, as a typed definition object (chrono's parsers, ajv's keywords):
 * a global pattern compiled once and an `extract` that reads one match or declines it (null).
 */
export interface QuantityRecognizer {
  readonly id: string;
  readonly kind: QuantityKind;
  readonly pattern: RegExp;
  /**
   * Set when every match begins where numberAnchors finds a number: at a word start with a digit
   * (`digit`), with a number word (`word`), or with either (`any`); the pattern is then tried only
   * at those anchors (number-anchors.ts).
   */
  readonly startsAtNumber?: 'digit' | 'word' | 'any';
  /**
   * When every match begins at most this many code units before a digit that follows no digit
   * (a sign or code before an amount): the pattern is then tried only there (number-anchors.ts).
   */
  readonly leadsDigits?: number;
  extract(match: RegExpExecArray, text: string): QuantityDraft | null;
}

/** An amount in digits: "2,000", "48.5", "1,000.5" (no nested quantifier over one class). */
export const DIGITS_SOURCE = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
