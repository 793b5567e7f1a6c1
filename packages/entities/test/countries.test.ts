import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalOf, countryOfCapital, createCountryIndex, defaultCountryIndex, resolveCountry } from '../src/countries.js';
import { COUNTRY_TABLE, COUNTRY_TABLE_SOURCE } from '../src/data/countries.generated.js';
// @ts-expect-error -- plain JavaScript module of the generator script
import { buildCountryRows, countryTableModule } from '../scripts/country-rows.mjs';

const require = createRequire(import.meta.url);

describe('generated country table', () => {
  it('is exactly what scripts/generate-countries.mjs derives from world-countries', () => {
    const version = require('world-countries/package.json').version as string;
    const rows = buildCountryRows(require('world-countries/countries.json'));
    const committed = readFileSync(new URL('../src/data/countries.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(countryTableModule(rows, version));
    expect(COUNTRY_TABLE).toEqual(rows);
    expect(COUNTRY_TABLE_SOURCE).toBe(`world-countries@${version}`);
  });

  it('holds the fields the index reads', () => {
    const kz = COUNTRY_TABLE.find((c) => c.code === 'KZ');
    expect(kz).toEqual({
      code: 'KZ', name: 'Kazakhstan', official: 'Republic of Kazakhstan', capitals: ['Astana'],
      altSpellings: expect.arrayContaining(['Qazaqstan']), independent: true, area: 2724900, demonyms: ['Kazakhstani', 'Kazakhstani'],
    });
    expect(COUNTRY_TABLE).toHaveLength(250);
  });
});

describe('resolveCountry', () => {
  it.each([
    ['China', 'China', 'CN'], ['Chinese', 'China', 'CN'], ['CHINA', 'China', 'CN'], ['china', 'China', 'CN'],
    ["China's", 'China', 'CN'], ["People's Republic of China", 'China', 'CN'], ['PRC', 'China', 'CN'],
    ['United States', 'United States', 'US'], ['US', 'United States', 'US'], ['the U.S.', 'United States', 'US'],
    ['the US', 'United States', 'US'], ['USA', 'United States', 'US'], ['America', 'United States', 'US'], ['American', 'United States', 'US'],
    ['Britain', 'United Kingdom', 'GB'], ['UK', 'United Kingdom', 'GB'], ['British', 'United Kingdom', 'GB'],
    ['Russia', 'Russia', 'RU'], ['Russian Federation', 'Russia', 'RU'], ['Russian', 'Russia', 'RU'],
    ['South Korea', 'South Korea', 'KR'], ['Republic of Korea', 'South Korea', 'KR'], ['DPRK', 'North Korea', 'KP'],
    ['Türkiye', 'Türkiye', 'TR'], ['Turkey', 'Türkiye', 'TR'], ['Turkiye', 'Türkiye', 'TR'],
    ['Kazakh', 'Kazakhstan', 'KZ'], ['Kazakhstani', 'Kazakhstan', 'KZ'], ['Kyrgyz', 'Kyrgyzstan', 'KG'],
    ['Uzbek', 'Uzbekistan', 'UZ'], ['Tajik', 'Tajikistan', 'TJ'], ['Turkmen', 'Turkmenistan', 'TM'],
    ['Emirati', 'United Arab Emirates', 'AE'], ['Saudi', 'Saudi Arabia', 'SA'], ['Viet Nam', 'Vietnam', 'VN'],
    ['French', 'France', 'FR'], ['Indian', 'India', 'IN'], ['Dutch', 'Netherlands', 'NL'], ['Dominican', 'Dominican Republic', 'DO'],
    ["Côte d'Ivoire", 'Ivory Coast', 'CI'], ['Cote d’Ivoire', 'Ivory Coast', 'CI'],
  ])('%s → %s', (text, name, code) => {
    expect(resolveCountry(text)).toEqual({ name, code });
  });

  it.each(['us', 'Beijing', 'Xi', 'Nice', 'Island', 'Republic of China', '', ' ', 'Central Asia', 'Europe'])('%s → null', (text) => {
    expect(resolveCountry(text)).toBeNull();
  });
});

describe('capitals', () => {
  it('capitalOf takes names, demonyms and codes', () => {
    expect(capitalOf('Kazakhstan')).toBe('Astana');
    expect(capitalOf('KZ')).toBe('Astana');
    expect(capitalOf('Chinese')).toBe('Beijing');
    expect(capitalOf('Atlantis')).toBeNull();
  });
  it('countryOfCapital', () => {
    expect(countryOfCapital('Astana')).toEqual({ name: 'Kazakhstan', code: 'KZ' });
    expect(countryOfCapital('BEIJING')).toEqual({ name: 'China', code: 'CN' });
    expect(countryOfCapital('Shanghai')).toBeNull();
  });
});

describe('createCountryIndex', () => {
  it('adds caller rows before the built-in ones', () => {
    const index = createCountryIndex([{ alias: 'Oz', code: 'AU', kind: 'alias', example: 'Oz voted.' }]);
    expect(index.resolve('Oz')).toEqual({ name: 'Australia', code: 'AU', kind: 'alias' });
    expect(resolveCountry('Oz')).toBeNull();
  });
});

describe('resolve: the first-word check before the cache', () => {
  // A trailing space makes a text not plain, so it skips the check; resolving trims it off.
  const slowPath = (text: string) => defaultCountryIndex().resolve(`${text} `);

  it('answers every form, in any case, with "the", a possessive or more words, as the full lookup does', () => {
    const forms = [...defaultCountryIndex().forms.keys()];
    const text = fc
      .tuple(
        fc.constantFrom(...forms),
        fc.constantFrom('', 'the ', 'The ', 'Xi ', 'Central-'),
        fc.constantFrom('', "'s", ' in 2013', '-Africa', ' and', ' Summit'),
        fc.constantFrom('as is', 'lower', 'upper'),
      )
      .map(([form, before, after, casing]) => {
        const t = `${before}${form}${after}`;
        return casing === 'lower' ? t.toLowerCase() : casing === 'upper' ? t.toUpperCase() : t;
      });
    fc.assert(
      fc.property(text, (t) => {
        expect(defaultCountryIndex().resolve(t), t).toEqual(slowPath(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('still finds plain forms and rejects plain names that open with no country word', () => {
    expect(defaultCountryIndex().resolve('South Africa')).toEqual({ name: 'South Africa', code: 'ZA', kind: 'name' });
    expect(defaultCountryIndex().resolve('the Philippines')).toEqual({ name: 'Philippines', code: 'PH', kind: 'name' });
    expect(defaultCountryIndex().resolve('UK')).toEqual({ name: 'United Kingdom', code: 'GB', kind: 'alias' });
    expect(defaultCountryIndex().resolve('Xi Jinping')).toBeNull();
    expect(slowPath('Xi Jinping')).toBeNull();
  });
});
