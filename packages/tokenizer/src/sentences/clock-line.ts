// "18:40", "10.15am", "19:45 CEST": a bare clock time on a line of its own, as a live blog
// stamps each entry. The tokenizer starts a sentence after one; facts read an entry's day from it.
const CLOCK_LINE = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?[ \t]*$/;

/**
 * Whether `line` (without its line break) is a live blog's time stamp: a clock time, an optional
 * am/pm and an optional time-zone abbreviation, nothing else.
 *
 * @example isClockLine('19:45 CEST') // true
 * @example isClockLine('At 19:45 the leaders met') // false
 */
export function isClockLine(line: string): boolean {
  return CLOCK_LINE.test(line);
}
