/**
 * chrono parsers that run only when a cheap test says they can match, as data. chrono runs
 * every parser's regex over the whole text; a parser whose every match must contain a word that
 * most releases never write ("ago", "before", "earlier") is skipped when the text lacks it, with
 * the same results (the gate is a necessary condition of the parser's own pattern). Each row's
 * example is a text the parser reads; a test checks that the gated and ungated instances agree
 * on it and on a text without the word.
 */
export interface ChronoGateRow {
  /** The parser's class name (a test checks it still exists in chrono). */
  readonly name: string;
  /** Matches wherever the parser's pattern can: a match of the parser always contains one. */
  readonly gate: RegExp;
  readonly why: string;
  readonly example: string;
}

export const CHRONO_GATES: readonly ChronoGateRow[] = [
  {
    name: 'ENTimeUnitAgoFormatParser',
    gate: /(?:ago|before|earlier)(?=\W|$)/i,
    why: 'its pattern ends with `\\s{0,5}(?:ago|before|earlier)(?=\\W|$)` (flag i); its regex is the costliest of the casual parsers',
    example: 'The forum was founded 3 years ago.',
  },
];
