import { describe, expect, it } from 'vitest';
import { parseOrdinal, parseOrdinalWord } from '../src/recognise/ordinals.js';
import { scanWords } from '../src/text/words.js';
import { at, named, names, ofKind, spansOf, tag } from './entities-support.js';

describe('parseOrdinal', () => {
  it.each([
    ['first', 1], ['inaugural', 1], ['second', 2], ['third', 3], ['tenth', 10], ['twentieth', 20],
    ['24th', 24], ['2nd', 2], ['101st', 101], ['Second', 2],
  ] as const)('%s → %d', (word, value) => {
    expect(parseOrdinal(word)).toBe(value);
  });
  it.each(['two', 'summit', '24', 'th', ''])('%s → null', (word) => {
    expect(parseOrdinal(word)).toBeNull();
  });
  it('reads a scanned word as parseOrdinal reads its text', () => {
    const words = scanWords('First SECOND third 24TH 2nd 101st Tenth two Summit 24 th Fïrst Zweite İnaugural inaugural');
    expect(words.map(parseOrdinalWord)).toEqual(words.map((w) => parseOrdinal(w.text)));
    expect(words.map(parseOrdinalWord).filter((v) => v !== null)).toEqual([1, 2, 3, 24, 2, 101, 10, 1]);
  });
});

describe('events', () => {
  it('"the second China-Africa Summit" → name without ordinal, edition 2, id with edition', () => {
    const text = 'Leaders attended the second China-Africa Summit.';
    const event = named(tag(text), 'event', 'China-Africa Summit');
    expect(event?.edition).toBe(2);
    expect(event?.id).toBe('event:china-africa-summit#2');
    expect(event?.eventType).toBe('summit');
    expect(spansOf(event)).toEqual([at(text, 'China-Africa Summit')]);
  });

  it('different editions are different entities; the same edition twice is one', () => {
    const text = 'The second X-Y Summit followed the inaugural X-Y Summit in 2023. At the second X-Y Summit, leaders met.';
    const events = ofKind(tag(text), 'event');
    expect(events.map((e) => [e.id, e.edition, e.mentions.length])).toEqual([
      ['event:x-y-summit#2', 2, 2],
      ['event:x-y-summit#1', 1, 1],
    ]);
  });

  it('a mention without edition joins the only edition of the same name', () => {
    const text = 'The 18th East Asia Summit opened. The East Asia Summit closed.';
    const events = ofKind(tag(text), 'event');
    expect(events.map((e) => [e.id, e.mentions.length])).toEqual([['event:east-asia-summit#18', 2]]);
  });

  it('compound ordinals, numeric ordinals, "annual" and years', () => {
    const text = 'The twenty-fourth Asia Cooperation Dialogue, the 2024 APEC Economic Leaders\' Meeting and the 18th G20 Leaders\' Summit.';
    const events = ofKind(tag(text), 'event');
    expect(events.map((e) => [e.name, e.edition, e.id])).toEqual([
      ['Asia Cooperation Dialogue', 24, 'event:asia-cooperation-dialogue#24'],
      ["APEC Economic Leaders' Meeting", null, 'event:apec-economic-leaders-meeting@2024'],
      ["G20 Leaders' Summit", 18, 'event:g20-leaders-summit#18'],
    ]);
  });

  it('"the 24th meeting of the Council of Heads of State of the SCO (SCO)"', () => {
    const text = 'The 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organization (SCO) opened.';
    const e = tag(text);
    const event = ofKind(e, 'event')[0];
    expect(event?.name).toBe('Meeting of the Council of Heads of State of the Shanghai Cooperation Organization');
    expect(event?.edition).toBe(24);
    expect(event?.id).toBe('event:meeting-of-the-council-of-heads-of-state-of-the-shanghai-cooperation-organization#24');
    expect(spansOf(event)).toEqual([at(text, 'meeting of the Council of Heads of State of the Shanghai Cooperation Organization')]);
    expect(named(e, 'organization', 'Shanghai Cooperation Organization')?.acronym).toBe('SCO');
  });

  it('"the BRICS summit" and "the Astana summit": the group or city plus the title-cased head', () => {
    const text = 'At the BRICS summit and later at the Astana summit, and at the China-Central Asia summit.';
    const events = ofKind(tag(text), 'event');
    expect(events.map((e) => [e.name, e.edition, e.provenance.rule])).toEqual([
      ['BRICS Summit', null, 'events/group-or-place'],
      ['Astana Summit', null, 'events/group-or-place'],
      ['China-Central Asia Summit', null, 'events/group-or-place'],
    ]);
    expect(spansOf(events[1])).toEqual([at(text, 'Astana summit')]);
  });

  it('dual heads: "Forum" is an event with an edition, an organisation without', () => {
    const e = tag('The third Belt and Road Forum for International Cooperation opened. The Boao Forum for Asia released a report.');
    expect(ofKind(e, 'event').map((x) => [x.name, x.edition])).toEqual([['Belt and Road Forum for International Cooperation', 3]]);
    expect(names(e, 'organization')).toEqual(['Boao Forum for Asia']);
  });

  it('"the second edition of the X Forum" reads the edition', () => {
    const event = ofKind(tag('They opened the second edition of the Astana International Forum.'), 'event')[0];
    expect([event?.name, event?.edition]).toEqual(['Astana International Forum', 2]);
  });

  it('no event from generic words or a demonym before "summit"', () => {
    expect(ofKind(tag('The summit opened. The first summit was small. A historic meeting.'), 'event')).toEqual([]);
    expect(ofKind(tag('The Chinese summit delegation and the Victoria summit.'), 'event')).toEqual([]);
  });

  it('an event acronym links later mentions', () => {
    const text = 'The sixth China International Import Expo (CIIE) opened. The CIIE drew buyers.';
    const event = ofKind(tag(text), 'event')[0];
    expect(spansOf(event)).toEqual([at(text, 'China International Import Expo'), at(text, 'CIIE'), at(text, 'CIIE', 1)]);
    expect(event?.edition).toBe(6);
  });
});
