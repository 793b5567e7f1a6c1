// Regex sources shared by the dateline forms. Every repetition is bounded or over classes that do
// not overlap with what follows, so matching is linear.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Sept', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Lower-case words inside a place name: Rio de Janeiro, Dar es Salaam, Port of Spain. */
const PARTICLES = ['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'el', 'al', 'es', 'of', 'on', 'am', 'an', 'sur', 'y', 'au', 'en'];

const withUpper = (words: readonly string[]): string =>
  [...words, ...words.map((w) => w.toUpperCase())].sort((a, b) => b.length - a.length).join('|');

export const MONTH = `(?:${withUpper(MONTHS)})`;
export const WEEKDAY = `(?:${withUpper(WEEKDAYS)})`;

/** `June 18, 2025` · `Sept. 5` · `23 August 2023` · `Tuesday, June 18` · `2025-06-18` */
export const DATE =
  `(?<date>(?:${WEEKDAY},? )?(?:${MONTH}\\.? \\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,? \\d{4})?` +
  `|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?(?:,? \\d{4})?|\\d{4}-\\d{2}-\\d{2}))`;

/** One capitalised word of a place: NEW, Xi'an, N.Y., Nur-Sultan, SÃO, St. */
const WORD = `\\p{Lu}[\\p{L}\\p{M}']*(?:[.-]\\p{L}[\\p{L}\\p{M}']*)*\\.?`;
const PLACE_NAME = `(?!${WEEKDAY}\\b|${MONTH}\\b)${WORD}(?: (?:(?:${PARTICLES.join('|')}) )?${WORD}){0,3}`;

/** `BEIJING` · `KAZAN, Russia` · `RIO DE JANEIRO` · `Washington, D.C.` */
export const PLACE = `(?<place>${PLACE_NAME}(?:, ${PLACE_NAME})?)`;

/** A wire or agency name inside `( )` or `/ /`. */
export const WIRE_IN_PARENS = `\\((?<wire>[^()\\n]{1,40})\\)`;
export const WIRE_IN_SLASHES = `/(?<wire>[^/\\n]{1,40})/`;

/** `--`, `---`, or a single dash followed by a space or the end of the line. */
export const SEPARATOR = ` ?(?:-{2,3}|-(?=\\s|$))`;
/** After a wire the dash is unambiguous and may touch the body: `NEW DELHI (AP) —The`. */
export const SEPARATOR_AFTER_WIRE = ` ?-{1,3}`;
