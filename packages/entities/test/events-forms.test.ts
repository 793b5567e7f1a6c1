import { describe, expect, it } from 'vitest';
import { romanEdition } from '../src/recognise/ordinals.js';
import { at, ofKind, spansOf, tag } from './entities-support.js';

describe('romanEdition', () => {
  it.each([['II', 2], ['IV', 4], ['IX', 9], ['XIV', 14], ['XVI', 16], ['XXIX', 29]] as const)('%s → %d', (word, value) => {
    expect(romanEdition(word)).toBe(value);
  });
  it.each(['I', 'V', 'X', 'IIII', 'VX', 'ix', 'CD', 'MIX', ''])('%s → null', (word) => {
    expect(romanEdition(word)).toBeNull();
  });
});

describe('events: names written two ways', () => {
  it('"Heads of State and Government" is one phrase: the name runs on, and no "State and Government" body', () => {
    const text = 'The 12th Ordinary Session of the Conference of Heads of State and Government of the African Union closed.';
    const e = tag(text);
    expect(ofKind(e, 'event').map((x) => [x.name, x.edition])).toEqual([
      ['Ordinary Session of the Conference of Heads of State and Government of the African Union', 12],
    ]);
    expect(ofKind(e, 'organization').map((o) => o.name)).toEqual(['African Union']);
  });

  it('an upper-case Roman numeral before an event is its edition', () => {
    const text = 'The XIV Summit of Heads of State of the Andean Community opened.';
    expect(ofKind(tag(text), 'event').map((x) => [x.name, x.edition])).toEqual([['Summit of Heads of State of the Andean Community', 14]]);
  });

  it('two forms with the same edition and the same known organisation are one event, named by the longer', () => {
    const text =
      'The 7th Meeting of the ASEAN Council of Trade Ministers opened. The 7th meeting of the Council of Trade Ministers of the Association of Southeast Asian Nations (ASEAN) adopted a plan.';
    const events = ofKind(tag(text), 'event');
    expect(events.map((x) => [x.name, x.edition])).toEqual([
      ['Meeting of the Council of Trade Ministers of the Association of Southeast Asian Nations', 7],
    ]);
    expect(spansOf(events[0])).toEqual([
      at(text, 'Meeting of the ASEAN Council of Trade Ministers'),
      at(text, 'meeting of the Council of Trade Ministers of the Association of Southeast Asian Nations'),
    ]);
  });

  it('regression: a complement ending in "and" at the end of the text (found by the property test)', () => {
    expect(ofKind(tag('Initiative of China and'), 'organization').map((o) => o.name)).toEqual(['Initiative of China']);
    expect(ofKind(tag('Heads of State and'), 'organization')).toEqual([]);
  });

  it('different editions stay apart', () => {
    const text = 'The 7th ASEAN Summit followed the 6th Summit of the Association of Southeast Asian Nations.';
    expect(ofKind(tag(text), 'event').map((x) => [x.name, x.edition])).toEqual([
      ['ASEAN Summit', 7],
      ['Summit of the Association of Southeast Asian Nations', 6],
    ]);
  });
});

describe('events: other heads and owners of one numbered gathering', () => {
  it('a summit and a session with the same edition and organisation are one event; a final acronym is spelled out', () => {
    const text = 'The 12th ASEAN summit ended. The 12th session of the Coordinating Council of the ASEAN adopted a plan.';
    expect(ofKind(tag(text), 'event').map((x) => [x.name, x.edition])).toEqual([
      ['Session of the Coordinating Council of the Association of Southeast Asian Nations', 12],
    ]);
  });

  it('different editions stay apart', () => {
    const text = 'The 12th ASEAN summit ended. The 11th session of the Coordinating Council of the ASEAN had adopted a plan.';
    expect(ofKind(tag(text), 'event').map((x) => [x.name, x.edition])).toEqual([
      ['ASEAN Summit', 12],
      ['Session of the Coordinating Council of the ASEAN', 11],
    ]);
  });

  it('"their 31st summit" after a known group names the gathering after it', () => {
    const text = 'Leaders of the African Union (AU) opened their 31st summit in Nouakchott on Sunday.';
    const events = ofKind(tag(text), 'event');
    expect(events.map((x) => [x.name, x.edition])).toEqual([['AU Summit', 31]]);
    expect(spansOf(events[0])).toEqual([at(text, '31st summit')]);
  });

  it('no owner, no ordinal or no group before it: no event', () => {
    expect(ofKind(tag('The leaders of the African Union held a 31st summit.'), 'event')).toEqual([]);
    expect(ofKind(tag('Leaders of the African Union opened their summit on Sunday.'), 'event')).toEqual([]);
    expect(ofKind(tag('Leaders opened their 31st summit on Sunday.'), 'event')).toEqual([]);
  });
});

describe('events: organisations no table knows', () => {
  it('"the 12th Andean Community summit", "held its 12th summit", "the summit of the Andean Community"', () => {
    expect(ofKind(tag('The 12th Andean Community summit opened on Thursday.'), 'event').map((x) => [x.name, x.edition])).toEqual([['Andean Community Summit', 12]]);
    expect(ofKind(tag('The Andean Community held its 12th summit in Lima.'), 'event').map((x) => [x.name, x.edition])).toEqual([['Andean Community Summit', 12]]);
    expect(ofKind(tag('The summit of the Andean Community closed on Friday.'), 'event').map((x) => [x.name, x.edition])).toEqual([['Summit of the Andean Community', null]]);
  });

  it('without an edition, only a summit of an organisation is named: not a meeting, not a summit of a person', () => {
    expect(ofKind(tag('The meeting of the Andean Community closed on Friday.'), 'event')).toEqual([]);
    expect(ofKind(tag('The summit of Boric and Petro closed on Friday.'), 'event')).toEqual([]);
  });
});

describe('events: two groups joined by a dash, a topic "in" a country', () => {
  // The view a pipeline passes writes an en dash as a hyphen; the tagger reads both.
  it.each([
    ['The first European Union - Central Asia Summit opened.', 'European Union - Central Asia Summit', 1],
    ['The first European Union – Central Asia Summit opened.', 'European Union – Central Asia Summit', 1],
    ['The third EU – CELAC summit opened in Santa Marta.', 'EU – CELAC Summit', 3],
    ['Leaders met at the EU–CELAC Summit.', 'EU–CELAC Summit', null],
  ] as const)('%s → %s', (text, name, edition) => {
    expect(ofKind(tag(text), 'event').map((x) => [x.name, x.edition])).toEqual([[name, edition]]);
  });

  it('a dateline dash does not join the place before it', () => {
    expect(ofKind(tag('KAZAN - BRICS Summit opens today.'), 'event').map((x) => x.name)).toEqual(['BRICS Summit']);
    expect(ofKind(tag('KAZAN, Russia - BRICS summit opens today.'), 'event').map((x) => x.name)).toEqual(['BRICS Summit']);
  });

  it('"Summit on Peace in Ukraine" keeps its country; a city after "in" is where it met', () => {
    expect(ofKind(tag('A two-day Summit on Peace in Ukraine closed on Sunday.'), 'event').map((x) => x.name)).toEqual(['Summit on Peace in Ukraine']);
    expect(ofKind(tag('The Conference on Disarmament in Geneva resumed.'), 'event').map((x) => x.name)).toEqual(['Conference on Disarmament']);
  });
});

describe('events: a body of leaders named without its organisation', () => {
  it('"their 49th Regular Meeting of the Conference of Heads of Government" takes the owner named before', () => {
    const text = 'Heads of Government of the Caribbean Community (CARICOM) wrapped up their 49th Regular Meeting of the Conference of Heads of Government on Tuesday.';
    expect(ofKind(tag(text), 'event').map((x) => [x.name, x.edition])).toEqual([
      ['Regular Meeting of the Conference of Heads of Government of the Caribbean Community', 49],
    ]);
  });

  it('without "their"/"its" or with an organisation already named, the name stays', () => {
    expect(ofKind(tag('The 49th Regular Meeting of the Conference of Heads of Government opened.'), 'event').map((x) => x.name)).toEqual([
      'Regular Meeting of the Conference of Heads of Government',
    ]);
    const text = 'Leaders of the Andean Community held their 12th Meeting of the Council of Heads of State of the Andean Community.';
    expect(ofKind(tag(text), 'event').map((x) => x.name)).toEqual(['Meeting of the Council of Heads of State of the Andean Community']);
  });
});
