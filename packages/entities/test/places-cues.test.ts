import { describe, expect, it } from 'vitest';
import { LOWER_CASE_VENUE_HEADS } from '../src/data/venues.js';
import { at, named, names, ofKind, spansOf, tag } from './entities-support.js';

describe('places: a town placed by its country', () => {
  it('"in <Town>, <Country>," is a city of that country even outside the city table', () => {
    const text = 'The fair opened in Sopot, Poland, on Monday and moved near Ohrid, North Macedonia.';
    const e = tag(text);
    const sopot = named(e, 'city', 'Sopot');
    expect([sopot?.country, sopot?.provenance]).toEqual(['Poland', { rule: 'places/city-country-cue', confidence: 0.75 }]);
    expect(spansOf(sopot)).toEqual([at(text, 'Sopot')]);
    expect(named(e, 'city', 'Ohrid')?.country).toBe('North Macedonia');
  });

  it('needs a lower-case locative, a closing punctuation and no known name', () => {
    expect(names(tag('Growth in May, China said. Trade in Services, China added.'), 'city')).toEqual([]);
    expect(names(tag('Investors in Harbour Capital, Kenya said little.'), 'city')).toEqual([]);
    expect(names(tag('It met in Congress Hall, Poland.'), 'city')).toEqual([]);
    expect(names(tag('In Sopot, Poland, it rained.'), 'city')).toEqual([]);
  });
});

describe('places: currencies are no country mentions', () => {
  it('"US$" and "US dollars" do not name the United States; "the US" does', () => {
    const text = 'Exports reached US$ 4 billion, or 40 billion US dollars, and the US bought most.';
    const us = named(tag(text), 'country', 'United States');
    expect(spansOf(us)).toEqual([at(text, 'US', 2)]);
  });
});

describe('places: seats of power', () => {
  it('"Kremlin spokesman", "the White House said" are bodies; "at the Kremlin" is a venue', () => {
    const text = 'The White House said a Kremlin spokesman called. Talks were held at the Kremlin.';
    const e = tag(text);
    expect(ofKind(e, 'organization').map((o) => [o.name, o.provenance.rule, o.mentions.length])).toEqual([
      ['White House', 'orgs/seat', 1],
      ['Kremlin', 'orgs/seat', 1],
    ]);
    expect(spansOf(named(e, 'venue', 'Kremlin'))).toEqual([at(text, 'Kremlin', 1)]);
  });
});

describe('venues', () => {
  it.each(LOWER_CASE_VENUE_HEADS.map((r) => [r.head, r] as const))('lower-case head %s', (_head, row) => {
    expect(names(tag(row.example), 'venue')).toContain(row.expected);
  });

  it('a lower-case head needs "the" and a capitalised name that is not only a country', () => {
    expect(names(tag('Delegates met at a hotel. They visited the Chinese hotel. Its Expo center opened.'), 'venue')).toEqual([]);
  });

  it('a venue takes the country of an unambiguous city in its name, or of " in <City>" after it', () => {
    const e = tag('Talks opened at the Accra International Conference Centre and moved to the Seaside Expo center in Busan.');
    expect(ofKind(e, 'venue').map((v) => [v.name, v.country])).toEqual([
      ['Accra International Conference Centre', 'Ghana'],
      ['Seaside Expo center', 'South Korea'],
    ]);
  });

  it('a middle initial stays inside a venue name', () => {
    expect(names(tag('The ball was held at the John F. Kennedy Auditorium. He chose Plan B. Harbor Hall was empty.'), 'venue')).toEqual([
      'John F. Kennedy Auditorium',
      'Harbor Hall',
    ]);
  });
});

describe('cities with administrative suffixes', () => {
  it('"Goyang" and "Seongnam-si" name the Korean cities GeoNames calls "Goyang-si" and "Seongnam-si"', () => {
    const e = tag('The expo moved from Goyang to Seongnam-si.');
    expect(ofKind(e, 'city').map((c) => [c.name, c.country])).toEqual([
      ['Goyang', 'South Korea'],
      ['Seongnam', 'South Korea'],
    ]);
  });
});
