/**
 * Nouns that make "according to X" a data source rather than a speaker: "according to Eurostat
 * figures" quotes Eurostat, "according to customs data" quotes nobody named. Matched on the last
 * word of the source, case-insensitively.
 */
export interface SourceNounRow {
  readonly nouns: readonly string[];
  readonly example: string;
}

export const SOURCE_DATA_NOUNS: readonly SourceNounRow[] = [
  { nouns: ['data', 'figures', 'statistics', 'numbers', 'estimates', 'calculations', 'projections'], example: 'Exports rose 4 percent, according to Eurostat figures.' },
  { nouns: ['report', 'study', 'analysis', 'census', 'records'], example: 'Exports rose 4 percent, according to a World Bank report.' },
];

/**
 * Sources whose findings are nobody's words: "according to a recent poll, most voters …" reports
 * what respondents answered, not a statement, so it is no quote.
 */
export const SOURCE_NOT_SPEECH: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'opinion poll']);
