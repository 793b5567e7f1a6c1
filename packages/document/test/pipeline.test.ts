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

describe('Pipeline.runMany with a stage that runs many documents at once', () => {
  const calls: string[] = [];
  const paragraphsStage = (fail: 'no' | 'throw' | 'short'): Stage<'paragraphs', 'view'> => ({
    name: 'paragraphs',
    requires: ['view'],
    provides: ['paragraphs'],
    run: (doc, ctx) => {
      calls.push(`run:${doc.text}`);
      if (doc.text === 'bad') throw new Error('bad text');
      ctx.report({ level: 'info', code: 'one', message: doc.text, span: null });
      return { paragraphs: [] };
    },
    runMany: (docs, contexts) => {
      calls.push(`runMany:${docs.map((d) => d.text).join('+')}`);
      if (fail === 'throw' && docs.some((d) => d.text === 'bad')) throw new Error('bad text');
      contexts.forEach((ctx, i) => ctx.report({ level: 'info', code: 'one', message: docs[i]!.text, span: null }));
      const out = docs.map(() => ({ paragraphs: [] }));
      return fail === 'short' ? out.slice(1) : out;
    },
  });
  const texts = ['a', 'b', 'c'];

  it('hands the stage every ready document at once, and each its own diagnostics', () => {
    calls.length = 0;
    const pipeline = createPipeline([viewStage, paragraphsStage('no')]);
    const many = pipeline.runMany(texts.map((t) => createDoc(t)));
    expect(calls).toEqual(['runMany:a+b+c']);
    expect(many.map((d) => d.diagnostics.map((x) => `${x.source}:${x.message}`))).toEqual([['paragraphs:a'], ['paragraphs:b'], ['paragraphs:c']]);
    expect(many).toEqual(texts.map((t) => pipeline.run(createDoc(t))));
  });

  it('runs documents one by one when the many-document run throws, so the failure stays with its document', () => {
    calls.length = 0;
    const many = createPipeline([viewStage, paragraphsStage('throw')]).runMany(['a', 'bad', 'c'].map((t) => createDoc(t)));
    expect(calls).toEqual(['runMany:a+bad+c', 'run:a', 'run:bad', 'run:c']);
    expect(many.map((d) => d.diagnostics.map((x) => x.code))).toEqual([['one'], ['stage-failed'], ['one']]);
    expect(many.map((d) => d.layers.paragraphs)).toEqual([[], undefined, []]);
  });

  it('runs documents one by one when it gives the wrong number of results', () => {
    calls.length = 0;
    const many = createPipeline([viewStage, paragraphsStage('short')]).runMany(texts.map((t) => createDoc(t)));
    expect(calls).toEqual(['runMany:a+b+c', 'run:a', 'run:b', 'run:c']);
    expect(many.map((d) => d.layers.paragraphs)).toEqual([[], [], []]);
  });

  it('gives only the documents that hold what it requires; the others are skipped with a diagnostic', () => {
    calls.length = 0;
    const pipeline = createPipeline([paragraphsStage('no')], { initial: ['view'] });
    const withView = (t: string) => ({ ...createDoc(t), layers: { view: identityView(t) } });
    const many = pipeline.runMany([withView('a'), createDoc('b'), withView('c')]);
    expect(calls).toEqual(['runMany:a+c']);
    expect(many.map((d) => d.diagnostics.map((x) => x.code))).toEqual([['one'], ['stage-skipped'], ['one']]);
  });
});
