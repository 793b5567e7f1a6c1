import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoc, createPipeline, identityView, isHonestSpan, type Doc } from '@pressfacts/document';
// The tokenizer is a sibling workspace package; the tests reach its source by path.
import { createTokenizer } from '../../tokenizer/src/index.js';
import { createEntityTagger, findEntities, compileVocabularies } from '../src/index.js';
import { GOLDEN_TEXT } from './entities-support.js';

const pipeline = createPipeline([createTokenizer(), createEntityTagger()]);
const noPeople = createPipeline([createTokenizer(), createEntityTagger({ people: false })]);

describe('entities stage', () => {
  it('declares its layers', () => {
    const stage = createEntityTagger();
    expect([stage.name, stage.requires, stage.provides]).toEqual(['entities', ['view', 'header', 'sentences', 'tokens'], ['entities']]);
  });

  it('ids are stable and kinds cover places, organisations, events, agreements and people', () => {
    const text = 'BEIJING, May 2, 2024 (Xinhua) -- Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev at the second China-Central Asia Summit in Astana. They signed the Astana Declaration and praised the Shanghai Cooperation Organization (SCO).';
    const doc = pipeline.process(text);
    const ids = (doc.layers.entities ?? []).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([
      'country:CN', 'country:KZ', 'city:beijing', 'city:astana', 'region:central-asia', 'event:china-central-asia-summit#2',
      'agreement:astana-declaration', 'org:shanghai-cooperation-organization', 'org:xinhua-news-agency',
      'person:xi-jinping', 'person:kassym-jomart-tokayev',
    ]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a person name is never a city or a country name ("Victoria Nuland", "Chad Smith")', () => {
    const text = 'U.S. Under Secretary Victoria Nuland met Minister Chad Smith in Nice.';
    const entities = pipeline.process(text).layers.entities ?? [];
    expect(entities.filter((e) => e.kind === 'city').map((e) => e.name)).toEqual(['Nice']);
    expect(entities.filter((e) => e.kind === 'country').map((e) => e.name)).toEqual(['United States']);
  });

  it.each(['', '   ', '\n\n', '🎉🎉', '北京 中国 峰会', '\ud800 lone surrogate \udc00', 'A'.repeat(100_000), '((((((', 'The the the'])('never throws: %#', (text) => {
    const doc: Doc = pipeline.process(text);
    expect(doc.diagnostics.filter((d) => d.source === 'entities')).toEqual([]);
    for (const e of doc.layers.entities ?? []) for (const m of e.mentions) expect(isHonestSpan(text, m)).toBe(true);
  });

  it('reports, not throws, when a layer is unusable', () => {
    const stage = createEntityTagger();
    const reported: string[] = [];
    const broken = { ...createDoc('x'), layers: { view: null, header: null, sentences: [], tokens: [] } } as unknown as Doc;
    const out = stage.run(broken, { report: (d) => reported.push(d.code) });
    expect(out.entities).toEqual([]);
    expect(reported).toEqual(['entities-failed']);
  });

  it('property: no throw and honest spans on arbitrary text (>= 200 runs)', () => {
    const words = fc.constantFrom(
      'China', 'Chinese', 'the', 'Summit', 'summit', 'second', '24th', 'of', 'Treaty', 'and', 'Astana', ',', '.', 'BRI', '(BRI)',
      'Initiative', 'Belt', 'Road', 'in', 'city', 'capital', 'Nice', 'Xi', "Xi'an", 'U.S.', 'US', 'Central', 'Asia', 'Bank', '\n',
      'meeting', 'Council', 'SCO', '’s', '—', 'é', '🎉', 'President', 'KAZAN', 'Russia',
    );
    const text = fc.oneof(fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));
    fc.assert(
      fc.property(text, (t) => {
        const doc = noPeople.process(t);
        for (const e of doc.layers.entities ?? []) {
          if (e.mentions.length === 0) return false;
          for (const m of e.mentions) if (!isHonestSpan(t, m)) return false;
        }
        return doc.diagnostics.every((d) => d.level !== 'error');
      }),
      { numRuns: 300 },
    );
  });

  it('speed: the stage without people stays near 1 ms per 5 KB document after warm-up', () => {
    const vocab = compileVocabularies();
    const view = identityView(GOLDEN_TEXT);
    for (let i = 0; i < 200; i++) findEntities({ view }, vocab);
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const t = cpu();
    const runs = 500;
    for (let i = 0; i < runs; i++) findEntities({ view }, vocab);
    const perDoc = (cpu() - t) / runs;
    // generous bound for busy CI machines; scripts/bench.ts reports the real number
    expect(perDoc).toBeLessThan(5);
  });
});
