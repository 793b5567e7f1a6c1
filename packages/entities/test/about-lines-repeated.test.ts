import { describe, expect, it } from 'vitest';
import { findAboutLines } from '../src/recognise/about-lines.js';
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
