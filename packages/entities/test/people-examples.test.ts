import { describe, expect, it } from 'vitest';
import { isHonestSpan } from '@pressfacts/document';
import { people, personNamed, spansOf } from './people-support.js';

/** The [start, end, text] of the n-th occurrence (0-based) of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): [number, number, string] {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return [start, start + needle.length, needle];
}

interface Expected {
  readonly name: string;
  readonly titles: readonly string[];
  readonly affiliation: string | null;
  readonly country: string | null;
  /** Mentions as substrings, each with its occurrence index. */
  readonly mentions: readonly (readonly [string, number])[];
  readonly rule: string;
}

const cases: readonly (readonly [string, Expected])[] = [
  ['The treaty is a milestone, said Chinese President Xi Jinping in a keynote speech.',
    { name: 'Xi Jinping', titles: ['President'], affiliation: null, country: 'China', mentions: [['Xi Jinping', 0]], rule: 'people/title-before-name' }],
  ['Russian President Vladimir Putin arrived on Monday.',
    { name: 'Vladimir Putin', titles: ['President'], affiliation: null, country: 'Russia', mentions: [['Vladimir Putin', 0]], rule: 'people/title-before-name' }],
  ["Indian Prime Minister Narendra Modi met Mr. Modi's hosts. Later, Mr. Modi said trade grew.",
    { name: 'Narendra Modi', titles: ['Prime Minister'], affiliation: null, country: 'India', mentions: [['Narendra Modi', 0], ['Modi', 1], ['Modi', 2]], rule: 'people/title-before-name' }],
  ['Brazilian President Luiz Inácio Lula da Silva spoke first. President Lula later said the bloc must grow, and Lula da Silva left.',
    { name: 'Luiz Inácio Lula da Silva', titles: ['President'], affiliation: null, country: 'Brazil', mentions: [['Luiz Inácio Lula da Silva', 0], ['Lula', 1], ['Lula da Silva', 1]], rule: 'people/title-before-name' }],
  ['The summit was opened by President Cyril Ramaphosa of South Africa.',
    { name: 'Cyril Ramaphosa', titles: ['President'], affiliation: null, country: 'South Africa', mentions: [['Cyril Ramaphosa', 0]], rule: 'people/title-before-name' }],
  ['President Kassym-Jomart Tokayev of Kazakhstan welcomed the guests. Tokayev said the region was stable.',
    { name: 'Kassym-Jomart Tokayev', titles: ['President'], affiliation: null, country: 'Kazakhstan', mentions: [['Kassym-Jomart Tokayev', 0], ['Tokayev', 1]], rule: 'people/title-before-name' }],
  ['Saudi Crown Prince Mohammed bin Salman hosted the talks.',
    { name: 'Mohammed bin Salman', titles: ['Crown Prince'], affiliation: null, country: 'Saudi Arabia', mentions: [['Mohammed bin Salman', 0]], rule: 'people/title-before-name' }],
  ['European Commission President Ursula von der Leyen attended. Trade matters, von der Leyen said.',
    { name: 'Ursula von der Leyen', titles: ['President'], affiliation: 'European Commission', country: null, mentions: [['Ursula von der Leyen', 0], ['von der Leyen', 1]], rule: 'people/title-before-name' }],
  ['Lithuanian President Gitanas Nausėda arrived.',
    { name: 'Gitanas Nausėda', titles: ['President'], affiliation: null, country: 'Lithuania', mentions: [['Gitanas Nausėda', 0]], rule: 'people/title-before-name' }],
  ['Premier Li Qiang chaired the meeting.',
    { name: 'Li Qiang', titles: ['Premier'], affiliation: null, country: null, mentions: [['Li Qiang', 0]], rule: 'people/title-before-name' }],
  ['Foreign Minister Wang Yi met the press.',
    { name: 'Wang Yi', titles: ['Foreign Minister'], affiliation: null, country: null, mentions: [['Wang Yi', 0]], rule: 'people/title-before-name' }],
  // The affiliation is kept as written ("UN"); expanding acronyms is the organisations tagger's job.
  ['UN Secretary-General António Guterres welcomed the deal.',
    { name: 'António Guterres', titles: ['Secretary-General'], affiliation: 'UN', country: null, mentions: [['António Guterres', 0]], rule: 'people/title-before-name' }],
  ['Prime Minister Anwar Ibrahim of Malaysia opened the forum.',
    { name: 'Anwar Ibrahim', titles: ['Prime Minister'], affiliation: null, country: 'Malaysia', mentions: [['Anwar Ibrahim', 0]], rule: 'people/title-before-name' }],
  ['King Abdullah II of Jordan received the envoy.',
    { name: 'Abdullah II', titles: ['King'], affiliation: null, country: 'Jordan', mentions: [['Abdullah II', 0]], rule: 'people/title-before-name' }],
  ['Emir Sheikh Tamim bin Hamad Al Thani received the delegation.',
    { name: 'Tamim bin Hamad Al Thani', titles: ['Emir', 'Sheikh'], affiliation: null, country: null, mentions: [['Tamim bin Hamad Al Thani', 0]], rule: 'people/title-before-name' }],
  ['This shows trust, said Sun Weidong, secretary-general of the Secretariat of the China-Central Asia Mechanism.',
    { name: 'Sun Weidong', titles: ['secretary-general'], affiliation: 'Secretariat of the China-Central Asia Mechanism', country: null, mentions: [['Sun Weidong', 0]], rule: 'people/title-after-name' }],
  ['Cui Zheng, director of the Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University, recognized the model. It is new, Cui said.',
    { name: 'Cui Zheng', titles: ['director'], affiliation: 'Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University', country: null, mentions: [['Cui Zheng', 0], ['Cui', 1]], rule: 'people/title-after-name' }],
  ["Jane Doe, the country's finance minister, said revenue rose.",
    { name: 'Jane Doe', titles: ['finance minister'], affiliation: null, country: null, mentions: [['Jane Doe', 0]], rule: 'people/title-after-name' }],
  ['Ahmed Ali, spokesperson for the ministry, declined to comment.',
    { name: 'Ahmed Ali', titles: ['spokesperson'], affiliation: null, country: null, mentions: [['Ahmed Ali', 0]], rule: 'people/title-after-name' }],
  ["Aibek Smadiyarov, Kazakhstan's deputy foreign minister, said the treaty was ready.",
    { name: 'Aibek Smadiyarov', titles: ['deputy foreign minister'], affiliation: null, country: 'Kazakhstan', mentions: [['Aibek Smadiyarov', 0]], rule: 'people/title-after-name' }],
  ['Trade grew, said Shavkat Mirziyoyev, President of Uzbekistan.',
    { name: 'Shavkat Mirziyoyev', titles: ['President'], affiliation: null, country: 'Uzbekistan', mentions: [['Shavkat Mirziyoyev', 0]], rule: 'people/title-after-name' }],
  ['President of Kazakhstan Kassym-Jomart Tokayev opened the summit.',
    { name: 'Kassym-Jomart Tokayev', titles: ['President'], affiliation: null, country: 'Kazakhstan', mentions: [['Kassym-Jomart Tokayev', 0]], rule: 'people/title-before-name' }],
  // Title + "of" + an official country name + the name, with no comma between.
  ['The talks were chaired by the President of the Republic of Kazakhstan Kassym-Jomart Tokayev.',
    { name: 'Kassym-Jomart Tokayev', titles: ['President'], affiliation: null, country: 'Kazakhstan', mentions: [['Kassym-Jomart Tokayev', 0]], rule: 'people/title-before-name' }],
  ['Prime Minister of the Republic of India Narendra Modi arrived in Tokyo.',
    { name: 'Narendra Modi', titles: ['Prime Minister'], affiliation: null, country: 'India', mentions: [['Narendra Modi', 0]], rule: 'people/title-before-name' }],
  ['The Chancellor of the Federal Republic of Germany Friedrich Merz and the President of the Kyrgyz Republic Sadyr Japarov signed it.',
    { name: 'Friedrich Merz', titles: ['Chancellor'], affiliation: null, country: 'Germany', mentions: [['Friedrich Merz', 0]], rule: 'people/title-before-name' }],
  ['The Chancellor of the Federal Republic of Germany Friedrich Merz and the President of the Kyrgyz Republic Sadyr Japarov signed it.',
    { name: 'Sadyr Japarov', titles: ['President'], affiliation: null, country: 'Kyrgyzstan', mentions: [['Sadyr Japarov', 0]], rule: 'people/title-before-name' }],
  // A body rather than a country: the affiliation; a comma list does not hand it to the name before.
  ['The President of the European Council António Costa, the President of the Asian Development Bank Masato Kanda and others met.',
    { name: 'António Costa', titles: ['President'], affiliation: 'European Council', country: null, mentions: [['António Costa', 0]], rule: 'people/title-before-name' }],
  ['The President of the European Council António Costa, the President of the Asian Development Bank Masato Kanda and others met.',
    { name: 'Masato Kanda', titles: ['President'], affiliation: 'Asian Development Bank', country: null, mentions: [['Masato Kanda', 0]], rule: 'people/title-before-name' }],
  ["Kremlin spokesman Dmitry Peskov told reporters. China's President Xi Jinping arrived.",
    { name: 'Dmitry Peskov', titles: ['spokesman'], affiliation: 'Kremlin', country: null, mentions: [['Dmitry Peskov', 0]], rule: 'people/title-before-name' }],
  ['Kazakh Foreign Minister Murat Nurtleu and Energy Minister Almasadam Satkaliyev spoke.',
    { name: 'Murat Nurtleu', titles: ['Foreign Minister'], affiliation: null, country: 'Kazakhstan', mentions: [['Murat Nurtleu', 0]], rule: 'people/title-before-name' }],
];

describe('findPeople: examples', () => {
  it.each(cases)('%s', (text, expected) => {
    const found = people(text);
    const person = personNamed(found, expected.name);
    expect(person, `people: ${found.map((p) => p.name).join(', ')}`).toBeDefined();
    expect(person!.titles).toEqual(expected.titles);
    expect(person!.affiliation).toBe(expected.affiliation);
    expect(person!.country).toBe(expected.country);
    expect(spansOf(person)).toEqual(expected.mentions.map(([needle, nth]) => at(text, needle, nth)));
    expect(person!.provenance.rule).toBe(expected.rule);
    expect(person!.kind).toBe('person');
    for (const m of person!.mentions) expect(isHonestSpan(text, m)).toBe(true);
  });

  it('gives ids from the fullest name', () => {
    const found = people('Brazilian President Luiz Inácio Lula da Silva spoke. Lula said so.');
    expect(found.map((p) => p.id)).toEqual(['person:luiz-inacio-lula-da-silva']);
  });

  it('reads "China\'s President" as the country', () => {
    const found = people("China's President Xi Jinping arrived.");
    expect(found.map((p) => [p.name, p.country, p.titles])).toEqual([['Xi Jinping', 'China', ['President']]]);
  });

  it('lists several people in text order', () => {
    const found = people('Kazakh Foreign Minister Murat Nurtleu and Energy Minister Almasadam Satkaliyev spoke.');
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['Murat Nurtleu', ['Foreign Minister']],
      ['Almasadam Satkaliyev', ['Energy Minister']],
    ]);
  });

  it('collects the titles of every mention, once each, as written', () => {
    const text = 'Brazilian President Luiz Inácio Lula da Silva met Xi. Later, President Lula said, and Lula da Silva, leader of the Workers Party, agreed.';
    const person = personNamed(people(text), 'Luiz Inácio Lula da Silva');
    expect(person?.titles).toEqual(['President', 'leader']);
    expect(person?.affiliation).toBe('Workers Party');
  });

  it('merges a short form that comes before the full name', () => {
    const text = 'Tokayev spoke first. Later, President Kassym-Jomart Tokayev of Kazakhstan welcomed the guests.';
    expect(spansOf(personNamed(people(text), 'Kassym-Jomart Tokayev'))).toEqual([
      at(text, 'Tokayev', 0),
      at(text, 'Kassym-Jomart Tokayev', 0),
    ]);
  });

  it('merges a possessive short form and keeps its span to the name', () => {
    const text = "Chinese President Xi Jinping met Peng Liyuan in Xi'an. Xi's speech was long.";
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(spansOf(found[0])).toEqual([at(text, 'Xi Jinping'), at(text, 'Xi', 2)]);
  });

  it('does not merge a short form two people share', () => {
    const text = 'Chinese President Xi Jinping met Xi Mingze, director of the Harvard Alumni Club. Later, Xi said the talks went well.';
    const found = people(text);
    expect(found.map((p) => [p.name, spansOf(p)])).toEqual([
      ['Xi Jinping', [at(text, 'Xi Jinping')]],
      ['Xi Mingze', [at(text, 'Xi Mingze')]],
    ]);
  });

  it('finds a speaker without a title', () => {
    const text = 'Trade must grow, Prabowo Subianto said. "We agree," said Shavkat Mirziyoyev.';
    expect(people(text).map((p) => [p.name, p.titles, p.provenance.rule])).toEqual([
      ['Prabowo Subianto', [], 'people/speaker-cue'],
      ['Shavkat Mirziyoyev', [], 'people/speaker-cue'],
    ]);
  });

  it('finds a one-word speaker inside a sentence, with lower confidence', () => {
    const found = people('Trade must grow, Ramaphosa said.');
    expect(found.map((p) => [p.name, p.provenance])).toEqual([
      ['Ramaphosa', { rule: 'people/speaker-cue-surname', confidence: 0.55 }],
    ]);
  });

  it('skips "on Tuesday" and "also" between a speaker and the cue', () => {
    const text = 'Serdar Berdimuhamedov on Tuesday hailed the deal. Sadyr Japarov also said so.';
    expect(people(text).map((p) => p.name)).toEqual(['Serdar Berdimuhamedov', 'Sadyr Japarov']);
  });

  it('keeps a lower-case modifier with the title', () => {
    expect(people('Trade grew, said former President Obasanjo.').map((p) => [p.name, p.titles])).toEqual([
      ['Obasanjo', ['former President']],
    ]);
    const rousseff = people('The bank is led by former Brazilian President Dilma Rousseff.')[0];
    expect([rousseff?.name, rousseff?.titles, rousseff?.country]).toEqual(['Dilma Rousseff', ['former President'], 'Brazil']);
  });

  it('reads a lower-case office before a lower-case title', () => {
    const text = 'Chinese foreign ministry spokesperson Mao Ning said Beijing welcomed it.';
    expect(people(text).map((p) => [p.name, p.titles, p.affiliation, p.country])).toEqual([
      ['Mao Ning', ['spokesperson'], 'foreign ministry', 'China'],
    ]);
  });

  it("reads an affiliation through a possessive (\"People's Republic\")", () => {
    const text = "The meeting was chaired by Li Qiang, Premier of the State Council of the People's Republic of China.";
    expect(people(text).map((p) => [p.name, p.titles, p.affiliation])).toEqual([
      ['Li Qiang', ['Premier'], "State Council of the People's Republic of China"],
    ]);
  });

  it('trims a Title Case headline to the person the body names', () => {
    const text =
      'Chinese President Xi Jinping Meets Kazakh Counterpart in Astana\n\nBEIJING, June 18, 2025 -- Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Tuesday.';
    const found = people(text);
    expect(found.map((p) => [p.name, spansOf(p)])).toEqual([
      ['Xi Jinping', [at(text, 'Xi Jinping', 0), at(text, 'Xi Jinping', 1)]],
      ['Kassym-Jomart Tokayev', [at(text, 'Kassym-Jomart Tokayev')]],
    ]);
  });

  it('makes no person from a Title Case headline alone', () => {
    expect(people('President Ramaphosa Hails BRICS Expansion As Leaders Agree On New Members')).toEqual([]);
  });
});
