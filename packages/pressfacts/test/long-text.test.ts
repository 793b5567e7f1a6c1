import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../src/facts/figures.js';
import { quotationTest } from '../src/facts/timeline-dates.js';
import { chunkLookup, firstTokenFrom } from '../src/facts/token-search.js';
import { contextOf, release } from './support/context.js';

describe('quotationTest', () => {
  const text = 'He said "it ends on May 5" and left. \u201CNot before June,\u201D she said on July 1.';
  const inside = quotationTest(text);

  it('is true only after an odd number of marks since the paragraph start', () => {
    expect(inside(0, text.indexOf('May'))).toBe(true);
    expect(inside(0, text.indexOf('and'))).toBe(false);
    expect(inside(0, text.indexOf('June'))).toBe(true);
    expect(inside(0, text.indexOf('July'))).toBe(false);
  });

  it('counts from the paragraph start, not the text start', () => {
    // From just after the first mark, "May" is no longer inside an opened quotation.
    expect(inside(text.indexOf('"') + 1, text.indexOf('May'))).toBe(false);
    expect(inside(text.indexOf('"') + 1, text.indexOf('and'))).toBe(true);
  });

  it('is false for an empty or reversed range and for text without marks', () => {
    expect(inside(10, 10)).toBe(false);
    expect(inside(text.indexOf('July'), 0)).toBe(false);
    expect(quotationTest('no marks here')(0, 13)).toBe(false);
  });
});

describe('figures: a figure repeated through a long text', () => {
  it('is one figure whose evidence lists every mention, in order', () => {
    const body = 'Trade reached $5 billion last year, officials said. The ministers met in the capital and discussed energy, health and security with their partners. '.repeat(40);
    const text = release(body);
    const figures = assembleFigures(contextOf(text));
    expect(figures).toHaveLength(1);
    expect(figures[0]!.value).toBe(5e9);
    const evidence = figures[0]!.evidence;
    expect(evidence).toHaveLength(40);
    expect(evidence.every((s) => text.slice(s.start, s.end) === s.text && s.text === '$5 billion')).toBe(true);
    expect(evidence.every((s, i) => i === 0 || s.start > evidence[i - 1]!.start)).toBe(true);
  });
});

describe('token searches', () => {
  const ctx = contextOf(release('Trade rose 5% to $3 billion, officials said, and exports grew.'));
  const tokens = ctx.tokensIn(ctx.header.bodyStart, ctx.text.length);
  const scan = (offset: number) => tokens.findIndex((t) => t.norm.start >= offset);

  it('firstTokenFrom answers as the linear scan does, at every offset', () => {
    for (let offset = ctx.header.bodyStart - 2; offset <= ctx.text.length + 2; offset++) expect(firstTokenFrom(tokens, offset)).toBe(scan(offset));
    expect(firstTokenFrom(tokens, Number.NaN)).toBe(-1);
    expect(firstTokenFrom([], 0)).toBe(-1);
  });

  it('firstTokenFrom finds the token right after a figure', () => {
    const percent = ctx.text.indexOf('5%');
    expect(tokens[firstTokenFrom(tokens, percent + 2)]!.value).toBe('to');
  });

  it('chunkLookup answers as the linear scan does, empty chunks included', () => {
    const chunks = [
      { from: 0, to: 3 },
      { from: 3, to: 3 },
      { from: 4, to: 7 },
      { from: 7, to: tokens.length },
    ];
    const lookup = chunkLookup(tokens, chunks);
    const linear = (offset: number) => chunks.findIndex((c) => c.to > c.from && tokens[c.from]!.norm.start <= offset && offset < tokens[c.to - 1]!.norm.end);
    for (let offset = 0; offset <= ctx.text.length + 1; offset++) expect(lookup(offset)).toBe(linear(offset));
    // The token skipped between chunks 0 and 2 belongs to no chunk.
    expect(lookup(tokens[3]!.norm.start)).toBe(-1);
    expect(lookup(tokens[5]!.norm.start)).toBe(2);
    expect(chunkLookup(tokens, [])(tokens[0]!.norm.start)).toBe(-1);
    // Without an empty chunk (as the chunker makes them), the same answers.
    const nonEmpty = chunks.filter((c) => c.to > c.from);
    const direct = chunkLookup(tokens, nonEmpty);
    for (let offset = 0; offset <= ctx.text.length + 1; offset++) expect(direct(offset)).toBe(linear(offset) === -1 ? -1 : nonEmpty.indexOf(chunks[linear(offset)]!));
  });
});
