import { describe, expect, it } from 'vitest';
import {
  createDoc,
  createPipeline,
  identityView,
  isHonestSpan,
  PipelineError,
  segmentFromView,
  type Stage,
} from '@pressfacts/document';

const viewStage: Stage<'view', never> = {
  name: 'view',
  requires: [],
  provides: ['view'],
  run: (doc) => ({ view: identityView(doc.text) }),
};

const sentenceStage: Stage<'sentences', 'view'> = {
  name: 'sentences',
  requires: ['view'],
  provides: ['sentences'],
  run: (doc, ctx) => {
    ctx.report({ level: 'info', code: 'demo', message: 'ran', span: null });
    const view = doc.layers.view!;
    return { sentences: [{ ...segmentFromView(view, 0, view.text.length), index: 0, paragraph: 0 }] };
  },
};

describe('createPipeline', () => {
  it('checks requires against earlier provides when built', () => {
    expect(() => createPipeline([sentenceStage])).toThrowError(PipelineError);
    expect(() => createPipeline([sentenceStage])).toThrowError(/requires layer "view"/);
    expect(() => createPipeline([viewStage, viewStage])).toThrowError(/two stages are named "view"/);
  });

  it('runs stages in order, adds layers and tags diagnostics with their source', () => {
    const doc = createPipeline([viewStage, sentenceStage]).process('Hi there.', { id: 'x' });
    expect(doc.id).toBe('x');
    expect(doc.layers.sentences?.[0]).toMatchObject({ start: 0, end: 9, text: 'Hi there.' });
    expect(doc.diagnostics).toEqual([{ level: 'info', code: 'demo', message: 'ran', span: null, source: 'sentences' }]);
  });

  it('turns a throwing stage into an error diagnostic and skips dependants', () => {
    const broken: Stage<'view', never> = { ...viewStage, run: () => { throw new Error('boom'); } };
    const doc = createPipeline([broken, sentenceStage]).process('text');
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['stage-failed', 'stage-skipped']);
    expect(doc.diagnostics[0]?.message).toContain('boom');
    expect(doc.layers.sentences).toBeUndefined();
  });

  it('does not mutate the input document', () => {
    const doc = createDoc('abc');
    const out = createPipeline([viewStage]).run(doc);
    expect(doc.layers.view).toBeUndefined();
    expect(out.layers.view?.text).toBe('abc');
  });
});

describe('spans', () => {
  it('segmentFromView maps back to honest raw spans', () => {
    const seg = segmentFromView(identityView('Hello world'), 6, 11);
    expect(seg).toEqual({ start: 6, end: 11, text: 'world', norm: { start: 6, end: 11 } });
    expect(isHonestSpan('Hello world', seg)).toBe(true);
    expect(isHonestSpan('Hello world', { start: 6, end: 11, text: 'World' })).toBe(false);
  });

  it('stable ids do not depend on anything but the text', () => {
    expect(createDoc('same').id).toBe(createDoc('same').id);
    expect(createDoc('same').id).not.toBe(createDoc('other').id);
    expect(createDoc('same').id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('Pipeline.runMany', () => {
  const failsOnBoom: Stage<'paragraphs', 'view'> = {
    name: 'paragraphs',
    requires: ['view'],
    provides: ['paragraphs'],
    run: (doc) => {
      if (doc.text.includes('boom')) throw new Error('no paragraphs here');
      return { paragraphs: [] };
    },
  };
  const pipeline = createPipeline([viewStage, sentenceStage, failsOnBoom]);
  const texts = ['Hi there.', 'A boom.', '', 'Last one.'];

  it('gives, in order, the documents run would give one by one', () => {
    const docs = texts.map((t, i) => createDoc(t, { id: `d${i}` }));
    const many = pipeline.runMany(docs);
    expect(many.map((d) => d.id)).toEqual(['d0', 'd1', 'd2', 'd3']);
    expect(many).toEqual(docs.map((d) => pipeline.run(d)));
    expect(many[0]!.layers.sentences?.[0]?.text).toBe('Hi there.');
  });

  it('keeps a stage failure to the document it failed on', () => {
    const many = pipeline.runMany(texts.map((t) => createDoc(t)));
    expect(many.map((d) => d.diagnostics.map((x) => x.code))).toEqual([['demo'], ['demo', 'stage-failed'], ['demo'], ['demo']]);
    expect(many[1]!.layers.paragraphs).toBeUndefined();
    expect(many[3]!.layers.paragraphs).toEqual([]);
  });

  it('leaves the array and documents it is given as they were', () => {
    const docs = [createDoc('One.'), createDoc('Two.')];
    const copy = [...docs];
    const many = pipeline.runMany(docs);
    expect(docs).toEqual(copy);
    expect(docs[0]!.layers).toEqual({});
    expect(many).not.toBe(docs);
    expect(pipeline.runMany([])).toEqual([]);
  });
});
