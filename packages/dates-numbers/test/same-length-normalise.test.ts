import { describe, expect, it } from 'vitest';
import { isSameLengthUnit, sameLengthNormalise } from '../src/text/same-length-normalise.js';

const BY_REGEX = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u00a0\u2007\u202f\u2009\u2018\u2019\u02bc]/g;
const byRegex = (text: string) =>
  text.replace(BY_REGEX, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x2009) return ' ';
    if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return "'";
    return '-';
  });

describe('sameLengthNormalise', () => {
  it('replaces exactly the code units of its pattern, for every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      expect(sameLengthNormalise(text)).toBe(byRegex(text));
    }
  });

  it('keeps a text without them as it is', () => {
    expect(sameLengthNormalise('June 15-17, Xi\'an')).toBe("June 15-17, Xi'an");
    expect(sameLengthNormalise('June 15\u201317, Xi\u2019an\u00a0')).toBe("June 15-17, Xi'an ");
  });
});

describe('sameLengthNormalise called again', () => {
  it('answers each text, never the previous one', () => {
    const a = 'June 15\u201317';
    const b = 'Xi\u2019an, June 18';
    expect([sameLengthNormalise(a), sameLengthNormalise(a), sameLengthNormalise(b), sameLengthNormalise(a)]).toEqual([
      'June 15-17',
      'June 15-17',
      "Xi'an, June 18",
      'June 15-17',
    ]);
  });
});

describe('isSameLengthUnit', () => {
  it('is true for exactly the code units sameLengthNormalise replaces', () => {
    const changed: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSameLengthUnit(c)) changed.push(c);
    const byPattern: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (new RegExp(BY_REGEX.source).test(String.fromCharCode(c))) byPattern.push(c);
    expect(changed).toEqual(byPattern);
    expect(changed).toContain(0x2019);
    expect(isSameLengthUnit(0x2d)).toBe(false);
  });
});
