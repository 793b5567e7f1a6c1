import { describe, expect, it } from 'vitest';
import { createPipeline, type PersonEntity } from '@pressfacts/document';
import { createTokenizer } from '../../tokenizer/src/index.js';
import { createEntityTagger } from '../src/index.js';
import { people, personNamed, spansOf } from './people-support.js';

const summary = (p: PersonEntity | undefined) => (p === undefined ? undefined : [p.name, p.titles, p.affiliation, p.country]);

describe('people: titles before an apposed name', () => {
  it('"the Title of Country, Name," gives the title and the country', () => {
    const text = "The talks were opened by the President of Ghana, Kofi Mensah Asante, who thanked the hosts. President Asante left.";
    const found = people(text);
    expect(found.map(summary)).toEqual([['Kofi Mensah Asante', ['President'], null, 'Ghana']]);
    expect(spansOf(found[0]).map((s) => s[2])).toEqual(['Kofi Mensah Asante', 'Asante']);
  });

  it('"Country\'s title, Name, as Title of Body" gives both offices', () => {
    const text = "Delegates chose Chad's trade minister, Amina Djibril Oumar, as Chairperson of the Sahel Trade Council.";
    expect(people(text).map(summary)).toEqual([['Amina Djibril Oumar', ['trade minister', 'Chairperson'], 'Sahel Trade Council', 'Chad']]);
  });

  it('"its title, Title Name," keeps both titles', () => {
    const text = 'Bahrain sent its foreign minister, Prince Nasser bin Hamad Al Khalifa, to the talks.';
    expect(people(text).map(summary)).toEqual([['Nasser bin Hamad Al Khalifa', ['Prince', 'foreign minister'], null, null]]);
  });

  it('needs an introducer and two name words', () => {
    expect(people('As President, Lula spoke.').map((p) => p.name)).toEqual([]);
    expect(people('The President of Kenya, Nairobi and Mombasa were named.').map((p) => p.name)).toEqual([]);
  });
});

describe('people: appositions after a name', () => {
  it('"Name, Country\'s Title, as the seventh Body Title" adds the office and its body', () => {
    const text = "Members elected Maria Elena Duarte, Chile's Minister for Foreign Affairs, as the ninth Pacific Forum Secretary-General.";
    expect(people(text).map(summary)).toEqual([['Maria Elena Duarte', ['Minister for Foreign Affairs', 'Secretary-General'], 'Pacific Forum', 'Chile']]);
  });

  it('two coordinated titles share one "of Country"', () => {
    const text = 'Faisal bin Khalid Al Hamad, the crown prince and prime minister of Bahrain, arrived.';
    expect(people(text).map(summary)).toEqual([['Faisal bin Khalid Al Hamad', ['crown prince', 'prime minister'], null, 'Bahrain']]);
  });
});

describe('people: countries and titles read in full', () => {
  it('"of <Country with and>" is the country, not an affiliation', () => {
    const text = 'Prime Minister Ralph Baptiste of Antigua and Barbuda and President Ana Lee of Brazil and Chile attended.';
    expect(people(text).map(summary)).toEqual([
      ['Ralph Baptiste', ['Prime Minister'], null, 'Antigua and Barbuda'],
      ['Ana Lee', ['President'], null, 'Brazil'],
    ]);
  });

  it('"chief executive officer" and "managing editor" are whole titles', () => {
    const text = 'Nora Lind, chief executive officer of Fjord Marine, spoke. Li Na, managing editor of the Harbour Times, agreed.';
    expect(people(text).map(summary)).toEqual([
      ['Nora Lind', ['chief executive officer'], 'Fjord Marine', null],
      ['Li Na', ['managing editor'], 'Harbour Times', null],
    ]);
  });
});

describe('people: other cues', () => {
  it('a country in the possessive before a full name is the country represented', () => {
    const text = "He defeated Togo's Komi Selom Klassou in the vote. Kenya's Safaricom Group grew.";
    expect(people(text).map(summary)).toEqual([['Komi Selom Klassou', [], null, 'Togo']]);
  });

  it('"A, B and others attended" lists attendees; a list without "and others" does not', () => {
    expect(people('Li Wenhai, Zhao Lemin and others attended the talks.').map((p) => p.name)).toEqual(['Li Wenhai', 'Zhao Lemin']);
    expect(people('Li Wenhai, Zhao Lemin and Beijing attended the talks.').map((p) => p.name)).toEqual([]);
  });

  it('"Vice-President", "aide" and honourables are read', () => {
    expect(people('Vice-President Joyce Banda spoke.').map(summary)).toEqual([['Joyce Banda', ['Vice-President'], null, null]]);
    expect(people('Presidential aide Maxim Orlov said so.').map(summary)).toEqual([['Maxim Orlov', ['aide'], 'Presidential', null]]);
    expect(people('The Rt Hon Jane Whitfield KC and the Honourable Peter Obi Nwosu met.').map((p) => p.name)).toEqual(['Jane Whitfield', 'Peter Obi Nwosu']);
  });

  it('"Sheikh" is kept as a title; "His Royal Highness" is no affiliation', () => {
    expect(people('Emir Sheikh Nawaf Al Sabah spoke.').map(summary)).toEqual([['Nawaf Al Sabah', ['Emir', 'Sheikh'], null, null]]);
    expect(people('His Royal Highness Prince Turki bin Faisal spoke.').map(summary)).toEqual([['Turki bin Faisal', ['Prince'], null, null]]);
  });
});

describe('people: grouping', () => {
  it('a Title Case headline with an ordinal is trimmed to the person the body names', () => {
    const text = 'President Lee Jae-myung Attends the 32nd Meeting of the Leaders in Gyeongju\n\nPresident Lee Jae-myung attended the meeting.';
    expect(people(text).map((p) => p.name)).toEqual(['Lee Jae-myung']);
  });

  it('a headline anchor joins the body person and brings its country', () => {
    const text = 'Xu Min Holds Talks with Hungarian President Tamas Sulyok\n\nOn Monday, President Tamas Sulyok met Xu Min.';
    expect(summary(personNamed(people(text), 'Tamas Sulyok'))).toEqual(['Tamas Sulyok', ['President'], null, 'Hungary']);
  });

  it('the father named after "bin" is another person', () => {
    const text = 'King Hamad bin Isa Al Khalifa received Crown Prince Salman bin Hamad bin Isa Al Khalifa.';
    expect(people(text).map((p) => [p.name, p.titles])).toEqual([
      ['Hamad bin Isa Al Khalifa', ['King']],
      ['Salman bin Hamad bin Isa Al Khalifa', ['Crown Prince']],
    ]);
  });

  it('first and last name stand for a three-word name', () => {
    const text = 'Foreign Minister Grace Naledi Mokoena spoke. Later, Grace Mokoena said more.';
    expect(spansOf(personNamed(people(text), 'Grace Naledi Mokoena')).map((s) => s[2])).toEqual(['Grace Naledi Mokoena', 'Grace Mokoena']);
  });
});

describe('people: the country of a seat of power', () => {
  const pipeline = createPipeline([createTokenizer(), createEntityTagger()]);
  it('"Kremlin aide X" serves Russia; the aide and the body come out, no venue', () => {
    const entities = pipeline.process('According to Kremlin aide Boris Gryzlov, talks went well.').layers.entities ?? [];
    const person = entities.find((e) => e.kind === 'person');
    expect(person?.kind === 'person' ? [person.name, person.affiliation, person.country] : null).toEqual(['Boris Gryzlov', 'Kremlin', 'Russia']);
    expect(entities.filter((e) => e.kind !== 'person').map((e) => [e.kind, e.name])).toEqual([['organization', 'Kremlin']]);
  });
});
