import { createPipeline } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { createTokenizer } from '../src/index.js';

describe('README example', () => {
  it('gives what the README says', () => {
    const raw = 'Leaders Sign Treaty\n\nASTANA, July 4 (Xinhua) -- Dr. Li met the U.S. envoy. \u201cIt is a milestone,\u201d he said.';
    const doc = createPipeline([createTokenizer()]).process(raw);
    const { header, sentences, tokens } = doc.layers;
    expect(header?.headline?.text).toBe('Leaders Sign Treaty');
    expect(header?.dateline?.place?.text).toBe('ASTANA');
    expect(header?.dateline?.dateText?.text).toBe('July 4');
    expect(header?.dateline?.wire?.text).toBe('Xinhua');
    expect(header?.dateline?.provenance.rule).toBe('dateline/wire-parenthesised');
    expect(sentences?.map((s) => s.text)).toEqual(['Leaders Sign Treaty', 'Dr. Li met the U.S. envoy.', '\u201cIt is a milestone,\u201d he said.']);
    expect(tokens?.[3]).toMatchObject({ start: 48, end: 51, text: 'Dr.', value: 'Dr.', kind: 'word', pos: 'PROPN', sentence: 1 });
    // The headline paragraph is a heading too, and is prose: it has its own sentence.
    expect(doc.layers.paragraphs?.[0]?.heading).toBe(true);
  });
});
