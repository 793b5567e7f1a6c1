// Regex sources shared by the dateline forms. Every repetition is bounded or over classes that do
// not overlap with what follows, so matching is linear.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Sept', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Lower-case words inside a place name: Rio de Janeiro, Dar es Salaam, Port of Spain. */
export const PARTICLES: readonly string[] = ['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'el', 'al', 'es', 'of', 'on', 'am', 'an', 'sur', 'y', 'au', 'en'];

const withUpper = (words: readonly string[]): string =>
  [...words, ...words.map((w) => w.toUpperCase())].sort((a, b) => b.length - a.length).join('|');

export const MONTH = `(?:${withUpper(MONTHS)})`;
export const WEEKDAY = `(?:${withUpper(WEEKDAYS)})`;

/** `June 18, 2025` · `Sept. 5` · `23 August 2023` · `Tuesday, June 18` · `2025-06-18` */
export const DATE =
  `(?<date>(?:${WEEKDAY},? )?(?:${MONTH}\\.? \\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:,? \\d{4})?` +
  `|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\.?(?:,? \\d{4})?|\\d{4}-\\d{2}-\\d{2}))`;

/** The letter classes a place word is built from. */
interface LetterClasses {
  readonly upper: string;
  readonly letter: string;
  readonly wordChar: string;
}

const UNICODE_LETTERS: LetterClasses = { upper: '\\p{Lu}', letter: '\\p{L}', wordChar: "[\\p{L}\\p{M}']" };
const ASCII_LETTERS: LetterClasses = { upper: '[A-Z]', letter: '[A-Za-z]', wordChar: "[A-Za-z']" };

function placeSource(l: LetterClasses): string {
  /** One capitalised word of a place: NEW, Xi'an, N.Y., Nur-Sultan, SÃO, St. */
  const word = `${l.upper}${l.wordChar}*(?:[.-]${l.letter}${l.wordChar}*)*\\.?`;
  const name = `(?!${WEEKDAY}\\b|${MONTH}\\b)${word}(?: (?:(?:${PARTICLES.join('|')}) )?${word}){0,3}`;
  return `(?<place>${name}(?:, ${name})?)`;
}

/** `BEIJING` · `KAZAN, Russia` · `RIO DE JANEIRO` · `Washington, D.C.` */
export const PLACE = placeSource(UNICODE_LETTERS);

/**
 * {@link PLACE} with ASCII letter classes: the same language on a line of ASCII text. Why it
 * exists: V8 expands each `\p{L}` into hundreds of ranges, so every Unicode dateline form costs
 * about 5 ms to compile (a tenth of the CLI's cold start for eight forms), while nearly every
 * dateline is ASCII. A dateline never spans a line break, so an ASCII line can use the twin.
 */
export const PLACE_ASCII = placeSource(ASCII_LETTERS);

/** A wire or agency name inside `( )` or `/ /`. */
export const WIRE_IN_PARENS = `\\((?<wire>[^()\\n]{1,40})\\)`;
export const WIRE_IN_SLASHES = `/(?<wire>[^/\\n]{1,40})/`;

/** `--`, `---`, or a single dash followed by a space or the end of the line. */
export const SEPARATOR = ` ?(?:-{2,3}|-(?=\\s|$))`;
/** After a wire the dash is unambiguous and may touch the body: `NEW DELHI (AP) —The`. */
export const SEPARATOR_AFTER_WIRE = ` ?-{1,3}`;
