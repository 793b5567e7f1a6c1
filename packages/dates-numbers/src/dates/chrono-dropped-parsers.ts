/**
 * chrono-node casual parsers this package leaves out, by class name, each with why and an example
 * that chrono's casual instance reads as a date and ours must not. A test checks that every name
 * still exists in chrono (so an upgrade that renames one fails loudly) and runs every example.
 */
export interface DroppedParserRow {
  readonly name: string;
  readonly why: string;
  readonly example: string;
}

export const DROPPED_CHRONO_PARSERS: readonly DroppedParserRow[] = [
  { name: 'ENTimeExpressionParser', why: 'a time of day is not a date', example: 'The talks opened at 10:30 a.m.' },
  { name: 'ENCasualTimeParser', why: 'a time of day is not a date', example: 'They met at noon.' },
  {
    name: 'ENTimeUnitWithinFormatParser',
    why: 'a duration ("for 30 years", "within 5 years") is not a date',
    example: 'decades of cooperation for 30 years',
  },
  {
    name: 'ENTimeUnitCasualRelativeFormatParser',
    why: '"the past five years" is a period, not a date',
    example: 'Trade doubled in the past five years.',
  },
  {
    name: 'ENTimeUnitLaterFormatParser',
    why: '"two years later" counts from the narrative, not from the document date',
    example: 'Two years later, the group met again.',
  },
];
