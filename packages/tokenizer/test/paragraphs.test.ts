import { describe, expect, it } from 'vitest';
import { normalize, splitParagraphs } from '../src/index.js';
import { expectHonest, tokenize } from './helpers.js';

const paragraphs = (raw: string) => splitParagraphs(normalize(raw)).map((p) => [p.text, p.heading] as const);

describe('splitParagraphs', () => {
  it('splits blocks at blank lines and trims them', () => {
    const raw = '  First line\nstill first.  \n \n\nSecond.\r\n\r\nThird.\n';
    const ps = splitParagraphs(normalize(raw));
    expect(ps.map((p) => p.text)).toEqual(['First line\nstill first.', 'Second.', 'Third.']);
    expect(ps.map((p) => [p.start, p.end])).toEqual([[2, 25], [31, 38], [42, 48]]);
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('makes each line a paragraph when there is no blank line', () => {
    expect(paragraphs('Leaders met.\nThey signed a treaty.\nIt binds all.')).toEqual([
      ['Leaders met.', false],
      ['They signed a treaty.', false],
      ['It binds all.', false],
    ]);
  });

  it('joins hard-wrapped lines (no final punctuation, next starts lower case)', () => {
    expect(paragraphs('Leaders of five countries gathered\nin Astana for the summit.\nThey signed.')).toEqual([
      ['Leaders of five countries gathered\nin Astana for the summit.', false],
      ['They signed.', false],
    ]);
    // a colon or a closing quote ends the line
    expect(paragraphs('He said:\nthe rest.').map(([t]) => t)).toEqual(['He said:', 'the rest.']);
  });

  it('marks short title lines followed by body text as headings', () => {
    expect(
      paragraphs(
        'Upholding the Shared Spirit\n\nXi hailed the spirit.\n\nHigh-quality development of the Belt and Road Initiative\n\nTrade grew.',
      ),
    ).toEqual([
      ['Upholding the Shared Spirit', true],
      ['Xi hailed the spirit.', false],
      ['High-quality development of the Belt and Road Initiative', true],
      ['Trade grew.', false],
    ]);
  });

  it('does not mark headings: sentences, long lines, lower-case starts, a last line, two titles in a row', () => {
    expect(
      paragraphs(
        'Leaders met.\n\nthe lower case line\n\nA very long line with far more than twelve words in it that goes on and on\n\nTitle One\n\nTitle Two\n\nBody.\n\nLast line',
      ).map(([, h]) => h),
    ).toEqual([false, false, false, false, true, false, false]);
  });

  it('returns no paragraph for blank text', () => {
    expect(splitParagraphs(normalize(' \n\t\n '))).toEqual([]);
  });

  it('keeps paragraphs honest over CRLF, NBSP and entities', () => {
    const doc = tokenize('\ufeffTitle&nbsp;Here\r\n\r\n\u00a0Body &amp; more.\u200b\r\n');
    expect(doc.layers.paragraphs!.map((p) => p.text)).toEqual(['Title&nbsp;Here', 'Body &amp; more.']);
    expectHonest(doc);
  });
});

describe('splitParagraphs: text wrapped at a fixed width, without blank lines', () => {
  it('joins wrapped lines even when the next starts in upper case, and keeps short title lines apart', () => {
    const raw = [
      'Leaders Sign Treaty',
      'The treaty is to enshrine the principle of everlasting friendship, said',
      'Chinese President Xi Jinping in a keynote speech on Tuesday in Astana.',
      'It was the second summit of the six countries since the mechanism was',
      'launched in 2020.',
      'Trade rose.',
    ].join('\n');
    expect(paragraphs(raw).map(([t]) => t)).toEqual([
      'Leaders Sign Treaty',
      'The treaty is to enshrine the principle of everlasting friendship, said\nChinese President Xi Jinping in a keynote speech on Tuesday in Astana.',
      'It was the second summit of the six countries since the mechanism was\nlaunched in 2020.',
      'Trade rose.',
    ]);
  });

  it('does not join long unwrapped lines', () => {
    const long = 'A line that is much longer than any wrap width would be, running well past one hundred characters to show it';
    expect(paragraphs(`${long}\n${long}\n${long}`).length).toBe(3);
  });
});

describe('splitParagraphs: title lines inside blocks, and lines that are not titles', () => {
  it('splits a title line off the top of a block, but not a label ending in a colon', () => {
    const raw = 'G20 Leaders Adopt Declaration\nSummit focuses on hunger and poverty\n\nBody text here.\n\nAbout the G20\nThe G20 comprises 19 countries.\n\nMedia contact:\nJane Doe';
    expect(paragraphs(raw)).toEqual([
      ['G20 Leaders Adopt Declaration', false],
      ['Summit focuses on hunger and poverty', true],
      ['Body text here.', false],
      ['About the G20', true],
      ['The G20 comprises 19 countries.', false],
      ['Media contact:\nJane Doe', false],
    ]);
  });

  it('does not take a photo caption or a time stamp for a heading', () => {
    expect(paragraphs('Photo: Leaders pose for photos. (Xinhua/Li Tao)\n\nBody.').map(([, h]) => h)).toEqual([false, false]);
    expect(paragraphs('2024-07-04 20:10\n\nBody.').map(([, h]) => h)).toEqual([false, false]);
    expect(paragraphs('2025 Outlook for Trade\n\nBody.').map(([, h]) => h)).toEqual([true, false]);
    expect(paragraphs('Dr. Li Visits Astana\n\nBody.').map(([, h]) => h)).toEqual([true, false]);
  });
});
