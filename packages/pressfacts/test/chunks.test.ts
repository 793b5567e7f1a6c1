import { describe, expect, it } from 'vitest';
import { chunkRange } from '../src/facts/chunks.js';
import { contextOf } from './support/context.js';

/** The chunks of a one-sentence text: each as its text, kind, hardness and aside. */
function chunked(sentence: string) {
  const ctx = contextOf(sentence, null);
  const text = chunkRange(ctx, 0, ctx.text.length);
  return text.chunks.map((c) => [ctx.text.slice(text.tokens[c.from]!.norm.start, text.tokens[c.to - 1]!.norm.end), c.kind, c.hard, c.aside]);
}

describe('chunkRange: clause-like chunks of a sentence', () => {
  it('runs an aside opened by "including" over bare commas until a verb', () => {
    expect(chunked('A starter kit, including one transmitter, two consoles and a case, is priced at $99.')).toEqual([
      ['A starter kit', 'noun', false, false],
      ['one transmitter', 'noun', false, true],
      ['two consoles and a case', 'clause', false, true],
      ['is priced at $99.', 'predicate', false, false],
    ]);
  });

  it('parts two events an "and" between dates joins', () => {
    expect(chunked('The summits were held in Johannesburg in 2015 and again in Beijing in 2018.')).toEqual([
      ['The summits were held in Johannesburg in 2015', 'clause', false, false],
      ['again in Beijing in 2018.', 'phrase', true, false],
    ]);
  });

  it('keeps a cleft sentence whole at "that" and a date whole at its comma', () => {
    expect(chunked('It was in Astana that the leaders signed the treaty, which entered into force on Jan. 1, 2025.')).toEqual([
      ['It was in Astana that the leaders signed the treaty', 'clause', false, false],
      ['which entered into force on Jan. 1, 2025.', 'relative', false, false],
    ]);
  });

  it('cuts at a relative word after a noun, stop marks, dashes and "and" before a verb', () => {
    expect(chunked('Leaders met in the hall where the treaty was signed; the talks, held on 15-16 February, ended — and ministers left.')).toEqual([
      ['Leaders met in the hall', 'clause', false, false],
      ['the treaty was signed', 'clause', false, false],
      ['the talks', 'noun', true, false],
      ['held on 15-16 February', 'participle', false, false],
      ['ended', 'predicate', false, false],
      ['and ministers left.', 'clause', true, false],
    ]);
  });

  it('finds the chunk holding an offset, and none in a cut', () => {
    const ctx = contextOf('The talks, held in Lima, ended.', null);
    const text = chunkRange(ctx, 0, ctx.text.length);
    expect(text.chunkAt(ctx.text.indexOf('Lima'))).toBe(1);
    expect(text.chunkAt(ctx.text.indexOf(','))).toBe(-1);
    expect(chunkRange(ctx, 0, ctx.text.length)).toBe(text);
  });
});
