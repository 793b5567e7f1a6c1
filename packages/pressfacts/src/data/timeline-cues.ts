/**
 * Words around a date that say it is not the date of an event the text reports.
 * `before`: the word right before the date makes it a deadline, a span or a habit
 * ("by 2030", "within the next year", "until 2035", "usually in February").
 */
export interface TimelineCueRow {
  readonly word: string;
  readonly example: string;
}

export const NOT_EVENT_BEFORE: readonly TimelineCueRow[] = [
  { word: 'by', example: 'Seoul will raise aid to $10 billion by 2030.' },
  { word: 'within', example: 'Allies pledged support within the next year.' },
  { word: 'until', example: 'They approved the Development Strategy until 2035.' },
  { word: 'through', example: 'The plan runs through 2030.' },
  { word: 'usually', example: 'The Assembly meets once a year, usually in February.' },
  { word: 'typically', example: 'The forum meets once a year, typically in March.' },
  { word: 'normally', example: 'The council meets yearly, normally in June.' },
  { word: 'every', example: 'Ministers meet every May.' },
  { word: 'each', example: 'Leaders gather each September.' },
  { word: 'than', example: 'Exports were 3 percent lower than in August 2025.' },
  { word: 'covering', example: 'The next release, covering October 2025, is due in November.' },
];

/**
 * Words after a date that start a tail the event clause does not need ("closed on Sunday in Addis
 * Ababa after two days of talks" → "closed on Sunday in Addis Ababa").
 */
export const TAIL_CUES: readonly TimelineCueRow[] = [
  { word: 'after', example: 'The session closed on Sunday after two days of talks.' },
  { word: 'because', example: 'The vote was delayed on Monday because talks ran late.' },
  { word: 'despite', example: 'The summit opened on Friday despite protests.' },
  { word: 'amid', example: 'Leaders met on Tuesday amid tariff threats.' },
  { word: 'under', example: 'The meeting was held in May under the theme of resilience.' },
];
