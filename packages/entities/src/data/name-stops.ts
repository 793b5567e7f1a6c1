/**
 * Capitalised words that never start or extend a name to the left: sentence-initial function
 * words, months and weekdays ("In Astana", "On Tuesday Summit"), and titles that belong to a
 * person ("President"). Folded (lower case).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'both', 'each', 'every', 'all', 'any', 'some', 'several', 'many', 'most', 'such', 'another', 'other',
  'which', 'what', 'whose', 'who', 'at', 'in', 'on', 'for', 'from', 'by', 'with', 'during', 'after', 'before',
  'since', 'under', 'over', 'through', 'as', 'and', 'but', 'or', 'if', 'when', 'while', 'meanwhile', 'however',
  'also', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'per', 'via', 'among', 'between',
  'into', 'upon', 'said', 'says', 'dear', 'mr', 'mrs', 'ms', 'dr', 'it', 'he', 'she', 'we', 'they', 'i', 'you',
  'there', 'here', 'where', 'why', 'how', 'according', 'following', 'including', 'despite', 'although', 'though',
  'because', 'so', 'yet', 'not', 'no', 'to', 'of', 'is', 'was', 'are', 'were', 'will', 'would', 'can',
]);

/** Months and weekdays: "on Monday" never continues a name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Titles of people: a name of a body does not start with them ("President Xi ..."), though
 * they may sit inside one ("Rixos President Hotel"). Royal titles do start names ("King Saud
 * University"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'premier', 'chairman', 'chairwoman', 'minister', 'secretary', 'director', 'ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'mayor',
  'chancellor', 'vice', 'deputy', 'senator', 'chief',
]);

export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...CALENDAR_WORDS]);

/** Possessives that belong inside names ("National People's Congress", "G20 Leaders' Summit"). */
export const NAME_POSSESSIVES: ReadonlySet<string> = new Set([
  "people's", "peoples'", "leaders'", "workers'", "women's", "children's", "veterans'", "farmers'", "peasants'",
  "youth's", "men's", "nations'", "states'", "ministers'", "heads'", "parties'", "parliamentarians'",
]);
