/**
 * What each chrono parser we run needs in the text before its pattern can match, as data; it lets
 * chrono read only the windows of a text that hold such a cue (chrono-windows.ts). Every parser of
 * the package's instance is in exactly one row (a test checks it, so a chrono upgrade that adds a
 * parser fails loudly; until then an unlisted parser reads the whole text).
 *
 * A row's cues are lower-case substrings (chrono's patterns are case-insensitive, ASCII only): every
 * match of the row's parsers holds one of them inside one of its words. Each row's example is read by
 * each of its parsers; a test runs the examples and many texts windowed and whole, and compares.
 */
export interface ChronoCueRow {
  readonly id: string;
  /** chrono parser class names. */
  readonly parsers: readonly string[];
  readonly cues: readonly string[];
  readonly why: string;
  readonly example: string;
}

export const CHRONO_CUES: readonly ChronoCueRow[] = [
  {
    id: 'digits',
    parsers: ['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser'],
    cues: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    why: 'their patterns are digit groups between separators ("2025-06-18", "6/18/2025", "2025/6/18", "6/2025")',
    example: 'on 2025-06-18, on 6/18/2025, on 2025.06.18 and in 6/2025',
  },
  {
    id: 'month-name',
    parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthNameParser', 'ENMonthNameParser'],
    cues: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    why: 'each match holds a month name, and every name and abbreviation they accept begins with one of these',
    example: 'on 18 June, on June 18, in 2025 June and in March',
  },
  {
    id: 'weekday',
    parsers: ['ENWeekdayParser'],
    cues: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
    why: 'each match holds a weekday (each begins with one of these) or "weekend"/"weekday"',
    example: 'They met on Tuesday.',
  },
  {
    id: 'casual-day',
    parsers: ['ENCasualDateParser'],
    cues: ['now', 'today', 'night', 'morrow', 'tmr', 'yesterday'],
    why: 'its words are now, today, tonight, tomorrow, overmorrow, tmr(w), yesterday, last night',
    example: 'Leaders met yesterday.',
  },
  {
    id: 'end-of-month',
    parsers: ['ENEndOfCurrentMonthParser'],
    cues: ['month'],
    why: 'its pattern is "(last day|end) of (the) month"',
    example: 'The plan is due at the end of the month.',
  },
  {
    id: 'relative',
    parsers: ['ENRelativeDateFormatParser'],
    cues: ['this', 'last', 'past', 'next'],
    why: 'its pattern begins with this/last/past/next (or "after this") before a time unit',
    example: 'Trade grew last year.',
  },
  {
    id: 'ago',
    parsers: ['ENTimeUnitAgoFormatParser'],
    cues: ['ago', 'before', 'earlier'],
    why: 'its pattern ends with ago/before/earlier',
    example: 'The forum was founded 3 years ago.',
  },
];

/**
 * Every run of letters a match of those parsers can hold is one of these words or several of them
 * glued ("onmonday", "yearsago"): all the letter sequences of the parsers' patterns (a test reads
 * them off the patterns), lower-case. A word made of none of them can be in no match: chrono's
 * windows begin and end at such words.
 */
export const CHRONO_WORDS: readonly string[] = [
  // month names and abbreviations
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'sept', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  // ordinal days and their digit suffixes
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'thirtieth', 'twenty', 'thirty', 'st', 'nd', 'rd', 'th',
  // connectors and eras
  'on', 'of', 'to', 'until', 'through', 'till', 'in', 'and', 'the', 'after', 'about', 'around', 'be', 'ad', 'bc',
  'bce', 'ce', 't', 'z',
  // weekdays
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'weekend', 'weekday', 'week',
  // relative words, counts and time units
  'this', 'last', 'past', 'next', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'half', 'a', 'an', 'few', 'several', 'couple', 'quarters', 'quarter', 'seconds', 'minutes',
  'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'months', 'month', 'years', 'year', 'mins', 'min', 'sec',
  'hrs', 'hr', 'mos', 'mo', 'qtr', 'yr', 's', 'm', 'h', 'd', 'w', 'y', 'ago', 'before', 'earlier', 'end',
  // casual days
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'night',
  // read by lookaheads after a match ("June 5 am", "10 o clock")
  'am', 'pm', 'o', 'clock',
];

