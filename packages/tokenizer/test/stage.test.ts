import { createPipeline } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { createTokenizer } from '../src/index.js';
import { expectHonest, tokenize } from './helpers.js';

describe('createTokenizer', () => {
  it('declares its layers', () => {
    const stage = createTokenizer();
    expect(stage.name).toBe('tokenizer');
    expect(stage.requires).toEqual([]);
    expect(stage.provides).toEqual(['view', 'header', 'paragraphs', 'sentences', 'tokens']);
    expect(createPipeline([stage]).provides).toEqual(['view', 'header', 'paragraphs', 'sentences', 'tokens']);
  });

  it.each(['', '   ', '\n\r\n\t', '\ufeff\u200b', '&#8203;'])('returns empty layers and an info for blank input %j', (raw) => {
    const doc = tokenize(raw);
    expect(doc.layers.paragraphs).toEqual([]);
    expect(doc.layers.sentences).toEqual([]);
    expect(doc.layers.tokens).toEqual([]);
    expect(doc.layers.header).toEqual({ dateHeader: null, headline: null, dateline: null, bodyStart: doc.layers.view!.text.length });
    expect(doc.diagnostics).toEqual([{ level: 'info', code: 'empty-input', message: 'the document has no text', span: null, source: 'tokenizer' }]);
  });

  it('copes with control characters, lone surrogates, emoji and CJK', () => {
    const doc = tokenize('\u0000\u0001Leaders\u0007 met \ud800 in 上海 \u{1F600}.\udc00');
    expect(doc.diagnostics).toEqual([]);
    expect(doc.layers.tokens!.map((t) => t.value)).toContain('Leaders');
    expectHonest(doc);
  });

  it('handles a 100k-character input in reasonable time', () => {
    const para = 'ASTANA, July 4 (Xinhua) -- Leaders of the SCO met on Tuesday. "It is a milestone," Mr. Li said. Trade rose 5.2 percent.\n\n';
    const raw = para.repeat(Math.ceil(100_000 / para.length));
    const t0 = performance.now();
    const doc = tokenize(raw);
    const ms = performance.now() - t0;
    expect(doc.layers.sentences!.length).toBeGreaterThan(2000);
    expect(ms).toBeLessThan(3000);
    expectHonest(doc);
  });

  it('honours datelineParagraphs', () => {
    const raw = 'One.\n\nTwo.\n\nASTANA, July 4 (Xinhua) -- Three.';
    expect(tokenize(raw).layers.header!.dateline).not.toBeNull();
    const doc = createPipeline([createTokenizer({ datelineParagraphs: 2 })]).process(raw);
    expect(doc.layers.header!.dateline).toBeNull();
  });
});

describe('long runs without spaces (wink-nlp is quadratic on them)', () => {
  it.each([
    ['dashes', '-'.repeat(100_000)],
    ['dotted capitals', 'A.'.repeat(50_000)],
    ['ampersands from entities', '&amp'.repeat(25_000)],
  ])('%s: one token each, fast', (_, run) => {
    const raw = `Leaders met. ${run} Then they left.`;
    const t0 = performance.now();
    const doc = tokenize(raw);
    expect(performance.now() - t0).toBeLessThan(2000);
    const long = doc.layers.tokens!.filter((t) => t.value.length > 200);
    expect(long.length).toBe(1);
    expect(long[0]!.start).toBe(13);
    expect(long[0]!.end).toBe(13 + run.length);
    expect(doc.layers.tokens!.map((t) => t.value).slice(0, 3)).toEqual(['Leaders', 'met', '.']);
    expect(doc.layers.tokens!.at(-1)!.value).toBe('.');
    expectHonest(doc);
  });

  it('keeps a long URL as one token', () => {
    const url = `https://example.org/${'a1'.repeat(150)}`;
    const doc = tokenize(`See ${url} now.`);
    expect(doc.layers.tokens!.map((t) => [t.value, t.kind])).toContainEqual([url, 'other']);
  });
});
