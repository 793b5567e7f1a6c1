import { createPipeline, isHonestSpan, type Doc, type Segment } from '@pressfacts/document';
import { expect } from 'vitest';
import { createTokenizer } from '../src/index.js';

const pipeline = createPipeline([createTokenizer()]);

/** Runs the tokenizer stage alone over `text`. */
export function tokenize(text: string): Doc {
  return pipeline.process(text);
}

/** Every segment the tokenizer made, from every layer. */
export function allSegments(doc: Doc): Segment[] {
  const { header, paragraphs = [], sentences = [], tokens = [] } = doc.layers;
  const out: Segment[] = [...paragraphs, ...sentences, ...tokens];
  if (header?.headline) out.push(header.headline);
  if (header?.dateHeader) out.push(header.dateHeader.segment);
  const d = header?.dateline;
  if (d) for (const s of [d.segment, d.place, d.dateText, d.wire]) if (s) out.push(s);
  return out;
}

/** Asserts the sacred invariant on every segment, and that norm offsets slice the view to the same item. */
export function expectHonest(doc: Doc): void {
  const view = doc.layers.view!;
  for (const s of allSegments(doc)) {
    expect(isHonestSpan(doc.text, s), JSON.stringify(s)).toBe(true);
    expect(s.norm.start).toBeLessThanOrEqual(s.norm.end);
    expect(s.norm.end).toBeLessThanOrEqual(view.text.length);
  }
  for (const t of doc.layers.tokens ?? []) expect(view.text.slice(t.norm.start, t.norm.end)).toBe(t.value);
}

export const texts = (items: readonly { text: string }[] | undefined): string[] => (items ?? []).map((i) => i.text);
