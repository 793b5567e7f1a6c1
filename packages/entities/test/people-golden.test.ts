import { describe, expect, it } from 'vitest';
import { isHonestSpan } from '@pressfacts/document';
import { GOLDEN_TEXT, people } from './people-support.js';

/** Every standalone "Xi" (not "Xi'an"), as [start, end, text]. */
function standaloneXi(text: string): [number, number, string][] {
  return [...text.matchAll(/\bXi\b(?!'an)(?! Jinping)/g)].map((m) => [m.index, m.index + 2, 'Xi']);
}

describe('findPeople: golden article', () => {
  const found = people(GOLDEN_TEXT);

  it('finds exactly three people', () => {
    expect(found.map((p) => p.name)).toEqual(['Xi Jinping', 'Sun Weidong', 'Cui Zheng']);
  });

  it('Xi Jinping: President of China, with every later "Xi"', () => {
    const xi = found[0]!;
    expect(xi).toMatchObject({ id: 'person:xi-jinping', titles: ['President'], country: 'China', affiliation: null });
    const full = GOLDEN_TEXT.indexOf('Xi Jinping');
    const later = standaloneXi(GOLDEN_TEXT);
    expect(later).toHaveLength(7);
    expect(xi.mentions.map((m) => [m.start, m.end, m.text])).toEqual([[full, full + 10, 'Xi Jinping'], ...later]);
    expect(xi.provenance).toEqual({ rule: 'people/title-before-name', confidence: 0.9 });
  });

  it('Sun Weidong: secretary-general of the Secretariat', () => {
    const sun = found[1]!;
    expect(sun).toMatchObject({
      titles: ['secretary-general'],
      affiliation: 'Secretariat of the China-Central Asia Mechanism',
      country: null,
    });
    const at = GOLDEN_TEXT.indexOf('Sun Weidong');
    expect(sun.mentions.map((m) => [m.start, m.end, m.text])).toEqual([[at, at + 11, 'Sun Weidong']]);
  });

  it('Cui Zheng: director, with his later "Cui said"', () => {
    const cui = found[2]!;
    expect(cui).toMatchObject({
      titles: ['director'],
      affiliation: 'Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University',
      country: null,
    });
    const full = GOLDEN_TEXT.indexOf('Cui Zheng');
    const short = GOLDEN_TEXT.indexOf('Cui said');
    expect(cui.mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [full, full + 9, 'Cui Zheng'],
      [short, short + 3, 'Cui'],
    ]);
  });

  it('keeps every span honest against the raw text', () => {
    for (const p of found) for (const m of p.mentions) expect(isHonestSpan(GOLDEN_TEXT, m)).toBe(true);
  });

  it('gives the same result with CRLF line ends and curly quotes', () => {
    const variant = GOLDEN_TEXT.replace(/\n/g, '\r\n').replace(/'/g, '\u2019');
    const again = people(variant);
    expect(again.map((p) => [p.name, p.titles, p.mentions.length])).toEqual(found.map((p) => [p.name, p.titles, p.mentions.length]));
    for (const p of again) for (const m of p.mentions) expect(isHonestSpan(variant, m)).toBe(true);
  });
});
