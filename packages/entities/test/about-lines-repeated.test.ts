import { describe, expect, it } from 'vitest';
import { findAboutLines, occurrencesOfAll } from '../src/recognise/about-lines.js';
import { createScan } from '../src/recognise/scan.js';
import { compileVocabularies } from '../src/vocabularies.js';
import { at, named, spansOf, tag } from './entities-support.js';

const vocab = compileVocabularies();

describe('"About" lines repeated through a text', () => {
  const block = 'About Northwind Labs\nNorthwind Labs builds tools.\n\n';

  it('give each mention of the name once, not once per line', () => {
    const text = block.repeat(3);
    const mentions = findAboutLines(createScan({ text }, vocab));
    expect(mentions.map((m) => [m.start, m.end])).toEqual([0, 1, 2, 3, 4, 5].map((k) => at(text, 'Northwind Labs', k).slice(0, 2)));
  });

  it('still make one organisation with every mention', () => {
    const text = `Leaders met.\n\n${block.repeat(2)}`;
    const org = named(tag(text), 'organization', 'Northwind Labs');
    expect(spansOf(org)).toEqual([0, 1, 2, 3].map((k) => at(text, 'Northwind Labs', k)));
  });

  it('stay linear: 2,000 repeated lines give 4,000 mentions (not 8,000,000)', () => {
    expect(findAboutLines(createScan({ text: block.repeat(2000) }, vocab))).toHaveLength(4000);
  });
});

describe('occurrencesOfAll', () => {
  /** The search per name it must agree with: non-overlapping matches, then whole phrases only. */
  const byIndexOf = (text: string, name: string) => {
    const out: number[] = [];
    const glued = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) if (!glued(text[i - 1]) && !glued(text[i + name.length])) out.push(i);
    return out;
  };
  const text = 'Aa Aa Aa. XAa Aa Labs, Aa Labs; Northwind Labs and Northwind Labsx, Northwind Lab. Bo Bo.';
  // More names than one search each is used for (the pass is tested), one of a single letter.
  const names = ['Aa Aa', 'Aa Labs', 'Northwind Labs', 'Northwind Lab', 'Bo', 'Zed Corp', 'Aa', 'X', ...Array.from({ length: 40 }, (_, k) => `Filler ${k} Co`)];

  it('finds what a search per name finds, overlaps and glued words included', () => {
    const found = occurrencesOfAll(text, names);
    for (const name of names) expect(found.get(name), name).toEqual(byIndexOf(text, name));
    expect(found.get('Aa Aa')).toEqual([0]); // the match at 3 overlaps the one at 0
    expect(found.get('Northwind Labs')).toEqual([text.indexOf('Northwind Labs')]);
    expect(found.get('Zed Corp')).toEqual([]);
  });

  it('gives the same with few names (one search each)', () => {
    expect(occurrencesOfAll(text, ['Aa Labs', 'Bo'])).toEqual(new Map([['Aa Labs', byIndexOf(text, 'Aa Labs')], ['Bo', byIndexOf(text, 'Bo')]]));
  });
});
