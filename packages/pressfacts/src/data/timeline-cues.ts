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

/**
 * Nouns of a gathering: a relative clause about one is told with it ("the two-day meeting, which
 * opened on Friday"), while one about a person or a thing stands alone ("who has led the
 * Commission since 2017"). `example` is such a sentence.
 */
export const GATHERING_NOUNS: readonly TimelineCueRow[] = [
  { word: 'summit', example: 'Leaders flew to the NATO Summit in Washington, which ran from July 9 to 11, 2024.' },
  { word: 'meeting', example: 'Ministers praised the two-day meeting, which opened on 14 March 2025.' },
  { word: 'conference', example: 'Donors backed the pledging conference, which took place on 3 June 2024.' },
  { word: 'forum', example: 'Delegates attended the business forum, which opened on 9 May 2024.' },
  { word: 'talks', example: 'They welcomed the peace talks, which resumed on 2 February 2025.' },
  { word: 'session', example: 'Leaders addressed the special session, which closed on 20 April 2024.' },
  { word: 'gathering', example: 'Hosts praised the annual gathering, which ended on 8 October 2024.' },
  { word: 'visit', example: 'Officials hailed the state visit, which began on 5 November 2024.' },
  { word: 'dialogue', example: 'Both sides reviewed the strategic dialogue, which was held on 12 July 2024.' },
  { word: 'assembly', example: 'Members joined the general assembly, which convened on 17 September 2024.' },
  { word: 'ministerial', example: 'Negotiators prepared the ministerial, which opened on 26 February 2024.' },
  { word: 'retreat', example: 'Leaders joined the leaders retreat, which took place on 16 November 2024.' },
];

/**
 * Offices held for a year: "who holds the rotating chair … this year", "Armenia chairs the Union's
 * bodies this year" say who presides, not that anything happened then. A year-long date after
 * `verb` (with one of `offices` between, when given) is no event; "took over the chair in 2023" is one.
 */
export interface TenureRow {
  readonly verb: string;
  readonly offices?: readonly string[];
  readonly example: string;
}

export const TENURES: readonly TenureRow[] = [
  { verb: 'holds', offices: ['chair', 'chairmanship', 'presidency'], example: 'Putin, who holds the rotating BRICS chairmanship this year, hosted the summit on Tuesday.' },
  { verb: 'occupies', offices: ['chair', 'chairmanship', 'presidency'], example: 'Laos, which occupies the chair of the bloc this year, hosted the summit on 9 October.' },
  { verb: 'chairs', example: "Armenia chairs the Union's bodies this year." },
  { verb: 'presides', example: 'Kenya presides over the council this year.' },
];
