import { describe, expect, it } from 'vitest';
import { createCountryIndex } from '../src/countries.js';
import { KeyShapes } from '../src/text/key-shapes.js';

describe('KeyShapes', () => {
  const shapes = new KeyShapes(['south africa', 'china', 'guinea-bissau', "cote d'ivoire", 'a'.repeat(40)]);

  it('holds the shape of every plain key, in any case, from any offset', () => {
    expect(shapes.mayHold('South Africa', 0)).toBe(true);
    expect(shapes.mayHold('CHINA', 0)).toBe(true);
    expect(shapes.mayHold('the China', 4)).toBe(true);
    expect(shapes.mayHold('Guinea-Bissau', 0)).toBe(true);
    expect(shapes.mayHold('A'.repeat(40), 0)).toBe(true);
  });

  it('rules out plain texts of another shape', () => {
    expect(shapes.mayHold('Cyril Ramaphosa', 0)).toBe(false);
    expect(shapes.mayHold('Chinas', 0)).toBe(false); // one letter longer
    expect(shapes.mayHold('Chile', 0)).toBe(false); // ends in "e"
    expect(shapes.mayHold('the China', 0)).toBe(false);
    expect(shapes.mayHold('a'.repeat(41), 0)).toBe(false);
  });

  it('lets every text that is not plain through (the map answers)', () => {
    for (const text of ["Cote d'Ivoire", "China's", ' China', 'China ', 'South  Africa', 'Nausėda', 'U.S.', '', 'x'.repeat(70), '-China']) {
      expect(shapes.mayHold(text, 0)).toBe(true);
    }
  });
});

describe('country index with its shape pre-check', () => {
  const index = createCountryIndex();

  it('still resolves every form of the data, as written, in capitals, and after "the "', () => {
    for (const [form, match] of index.forms) {
      if (/^the\s/i.test(form)) continue; // resolve reads the name after an article ("The Bahamas" → "Bahamas")
      expect(index.resolve(form)?.code, form).toBe(match.code);
      expect(index.resolve(`the ${form}`)?.code, form).toBe(match.code);
      // (ASCII only: "Kıbrıs" in capitals is another word)
      if (/^[\x20-\x7e]+$/.test(form)) expect(index.resolve(form.toUpperCase())?.code ?? null, form).not.toBeNull();
    }
  });

  it('gives null for names that are not countries', () => {
    for (const text of ['Cyril Ramaphosa', 'Kassym-Jomart Tokayev', 'the President', 'Summit']) expect(index.resolve(text)).toBeNull();
  });
});
