import type { Classification } from './types.js';
import { initials, nameTokens, normalizeName, tokenJaccard } from './normalize.js';

/** How a field's values are compared. */
export type FieldKind = 'name' | 'person' | 'number' | 'date' | 'text' | 'exact' | 'unit' | 'names' | 'spans';

/** A comparison of two present (non-null) values: never missing or spurious. */
type Match = 'correct' | 'partial' | 'incorrect';

export interface CompareSettings {
  readonly numberTolerance: number;
}

/**
 * Compares one field: `null` when the expected side does not annotate it (`undefined`);
 * missing/spurious when only one side has a value; otherwise by the field's kind.
 *
 * @example compareField('person', 'Xi Jinping', 'Xi', settings) // 'partial'
 */
export function compareField(kind: FieldKind, expected: unknown, actual: unknown, settings: CompareSettings): Classification | null {
  if (expected === undefined) return null;
  const hasExpected = present(expected);
  const hasActual = present(actual);
  if (!hasExpected && !hasActual) return 'correct';
  if (!hasActual) return 'missing';
  if (!hasExpected) return 'spurious';
  return MATCHERS[kind](expected, actual, settings);
}

/** A value counts as given unless null, undefined or an empty array. */
export function present(value: unknown): boolean {
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
}

const MATCHERS: Record<FieldKind, (expected: unknown, actual: unknown, settings: CompareSettings) => Match> = {
  name: (e, a) => compareNames(String(e), String(a)),
  person: (e, a) => comparePersons(String(e), String(a)),
  number: (e, a, s) => compareNumbers(Number(e), Number(a), s.numberTolerance),
  date: (e, a) => compareDates(String(e), String(a)),
  text: (e, a) => compareTexts(String(e), String(a)),
  exact: (e, a) => (e === a ? 'correct' : 'incorrect'),
  unit: (e, a) => (unitForm(String(e)) === unitForm(String(a)) ? 'correct' : 'incorrect'),
  names: (e, a) => compareNameSets(asStrings(e), asStrings(a)),
  spans: (e, a) => compareSpans(asSpans(e), asSpans(a)),
};

/**
 * Names: equal after normalisation; partial when one's words are within the other's, or one is the other's acronym.
 *
 * @example
 * compareNames('Shanghai Cooperation Organisation', 'SCO'); // 'partial' (the acronym)
 * compareNames('ASEAN-Japan Summit', 'Japan Summit'); // 'partial'
 * compareNames('Astana', 'Almaty'); // 'incorrect'
 */
export function compareNames(expected: string, actual: string): Match {
  const e = normalizeName(expected);
  const a = normalizeName(actual);
  if (e === a) return 'correct';
  if (e === '' || a === '') return 'incorrect';
  if (isSubset(nameTokens(e), nameTokens(a)) || isSubset(nameTokens(a), nameTokens(e))) return 'partial';
  const compactE = e.replaceAll(' ', '');
  const compactA = a.replaceAll(' ', '');
  const isAcronymOf = (short: string, long: string) => short.length >= 2 && short === initials(long);
  return isAcronymOf(compactE, a) || isAcronymOf(compactA, e) ? 'partial' : 'incorrect';
}

/**
 * Person names: equal after normalisation; partial when one's words are all in the other ("Xi" vs "Xi Jinping").
 *
 * @example
 * comparePersons('Cyril Ramaphosa', 'Cyril Ramaphosa'); // 'correct'
 * comparePersons('Cyril Ramaphosa', 'Ramaphosa'); // 'partial'
 */
export function comparePersons(expected: string, actual: string): Match {
  const e = nameTokens(expected);
  const a = nameTokens(actual);
  if (e.length === 0 || a.length === 0) return 'incorrect';
  if (e.join(' ') === a.join(' ')) return 'correct';
  return isSubset(e, a) || isSubset(a, e) ? 'partial' : 'incorrect';
}

/**
 * Numbers: equal within a relative tolerance (0.005: "71.15 billion" = "71.2 billion").
 *
 * @example
 * compareNumbers(71.15e9, 71.2e9, 0.005); // 'correct'
 * compareNumbers(100, 90, 0.005); // 'incorrect'
 */
export function compareNumbers(expected: number, actual: number, tolerance: number): Match {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual ? 'correct' : 'incorrect';
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  return Math.abs(expected - actual) <= tolerance * scale ? 'correct' : 'incorrect';
}

/**
 * ISO dates: equal; partial when one is the other at a coarser precision ("2025-06" vs "2025-06-17").
 *
 * @example
 * compareDates('2025-06-17', '2025-06'); // 'partial'
 * compareDates('2025-06-17', '2025-06-18'); // 'incorrect'
 */
export function compareDates(expected: string, actual: string): Match {
  if (expected === actual) return 'correct';
  return expected.startsWith(`${actual}-`) || actual.startsWith(`${expected}-`) ? 'partial' : 'incorrect';
}

/**
 * Free text: token Jaccard >= 0.8 correct, >= 0.4 partial.
 *
 * @example
 * compareTexts('jointly build a railway line', 'build a railway'); // 'partial'
 * compareTexts('build a railway to Kyrgyzstan', 'build a railway to Kyrgyzstan'); // 'correct'
 */
export function compareTexts(expected: string, actual: string): Match {
  const j = tokenJaccard(expected, actual);
  return j >= 0.8 ? 'correct' : j >= 0.4 ? 'partial' : 'incorrect';
}

/** Lists of names (titles, parties): the same set; partial when they share at least one. */
export function compareNameSets(expected: readonly string[], actual: readonly string[]): Match {
  const e = new Set(expected.map(normalizeName));
  const a = new Set(actual.map(normalizeName));
  const shared = [...e].filter((x) => a.has(x)).length;
  if (shared === e.size && shared === a.size) return 'correct';
  return shared > 0 ? 'partial' : 'incorrect';
}

interface Offsets {
  readonly start: number;
  readonly end: number;
}

/** Evidence: the same spans; partial when any expected span overlaps any actual one. */
export function compareSpans(expected: readonly Offsets[], actual: readonly Offsets[]): Match {
  const key = (s: Offsets) => `${s.start}:${s.end}`;
  const e = new Set(expected.map(key));
  const a = new Set(actual.map(key));
  if (e.size === a.size && [...e].every((k) => a.has(k))) return 'correct';
  const overlaps = expected.some((x) => actual.some((y) => x.start < y.end && y.start < x.end));
  return overlaps ? 'partial' : 'incorrect';
}

function unitForm(unit: string): string {
  const n = normalizeName(unit);
  return n.length > 3 && n.endsWith('s') ? n.slice(0, -1) : n;
}

function isSubset(small: readonly string[], big: readonly string[]): boolean {
  if (small.length === 0) return false;
  const set = new Set(big);
  return small.every((t) => set.has(t));
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function asSpans(value: unknown): Offsets[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is Offsets => typeof s === 'object' && s !== null && typeof (s as Offsets).start === 'number' && typeof (s as Offsets).end === 'number',
  );
}
