import { identityView } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { buildEntities } from '../src/build-entities.js';
import { defaultCountryIndex } from '../src/countries.js';
import type { Mention } from '../src/recognise/mention.js';

const text = 'China and the BRI: Belt and Road Initiative (BRI) with China, BRI and China.';
const at = (word: string, from = 0): number => text.indexOf(word, from);
const country = (start: number, confidence = 0.9): Mention => ({ kind: 'country', code: 'CN', form: 'name', start, end: start + 5, name: 'China', rule: 'places/country', confidence });
const org = (start: number, end: number, rule: string, acronym: string | null, confidence: number): Mention => ({
  kind: 'organization', source: 'head', acronym, start, end, name: 'Belt and Road Initiative', rule, confidence,
});

describe('buildEntities', () => {
  const mentions: Mention[] = [
    country(at('China')),
    org(at('BRI'), at('BRI') + 3, 'orgs/acronym', 'BRI', 0.85),
    org(at('Belt'), at('Belt') + 24, 'orgs/head', 'BRI', 0.8),
    org(at('(BRI') + 1, at('(BRI') + 4, 'orgs/acronym', 'BRI', 0.85),
    country(at('China', 5), 0.95),
    country(at('China', 5), 0.95), // the same span twice: one segment
    org(at('BRI and'), at('BRI and') + 3, 'orgs/acronym', 'BRI', 0.85),
    country(at('China.')),
  ];

  it('gives each entity its mentions in text order, each span once, provenance from the naming mentions', () => {
    const entities = buildEntities(identityView(text), mentions, defaultCountryIndex());
    expect(entities.map((e) => [e.id, e.mentions.map((s) => s.start), e.provenance])).toEqual([
      ['country:CN', [0, 55, 70], { rule: 'places/country', confidence: 0.95 }],
      ['org:belt-and-road-initiative', [14, 19, 45, 62], { rule: 'orgs/head', confidence: 0.8 }],
    ]);
  });

  it('gives the same entities for mentions in any order', () => {
    const ordered = buildEntities(identityView(text), mentions, defaultCountryIndex());
    const reversed = buildEntities(identityView(text), [...mentions].reverse(), defaultCountryIndex());
    expect(reversed.map((e) => [e.id, e.mentions.map((s) => s.start)])).toEqual(ordered.map((e) => [e.id, e.mentions.map((s) => s.start)]));
  });
});
