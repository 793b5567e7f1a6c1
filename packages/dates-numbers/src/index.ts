export type { FoundDate, FoundQuantity, QuantityKind } from './types.js';
export { extractDates, type ExtractDatesOptions } from './dates/extract-dates.js';
export { createDateExtractor, type DateExtractorOptions } from './dates/date-stage.js';
export { extractQuantities, type ExtractQuantitiesOptions } from './numbers/extract-quantities.js';
export { createNumberExtractor, type NumberExtractorOptions } from './numbers/number-stage.js';
export { CURRENCIES, type CurrencyRow } from './numbers/currencies.js';
export { QuantityVocabularyError, type QuantityVocabularies } from './numbers/vocabularies.js';
export { COMPARATORS, type ComparatorRow } from './numbers/comparators.js';
export { RECURRENCES, type RecurrenceRow } from './numbers/recurrences.js';
