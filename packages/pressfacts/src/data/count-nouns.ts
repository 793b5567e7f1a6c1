/**
 * Nouns after a number that make it a duration or a measurement, not a count the convention lists
 * as a figure ("15 consecutive years", "a 10-year pact", "300 kilometres"). Each row has an example
 * phrase a test runs: the phrase must give no figure.
 */
export interface CountNounRow {
  readonly words: readonly string[];
  readonly example: string;
}

export const NOT_COUNTED_NOUNS: readonly CountNounRow[] = [
  { words: ['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades', 'century', 'centuries'], example: 'China has been the top partner for 15 consecutive years.' },
  { words: ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters', 'hectare', 'hectares', 'acre', 'acres'], example: 'The railway will run 420 kilometres across the steppe.' },
  { words: ['tonne', 'tonnes', 'ton', 'tons', 'kilogram', 'kilograms', 'kg', 'barrel', 'barrels', 'litre', 'litres', 'liter', 'liters', 'megawatt', 'megawatts', 'mw', 'gigawatt', 'gigawatts', 'gw', 'degree', 'degrees'], example: 'The plant will add 600 megawatts of capacity.' },
];

/** Words before a counted noun that say nothing about what is counted ("20 other outcome documents"). */
export const COUNT_FILLERS: ReadonlySet<string> = new Set(['other', 'more', 'additional', 'further', 'some', 'new']);

/**
 * Counted nouns whose capitalised modifier names a language, not a place: it stays in the unit
 * ("321 million French speakers" → "French speakers"), while "53 African countries" → "countries".
 * Each row's example phrase must give `unit`.
 */
export const LANGUAGE_HEADS: readonly { readonly words: readonly string[]; readonly example: string; readonly unit: string }[] = [
  { words: ['speaker', 'speakers', 'learner', 'learners', 'teacher', 'teachers'], example: 'The world counts 321 million French speakers.', unit: 'French speakers' },
];
