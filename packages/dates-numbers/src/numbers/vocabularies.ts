import type { CurrencyRow } from './currencies.js';

/**
 * Rows a caller adds to the number extractor's built-in tables (the extension point of
 * `extractQuantities` and `createNumberExtractor`). Rows have the shape of the built-in ones,
 * `example` included: it is run when the rows are compiled.
 *
 * @example
 * const vocabularies: QuantityVocabularies = {
 *   currencies: [{ code: 'XCG', before: ['Cg'], after: ['Caribbean guilders', 'guilders'], example: ['2 billion Caribbean guilders', 2e9] }],
 * };
 */
export interface QuantityVocabularies {
  /** Currencies: an ISO 4217 code and how press copy writes it before and after an amount. */
  readonly currencies?: readonly CurrencyRow[];
}

/**
 * Thrown for an invalid vocabulary row (a configuration error, when the rows are compiled); the
 * message names the table, the row and the field.
 *
 * @example
 * createNumberExtractor({ vocabularies: { currencies: [{ code: 'guilder', before: [], after: ['guilders'], example: ['5 guilders', 5] }] } });
 * // throws QuantityVocabularyError: vocabularies.currencies[0]: `code` must be an ISO 4217 code (three capital letters), got "guilder"
 */
export class QuantityVocabularyError extends Error {
  override readonly name = 'QuantityVocabularyError';
}

const TABLES: readonly string[] = ['currencies'];
const CODE = /^[A-Z]{3}$/;

/** Checks the shape of caller rows; throws a {@link QuantityVocabularyError} naming the first bad field. */
export function validateQuantityVocabularies(vocabularies: unknown): asserts vocabularies is QuantityVocabularies {
  if (vocabularies === null || typeof vocabularies !== 'object' || Array.isArray(vocabularies)) {
    throw new QuantityVocabularyError('vocabularies: must be an object of tables');
  }
  for (const [key, rows] of Object.entries(vocabularies)) {
    if (!TABLES.includes(key)) throw new QuantityVocabularyError(`vocabularies.${key}: unknown table (expected one of ${TABLES.join(', ')})`);
    if (rows !== undefined && !Array.isArray(rows)) throw new QuantityVocabularyError(`vocabularies.${key}: must be an array of rows`);
  }
  const rows = ((vocabularies as QuantityVocabularies).currencies ?? []) as readonly unknown[];
  rows.forEach((row, i) => checkCurrency(row, (why) => new QuantityVocabularyError(`vocabularies.currencies[${i}]: ${why}`)));
}

function checkCurrency(value: unknown, fail: (why: string) => Error): void {
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
  const texts = (v: unknown): v is string[] => Array.isArray(v) && v.every(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw fail('must be a row { code, before, after, example }');
  const r = value as Record<string, unknown>;
  if (typeof r.code !== 'string' || !CODE.test(r.code)) throw fail(`\`code\` must be an ISO 4217 code (three capital letters), got ${JSON.stringify(r.code)}`);
  if (!texts(r.before)) throw fail('`before` must be an array of non-empty strings (signs and codes written before an amount; [] for none)');
  if (!texts(r.after)) throw fail('`after` must be an array of non-empty strings (words and codes written after an amount; [] for none)');
  const notations = [...r.before, ...r.after];
  if (notations.length === 0) throw fail('`before` and `after` are both empty: give at least one notation');
  if (r.needsScale !== undefined && !(texts(r.needsScale) && r.needsScale.every((n) => notations.includes(n)))) {
    throw fail('`needsScale` must list notations of `before` or `after`');
  }
  if (r.nearby !== undefined) {
    const n = r.nearby as Record<string, unknown> | null;
    if (n === null || typeof n !== 'object' || !notations.includes(n.notation as string) || typeof n.code !== 'string' || !CODE.test(n.code) || !texts(n.words) || n.words.length === 0) {
      throw fail('`nearby` must be { notation (one of the row\'s), code (ISO 4217), words (non-empty strings) }');
    }
  }
  const example = r.example;
  if (!Array.isArray(example) || example.length !== 2 || !text(example[0]) || typeof example[1] !== 'number' || !Number.isFinite(example[1])) {
    throw fail('`example` must be [text, value]: an amount written in this currency and the value it means');
  }
}
