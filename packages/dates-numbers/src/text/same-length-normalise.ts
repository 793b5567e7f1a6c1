/**
 * Dashes, no-break spaces and curly apostrophes made plain, one code unit for one code unit, so
 * that offsets into the result are offsets into the input. The tokenizer's view already does this
 * (and more); the pure extractors repeat it so that they work on any plain string.
 */
const SAME_LENGTH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u00a0\u2007\u202f\u2009\u2018\u2019\u02bc]/g;
/** The same class, for a test (no `g`, so no lastIndex to keep). */
const ANY_SAME_LENGTH = new RegExp(SAME_LENGTH.source);

/**
 * True for the code units {@link sameLengthNormalise} replaces (a test checks every BMP code unit
 * against its pattern): for scans that already read each code unit and so need no second pass.
 *
 * @example isSameLengthUnit(0x2019) // true
 */
export function isSameLengthUnit(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0xa0 ||
    c === 0x2007 || c === 0x202f || c === 0x2009 || c === 0x2018 || c === 0x2019 || c === 0x02bc
  );
}

function replacement(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x2009) return ' ';
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return "'";
  return '-';
}

/** @example sameLengthNormalise('June 15\u201317') // 'June 15-17' */
export function sameLengthNormalise(text: string): string {
  // Most texts (the tokenizer's view above all) hold none of these: a test of the class says so
  // (about twice as fast as a loop over the code units on a release).
  return ANY_SAME_LENGTH.test(text) ? text.replace(SAME_LENGTH, replacement) : text;
}
