import { memoize } from './text/memo.js';
import { addWordHash, firstWordOf, hasWordHash, plainFirstWordHash } from './text/phrase-index.js';
import { COUNTRY_ALIASES, EXCLUDED_ALT_SPELLINGS, type CountryAliasRow } from './data/country-aliases.js';
import { COUNTRY_TABLE } from './data/countries.generated.js';

/** A country as pressfacts names it: `world-countries` `name.common` and ISO 3166-1 alpha-2. */
export interface CountryRef {
  readonly name: string;
  readonly code: string;
}

/** How a surface form names its country. */
export type CountryFormKind = 'name' | 'official' | 'alias' | 'demonym';

/**
 * A country found from one of its forms, with the kind of form it was.
 *
 * @example
 * defaultCountryIndex().resolve('Kyrgyz'); // { name: 'Kyrgyzstan', code: 'KG', kind: 'demonym' }
 */
export interface CountryFormMatch extends CountryRef {
  readonly kind: CountryFormKind;
}

/** A built lookup over country names, aliases, demonyms and capitals. */
export interface CountryIndex {
  /** `resolve('Chinese')` → `{ name: 'China', code: 'CN', kind: 'demonym' }`. */
  resolve(text: string): CountryFormMatch | null;
  /** `byCode('KZ')` → `{ name: 'Kazakhstan', code: 'KZ' }`; null for an unknown code. */
  byCode(code: string): CountryRef | null;
  /** `capitalsOf('KZ')` → `['Astana']`: the capital(s) of a country by its code. */
  capitalsOf(code: string): readonly string[];
  /** Country whose capital has this name (`Astana` → Kazakhstan). */
  countryOfCapital(city: string): CountryRef | null;
  /** Every surface form (as written in the data) with its country, for text scanning. */
  readonly forms: ReadonlyMap<string, CountryFormMatch>;
}

/** Lower-case, diacritics off, straight apostrophes, single spaces. */
function foldCountryKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "U.S.", "UK", "DPRK": all capitals (dots allowed), 2 to 5 letters. */
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;
const LATIN_ONLY = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .()-]+$/;

/**
 * Builds a country index from `world-countries` (the fields of data/countries.generated.ts) plus
 * the alias table plus `extra` rows.
 * Precedence (first writer wins): common names, official names, alias rows (extra first),
 * alternative spellings, then demonyms (independent countries first, larger area first, so
 * "American" is the United States, not American Samoa).
 *
 * @example createCountryIndex([{ alias: 'Oz', code: 'AU', kind: 'alias', example: 'Oz voted.' }])
 */
export function createCountryIndex(extra: readonly CountryAliasRow[] = []): CountryIndex {
  const countries = COUNTRY_TABLE;
  const byCode = new Map<string, CountryRef>();
  const capitals = new Map<string, readonly string[]>();
  for (const c of countries) {
    byCode.set(c.code, { name: c.name, code: c.code });
    capitals.set(c.code, c.capitals);
  }
  const folded = new Map<string, CountryFormMatch>();
  const acronyms = new Map<string, CountryFormMatch>();
  const forms = new Map<string, CountryFormMatch>();
  const add = (form: string, code: string, kind: CountryFormKind): void => {
    const ref = byCode.get(code);
    const trimmed = form.trim();
    if (ref === undefined || trimmed.length < 2) return;
    const match: CountryFormMatch = { name: ref.name, code: ref.code, kind };
    if (ACRONYM.test(trimmed)) {
      const key = trimmed.replace(/\./g, '');
      if (!acronyms.has(key)) acronyms.set(key, match);
    } else {
      const key = foldCountryKey(trimmed);
      if (!folded.has(key)) folded.set(key, match);
    }
    if (!forms.has(trimmed)) forms.set(trimmed, match);
  };
  for (const c of countries) add(c.name, c.code, 'name');
  for (const c of countries) add(c.official, c.code, 'official');
  for (const row of [...extra, ...COUNTRY_ALIASES]) add(row.alias, row.code, row.kind);
  for (const c of countries) {
    for (const alt of c.altSpellings) {
      if (alt === c.code || alt.includes(',') || !LATIN_ONLY.test(alt) || EXCLUDED_ALT_SPELLINGS.has(alt)) continue;
      add(alt, c.code, 'alias');
    }
  }
  const byStanding = [...countries].sort(
    (a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area,
  );
  for (const c of byStanding) {
    const d = c.demonyms;
    if (d === null) continue;
    for (const form of new Set([...d[0].split(/, | or /), ...d[1].split(/, | or /)])) add(form, c.code, 'demonym');
  }
  const capitalIndex = new Map<string, CountryRef>();
  for (const c of byStanding) {
    const ref = byCode.get(c.code);
    for (const cap of c.capitals) {
      const key = foldCountryKey(cap);
      if (ref !== undefined && !capitalIndex.has(key)) capitalIndex.set(key, ref);
    }
  }

  const lookup = memoize((text: string): CountryFormMatch | null => {
    const cleaned = text
      .trim()
      .replace(/^the\s+/i, '')
      .replace(/['\u2019]s?$/, '');
    if (cleaned.length < 2) return null;
    if (ACRONYM.test(cleaned)) {
      const hit = acronyms.get(cleaned.replace(/\./g, ''));
      if (hit !== undefined) return hit;
    }
    return folded.get(foldCountryKey(cleaned)) ?? null;
  });
  // Most texts asked about are no country ("Xi Jinping", "Research Center for …"), and the
  // cache above is large and cold: a plain text (see plainFirstWordHash) is found only when its
  // first word, in lower case, is the first word of a key, of an acronym, or the "the" dropped.
  const firstWords = new Uint32Array(2048);
  for (const key of folded.keys()) addWordHash(firstWords, firstWordOf(key));
  for (const key of acronyms.keys()) addWordHash(firstWords, key.toLowerCase());
  addWordHash(firstWords, 'the');
  const resolve = (text: string): CountryFormMatch | null => {
    const h = plainFirstWordHash(text);
    return h < 0 || hasWordHash(firstWords, h) ? lookup(text) : null;
  };
  return {
    resolve,
    byCode: (code) => byCode.get(code.toUpperCase()) ?? null,
    capitalsOf: (code) => capitals.get(code.toUpperCase()) ?? [],
    countryOfCapital: (city) => capitalIndex.get(foldCountryKey(city)) ?? null,
    forms,
  };
}

let defaultIndex: CountryIndex | null = null;

/**
 * The index over the built-in data, built once on first use.
 *
 * @example defaultCountryIndex().resolve('Kazakh') // { name: 'Kazakhstan', code: 'KZ', kind: 'demonym' }
 */
export function defaultCountryIndex(): CountryIndex {
  defaultIndex ??= createCountryIndex();
  return defaultIndex;
}

/**
 * Resolves a country name, alias or demonym to the country. Case-insensitive for names
 * ("CHINA", "china"), exact for short all-capital forms ("US" yes, "us" no). A leading "the"
 * and a trailing possessive are ignored.
 *
 * @example resolveCountry('Chinese') // { name: 'China', code: 'CN' }
 * @example resolveCountry('the U.S.') // { name: 'United States', code: 'US' }
 */
export function resolveCountry(text: string): CountryRef | null {
  const hit = defaultCountryIndex().resolve(text);
  return hit === null ? null : { name: hit.name, code: hit.code };
}

/**
 * The first capital of a country given by name, alias, demonym or alpha-2 code.
 *
 * @example capitalOf('Kazakhstan') // 'Astana'
 */
export function capitalOf(country: string): string | null {
  const index = defaultCountryIndex();
  const code = /^[A-Z]{2}$/.test(country) && index.byCode(country) !== null ? country : index.resolve(country)?.code;
  return code === undefined ? null : (index.capitalsOf(code)[0] ?? null);
}

/**
 * The country whose capital has this name (capitals only; see `countryOfCity` for all cities).
 *
 * @example countryOfCapital('Astana') // { name: 'Kazakhstan', code: 'KZ' }
 */
export function countryOfCapital(city: string): CountryRef | null {
  return defaultCountryIndex().countryOfCapital(city);
}
