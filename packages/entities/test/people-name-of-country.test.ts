import { describe, expect, it } from 'vitest';
import { at, named, names, spansOf, tag } from './entities-support.js';
import { people } from './people-support.js';

const rows = (text: string): [string, string | null, string][] =>
  people(text).map((p) => [p.name, p.country, p.provenance.rule]);

describe('people: "<Name> of <Country>" in a list without titles', () => {
  it('reads each item of a comma/"and" list with its country', () => {
    expect(rows('The meeting was attended by Jonas Gahr Støre of Norway, Ulf Kristersson of Sweden and Mette Frederiksen of Denmark.')).toEqual([
      ['Jonas Gahr Støre', 'Norway', 'people/name-of-country'],
      ['Ulf Kristersson', 'Sweden', 'people/name-of-country'],
      ['Mette Frederiksen', 'Denmark', 'people/name-of-country'],
    ]);
  });

  it('multi-word countries, semicolons, particles and a verb after the last item', () => {
    expect(rows('Leaders including Cyril Ramaphosa of South Africa; Luiz Inácio Lula da Silva of Brazil; and Narendra Modi of India took part.').map((r) => r.slice(0, 2))).toEqual([
      ['Cyril Ramaphosa', 'South Africa'],
      ['Luiz Inácio Lula da Silva', 'Brazil'],
      ['Narendra Modi', 'India'],
    ]);
    expect(rows('Anthony Albanese of Australia, Christopher Luxon of New Zealand and Fumio Kishida of Japan attended.').map((r) => r[1])).toEqual([
      'Australia', 'New Zealand', 'Japan',
    ]);
    expect(rows('The host welcomed Mette Frederiksen of Denmark and Petteri Orpo of Finland to the meeting.').map((r) => r[1])).toEqual(['Denmark', 'Finland']);
    expect(rows('Officials said Mette Frederiksen of Denmark spoke first.')).toEqual([['Mette Frederiksen', 'Denmark', 'people/name-of-country']]);
    // sentence-initial: only as a list item (an unknown title may open the sentence)
    expect(rows('Mette Frederiksen of Denmark, Ulf Kristersson of Sweden and others spoke.').map((r) => r[0])).toEqual(['Mette Frederiksen', 'Ulf Kristersson']);
    expect(rows('Grand Duke Henri of Luxembourg opened the summit.').map((r) => r[2])).not.toContain('people/name-of-country');
  });

  it('"<Country>\'s <Name>" lists keep their country', () => {
    expect(rows("Talks included Norway's Jonas Gahr Støre and Sweden's Ulf Kristersson.").map((r) => r.slice(0, 2))).toEqual([
      ['Jonas Gahr Støre', 'Norway'],
      ['Ulf Kristersson', 'Sweden'],
    ]);
  });

  it('no person in bodies, states or company names "of <Country>"', () => {
    expect(rows('Governor Olayemi Cardoso of the Central Bank of Nigeria spoke. Standard Bank of South Africa grew.').map((r) => r[0])).toEqual(['Olayemi Cardoso']);
    expect(rows('The Kingdom of Saudi Arabia and the Republic of Korea signed. The Development Bank of Kazakhstan lent.')).toEqual([]);
    expect(rows('John Smith of Canada Goose Holdings spoke. Maria Lopez of Mexico-based Cemex spoke.')).toEqual([]);
  });
});

describe('places: a city name never swallows "on" and a calendar word', () => {
  it('"the Croatian city of Dubrovnik on April 12" is Dubrovnik', () => {
    const text = 'The eighth summit was held in the Croatian city of Dubrovnik on April 12, 2019.';
    const city = named(tag(text), 'city', 'Dubrovnik');
    expect([city?.country, spansOf(city)]).toEqual(['Croatia', [at(text, 'Dubrovnik')]]);
    expect(names(tag('Ministers met in the Serbian town of Kragujevac on Monday.'), 'city')).toEqual(['Kragujevac']);
  });

  it('a connector inside a real name still joins it', () => {
    expect(names(tag('It was held in the Russian city of Rostov on Don on Friday.'), 'city')).toEqual(['Rostov on Don']);
  });
});
