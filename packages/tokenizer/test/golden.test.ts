import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectHonest, tokenize } from './helpers.js';

const raw = readFileSync(new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url), 'utf8');
const doc = tokenize(raw);
const { header, paragraphs, sentences, tokens } = doc.layers;

describe('golden article: China-Central Asia Summit 2025', () => {
  it('reads the date header', () => {
    expect(header!.dateHeader?.date).toBe('2025-06-18');
    expect(header!.dateHeader?.segment.text).toBe('date 2025-06-18');
  });

  it('reads the headline (the summary after the date header)', () => {
    expect(header!.headline?.text.startsWith('CGTN published an article on the second China-Central Asia Summit')).toBe(true);
    expect(header!.headline?.text.endsWith('regional cooperation.')).toBe(true);
  });

  it('reads the dateline', () => {
    const d = header!.dateline!;
    expect(d.segment.text).toBe('BEIJING, June 18, 2025 (GLOBE NEWSWIRE) --');
    expect(d.place?.text).toBe('BEIJING');
    expect(d.dateText?.text).toBe('June 18, 2025');
    expect(d.wire?.text).toBe('GLOBE NEWSWIRE');
    expect(d.provenance).toEqual({ rule: 'dateline/wire-parenthesised', confidence: 0.95 });
    expect(raw.slice(header!.dateline!.segment.start, header!.dateline!.segment.end)).toBe(d.segment.text);
    expect(doc.layers.view!.text.slice(header!.bodyStart).startsWith('In a historic first')).toBe(true);
  });

  it('finds the section headings and nothing else', () => {
    expect(paragraphs!.filter((p) => p.heading).map((p) => p.text)).toEqual([
      'Upholding the China-Central Asia Spirit',
      'High-quality development of the Belt and Road Initiative',
    ]);
    expect(paragraphs!.length).toBe(23);
  });

  it('splits sentences: the dateline is not in them, the quote is one sentence', () => {
    expect(sentences![0]!.text.startsWith('CGTN published')).toBe(true);
    expect(sentences![1]!.text.startsWith('In a historic first, the China-Central Asia Summit was hosted')).toBe(true);
    expect(sentences!.some((s) => s.text.includes('GLOBE NEWSWIRE'))).toBe(false);
    expect(sentences!.find((s) => s.text.startsWith('"It is a milestone'))?.text).toBe(
      '"It is a milestone for today and a foundation for tomorrow," Xi said while addressing the summit, which was attended by the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.',
    );
    expect(sentences!.map((s) => s.text)).toContain('In 2020, China proposed the establishment of a China-Central Asia mechanism.');
    expect(sentences!.find((s) => s.text.includes('92.4 percent'))?.text.startsWith('According to the CGTN poll, 92.4 percent')).toBe(true);
    for (const s of sentences!) expect(s.text).toMatch(/[.!?"]$|[a-z]$/);
  });

  it('tokens: the curly dash is normalised, numbers are whole, all in order', () => {
    const dash = tokens!.find((t) => t.text === '\u2013')!;
    expect(dash.value).toBe('-');
    expect(tokens!.find((t) => t.value === '92.4')?.kind).toBe('number');
    for (let i = 1; i < tokens!.length; i++) expect(tokens![i]!.start).toBeGreaterThanOrEqual(tokens![i - 1]!.end);
    expect(doc.diagnostics).toEqual([]);
  });

  it('every segment slices the raw input to its text', () => {
    expectHonest(doc);
  });
});
