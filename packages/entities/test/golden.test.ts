// The golden article through the real tokenizer and the entities stage.
import { describe, expect, it } from 'vitest';
import { createPipeline, isHonestSpan, type Entity } from '@pressfacts/document';
// The tokenizer is a sibling workspace package; the tests reach its source by path.
import { createTokenizer } from '../../tokenizer/src/index.js';
import { createEntityTagger } from '../src/index.js';
import { at, GOLDEN_TEXT, named, names, ofKind, spansOf } from './entities-support.js';

const doc = createPipeline([createTokenizer(), createEntityTagger()]).process(GOLDEN_TEXT);
const entities: readonly Entity[] = doc.layers.entities ?? [];

describe('golden article: China-Central Asia Summit 2025', () => {
  it('runs without diagnostics and with honest spans', () => {
    expect(doc.diagnostics.filter((d) => d.source === 'entities')).toEqual([]);
    for (const e of entities) for (const m of e.mentions) expect(isHonestSpan(GOLDEN_TEXT, m)).toBe(true);
  });

  it('countries: China (with "Chinese") and the five Central Asian states', () => {
    expect(names(entities, 'country')).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
    const china = named(entities, 'country', 'China');
    expect(china?.id).toBe('country:CN');
    expect(china?.mentions.filter((m) => m.text === 'Chinese').map((m) => m.start)).toEqual([
      at(GOLDEN_TEXT, 'Chinese President')[0],
      at(GOLDEN_TEXT, "Chinese city of Xi'an")[0],
    ]);
    // 24 occurrences of "China"/"Chinese"; the one inside the Secretariat's name is the organisation's.
    expect(china?.mentions).toHaveLength(23);
    const secretariat = at(GOLDEN_TEXT, 'Secretariat of the China-Central Asia Mechanism');
    expect(china?.mentions.some((m) => m.start >= secretariat[0] && m.end <= secretariat[1])).toBe(false);
    expect(spansOf(named(entities, 'country', 'Kyrgyzstan'))).toEqual([at(GOLDEN_TEXT, 'Kyrgyzstan')]);
  });

  it('cities: Beijing from the dateline, Astana in Kazakhstan, Xi\'an in China', () => {
    expect(ofKind(entities, 'city').map((c) => [c.id, c.name, c.country])).toEqual([
      ['city:astana', 'Astana', 'Kazakhstan'],
      ['city:beijing', 'Beijing', 'China'],
      ['city:xi-an', "Xi'an", 'China'],
    ]);
    expect(spansOf(named(entities, 'city', 'Beijing'))).toEqual([at(GOLDEN_TEXT, 'BEIJING')]);
    expect(named(entities, 'city', 'Beijing')?.provenance.rule).toBe('places/dateline');
    expect(spansOf(named(entities, 'city', 'Astana'))).toEqual([
      at(GOLDEN_TEXT, 'Astana'),
      at(GOLDEN_TEXT, 'Astana', 1),
      at(GOLDEN_TEXT, 'Astana', 2),
      at(GOLDEN_TEXT, 'capital of Kazakhstan', 1),
    ]);
    expect(spansOf(named(entities, 'city', "Xi'an"))).toEqual([at(GOLDEN_TEXT, "Xi'an")]);
  });

  it('regions: Central Asia (with "Central Asian") and the Global South', () => {
    expect(names(entities, 'region')).toEqual(['Central Asia', 'Global South']);
    const ca = named(entities, 'region', 'Central Asia');
    // the sixth "Central Asian" is inside the Research Center's name
    expect(ca?.mentions.filter((m) => m.text === 'Central Asian')).toHaveLength(5);
  });

  it('organizations with the BRI acronym merged', () => {
    expect(ofKind(entities, 'organization').map((o) => [o.name, o.acronym])).toEqual([
      ['Belt and Road Initiative', 'BRI'],
      ['Secretariat of the China-Central Asia Mechanism', null],
      ['General Administration of Customs', null],
      ['Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University', null],
    ]);
    const bri = named(entities, 'organization', 'Belt and Road Initiative');
    expect(bri?.mentions.map((m) => m.text)).toEqual([
      'Belt and Road Initiative', 'Belt and Road Initiative', 'Belt and Road Initiative', 'BRI', 'BRI', 'BRI',
    ]);
  });

  it('events: edition 2, edition 1 ("inaugural ... in 2023"), an unnumbered mention, and "the Astana summit"', () => {
    expect(ofKind(entities, 'event').map((e) => [e.id, e.name, e.edition])).toEqual([
      ['event:china-central-asia-summit#2', 'China-Central Asia Summit', 2],
      ['event:china-central-asia-summit', 'China-Central Asia Summit', null],
      ['event:china-central-asia-summit#1', 'China-Central Asia Summit', 1],
      ['event:astana-summit', 'Astana Summit', null],
    ]);
    expect(spansOf(ofKind(entities, 'event')[2])).toEqual([at(GOLDEN_TEXT, 'China-Central Asia Summit', 2)]);
  });

  it('the treaty, with its back-reference', () => {
    const treaties = ofKind(entities, 'agreement');
    expect(treaties.map((a) => [a.name, a.agreementKind])).toEqual([
      ['Treaty of Permanent Good-Neighborliness and Friendly Cooperation', 'treaty'],
    ]);
    expect(treaties[0]?.mentions.map((m) => m.text)).toEqual([
      'Treaty of Permanent Good-Neighborliness and Friendly Cooperation',
      'Treaty of Permanent Good-Neighborliness and Friendly Cooperation',
      'treaty',
    ]);
  });

  it('people come from the people recogniser; "Xi" is a person, never a place', () => {
    expect(names(entities, 'person')).toEqual(['Xi Jinping', 'Sun Weidong', 'Cui Zheng']);
    const xi = named(entities, 'person', 'Xi Jinping');
    for (const m of xi?.mentions ?? []) {
      const others = entities.filter((e) => e.kind !== 'person' && e.kind !== 'country' && e.mentions.some((o) => o.start < m.end && m.start < o.end));
      expect(others.map((e) => e.id)).toEqual([]);
    }
  });

  it('no entity from common words of the article', () => {
    const all = entities.map((e) => e.name);
    for (const word of ['Xi', 'CGTN', 'Tuesday', 'Two', 'Upholding', 'Spirit', 'Data']) expect(all).not.toContain(word);
  });
});
