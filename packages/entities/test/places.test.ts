import { describe, expect, it } from 'vitest';
import { at, named, names, ofKind, spansOf, tag } from './entities-support.js';

describe('countries', () => {
  it('resolves names, demonyms and aliases to one country with every mention', () => {
    const text = "Chinese President Xi met U.S. officials; China's exports to the United States and America rose.";
    const e = tag(text);
    expect(spansOf(named(e, 'country', 'China'))).toEqual([at(text, 'Chinese'), at(text, 'China')]);
    expect(spansOf(named(e, 'country', 'United States'))).toEqual([at(text, 'U.S.'), at(text, 'United States'), at(text, 'America')]);
    expect(named(e, 'country', 'China')?.id).toBe('country:CN');
    expect(named(e, 'country', 'China')?.provenance).toEqual({ rule: 'places/country-name', confidence: 0.9 });
  });

  it('prefers the longest name: "People\'s Republic of China", "North Korean", "Central African Republic"', () => {
    const text = "The People's Republic of China, North Korean envoys and the Central African Republic.";
    const e = tag(text);
    expect(spansOf(named(e, 'country', 'China'))).toEqual([at(text, "People's Republic of China")]);
    expect(spansOf(named(e, 'country', 'North Korea'))).toEqual([at(text, 'North Korean')]);
    expect(spansOf(named(e, 'country', 'Central African Republic'))).toEqual([at(text, 'Central African Republic')]);
    expect(names(e, 'country')).toEqual(['China', 'North Korea', 'Central African Republic']);
  });

  it('reads dateline and headline capitals', () => {
    const text = 'CHINA AND KAZAKHSTAN SIGN PACT';
    expect(names(tag(text), 'country')).toEqual(['China', 'Kazakhstan']);
  });

  it('does not read "US" in an all-capital line, nor lower-case words, as countries', () => {
    expect(names(tag('LET US MEET AGAIN'), 'country')).toEqual([]);
    expect(names(tag('They ate turkey from china plates in chad.'), 'country')).toEqual([]);
    expect(names(tag('The US and the UK agreed.'), 'country')).toEqual(['United States', 'United Kingdom']);
  });

  it('keeps a country mention before a possessive out of the span', () => {
    const text = "Kazakhstan's capital";
    expect(spansOf(named(tag(text), 'country', 'Kazakhstan'))).toEqual([at(text, 'Kazakhstan')]);
  });
});

describe('cities', () => {
  it('finds unambiguous cities without a cue, with their country', () => {
    const text = 'Beijing and Moscow agreed; Rio de Janeiro hosted the G20.';
    const e = tag(text);
    expect(ofKind(e, 'city').map((c) => [c.name, c.country])).toEqual([
      ['Beijing', 'China'],
      ['Moscow', 'Russia'],
      ['Rio de Janeiro', 'Brazil'],
    ]);
    expect(spansOf(named(e, 'city', 'Rio de Janeiro'))).toEqual([at(text, 'Rio de Janeiro')]);
    expect(named(e, 'city', 'Beijing')?.id).toBe('city:beijing');
  });

  it('never reads common words or person names as cities without a cue', () => {
    const text = 'Xi said the Sun rose Along the river. Of course, it was nice; Mobile phones split the vote. Victoria said so. Nice work. Split decisions.';
    expect(ofKind(tag(text), 'city')).toEqual([]);
  });

  it('reads ambiguous names as cities after a location cue', () => {
    const text = 'Ministers met in Nice, then flew to Split.';
    const e = tag(text);
    expect(ofKind(e, 'city').map((c) => [c.name, c.country, c.provenance.rule])).toEqual([
      ['Nice', 'France', 'places/city-cue'],
      ['Split', 'Croatia', 'places/city-cue'],
    ]);
  });

  it('"X, Country" picks the city of that country and counts as a cue', () => {
    const text = 'Victoria, Seychelles and Valencia, Venezuela.';
    const e = tag(text);
    expect(ofKind(e, 'city').map((c) => [c.name, c.country])).toEqual([
      ['Victoria', 'Seychelles'],
      ['Valencia', 'Venezuela'],
    ]);
  });

  it('"the northwestern Chinese city of Xi\'an" → Xi\'an, China', () => {
    const text = "The inaugural summit was held in the northwestern Chinese city of Xi'an.";
    const e = tag(text);
    const city = named(e, 'city', "Xi'an");
    expect(spansOf(city)).toEqual([at(text, "Xi'an")]);
    expect(city?.country).toBe('China');
    expect(city?.provenance.rule).toBe('places/city-of');
    expect(spansOf(named(e, 'country', 'China'))).toEqual([at(text, 'Chinese')]);
  });

  it('"the Kazakh city of Zhanaozen" finds a city the table does not hold, in the stated country', () => {
    const text = 'They met in the Kazakh city of Zhanaozen and the Russian port city of Novorossiysk.';
    const e = tag(text);
    expect(ofKind(e, 'city').map((c) => [c.name, c.country])).toEqual([
      ['Zhanaozen', 'Kazakhstan'],
      ['Novorossiysk', 'Russia'],
    ]);
  });

  it('"Astana, the capital of Kazakhstan" gives the city its country; "the capital of X" names the capital', () => {
    const text = 'Leaders gathered in Astana, the capital of Kazakhstan. It was in the capital of Kazakhstan in 2013 that the idea was born.';
    const e = tag(text);
    const astana = named(e, 'city', 'Astana');
    expect(spansOf(astana)).toEqual([at(text, 'Astana'), at(text, 'capital of Kazakhstan', 1)]);
    expect(astana?.country).toBe('Kazakhstan');
    expect(spansOf(named(e, 'country', 'Kazakhstan'))).toEqual([at(text, 'Kazakhstan'), at(text, 'Kazakhstan', 1)]);
  });

  it('"Dodoma, capital of Tanzania" and unknown capitals in apposition', () => {
    const text = 'Talks in Gitega, the capital of Burundi, ended.';
    const city = named(tag(text), 'city', 'Gitega');
    expect(city?.country).toBe('Burundi');
    expect(city?.provenance.rule).toBe('places/capital-apposition');
  });

  it('"the Kazakh capital" names Astana; not when the name follows', () => {
    const text = 'The Kazakh capital hosted the talks. Delegates reached the Kazakh capital, Astana.';
    const astana = named(tag(text), 'city', 'Astana');
    expect(spansOf(astana)).toEqual([at(text, 'Kazakh capital'), at(text, 'Astana')]);
  });

  it('reads the dateline place in capitals as its proper name', () => {
    const text = 'BEIJING, June 18, 2025 (GLOBE NEWSWIRE) -- Talks opened.';
    const city = named(tag(text, { dateline: 'BEIJING' }), 'city', 'Beijing');
    expect(spansOf(city)).toEqual([at(text, 'BEIJING')]);
    expect(city?.provenance).toEqual({ rule: 'places/dateline', confidence: 0.95 });
  });

  it('dateline "RIO DE JANEIRO" and "KAZAN, Russia"', () => {
    const a = 'RIO DE JANEIRO, Nov. 18 -- Leaders met.';
    expect(spansOf(named(tag(a, { dateline: 'RIO DE JANEIRO' }), 'city', 'Rio de Janeiro'))).toEqual([at(a, 'RIO DE JANEIRO')]);
    const b = 'KAZAN, Russia, Oct. 22 (Xinhua) -- Leaders met.';
    const e = tag(b, { dateline: 'KAZAN, Russia' });
    expect(named(e, 'city', 'Kazan')?.country).toBe('Russia');
    expect(spansOf(named(e, 'city', 'Kazan'))).toEqual([at(b, 'KAZAN')]);
    expect(spansOf(named(e, 'country', 'Russia'))).toEqual([at(b, 'Russia')]);
  });

  it('an unknown dateline place is proper-cased', () => {
    const text = 'SMALLVILLE, May 2 -- News.';
    const city = ofKind(tag(text, { dateline: 'SMALLVILLE' }), 'city')[0];
    expect(city?.name).toBe('Smallville');
    expect(city?.country).toBeNull();
  });

  it('aliases map to the table name: Xian, Kiev, Geneva', () => {
    const text = 'From Xian to Kiev and Geneva.';
    expect(names(tag(text), 'city')).toEqual(["Xi'an", 'Kyiv', 'Geneva']);
  });

  it('"St. Petersburg" keeps its abbreviation dot', () => {
    const text = 'The forum opened in St. Petersburg on Friday.';
    expect(spansOf(named(tag(text), 'city', 'Saint Petersburg'))).toEqual([at(text, 'St. Petersburg')]);
  });
});

describe('regions', () => {
  it('"Central Asia" and "Central Asian" are one region', () => {
    const text = 'Central Asian nations and China; trade with Central Asia grew.';
    const region = named(tag(text), 'region', 'Central Asia');
    expect(spansOf(region)).toEqual([at(text, 'Central Asian'), at(text, 'Central Asia', 1)]);
    expect(region?.id).toBe('region:central-asia');
    expect(region?.country).toBeNull();
  });

  it('"the Gulf" needs its article; the longest region wins', () => {
    const text = 'Investors from the Gulf and Latin America and the Caribbean met in Sub-Saharan Africa.';
    expect(names(tag(text), 'region')).toEqual(['Gulf', 'Latin America and the Caribbean', 'Sub-Saharan Africa']);
    expect(names(tag('Gulf Cooperation Council members met.'), 'region')).toEqual([]);
  });

  it('"European" inside "European Union" is the organisation, not the region', () => {
    const text = 'The European Union and European leaders.';
    const e = tag(text);
    expect(names(e, 'organization')).toEqual(['European Union']);
    expect(spansOf(named(e, 'region', 'Europe'))).toEqual([at(text, 'European', 1)]);
  });
});

describe('venues', () => {
  it('"the Independence Palace in Astana" takes the city\'s country', () => {
    const text = 'They met at the Independence Palace in Astana.';
    const e = tag(text);
    const venue = named(e, 'venue', 'Palace of Independence');
    expect(spansOf(venue)).toEqual([at(text, 'Independence Palace')]);
    expect(venue?.country).toBe('Kazakhstan');
    expect(names(e, 'city')).toEqual(['Astana']);
  });

  it('known venues carry their country; head-built venues keep the city inside', () => {
    const text = 'After the Great Hall of the People, the forum moved to the Kazan Expo Center.';
    const e = tag(text);
    expect(named(e, 'venue', 'Great Hall of the People')?.country).toBe('China');
    expect(spansOf(named(e, 'venue', 'Kazan Expo Center'))).toEqual([at(text, 'Kazan Expo Center')]);
    expect(spansOf(named(e, 'city', 'Kazan'))).toEqual([at(text, 'Kazan')]);
  });
});
