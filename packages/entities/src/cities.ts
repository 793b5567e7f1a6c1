import type { CountryRef } from './countries.js';
import { defaultCountryIndex } from './countries.js';
import { CITY_ALIASES, SUMMIT_TOWNS } from './data/city-aliases.js';
import { CITY_TABLE } from './data/cities.generated.js';
import { foldName, phraseKey, type PhraseKey } from './text/phrase-index.js';

/** A city of the generated table (see scripts/generate-cities.mjs). */
export interface CityRow {
  /** The name pressfacts outputs ("Astana", "Xi'an", "Geneva"). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  readonly country: string;
  readonly population: number;
  /** True when the name is also a common word or a person name: it needs a location cue. */
  readonly ambiguous: boolean;
  readonly capital: boolean;
}

export interface CityIndex {
  /** Every city with this name or alias, best first (summit towns, then by population). */
  lookup(name: string): readonly CityRow[];
  /** Every lookup key with one form that has it and its cities, for building gazetteers. */
  readonly entries: ReadonlyMap<string, CityKeyEntry>;
}

export interface CityKeyEntry {
  readonly key: PhraseKey;
  readonly form: string;
  readonly rows: readonly CityRow[];
}

let cached: CityIndex | null = null;

/** The city index, parsed once from the generated table on first use. */
export function defaultCityIndex(): CityIndex {
  cached ??= buildCityIndex();
  return cached;
}

function buildCityIndex(): CityIndex {
  const countries = defaultCountryIndex();
  const preferred = new Map<string, string>();
  for (const a of CITY_ALIASES) if (a.preferred === true) preferred.set(`${a.city}|${a.country}`, a.alias);
  const byKey = new Map<string, { key: PhraseKey; form: string; rows: CityRow[] }>();
  const rowsByNameCountry = new Map<string, CityRow>();
  const addForm = (form: string, row: CityRow): void => {
    const pk = phraseKey(form);
    if (pk === null) return;
    const entry = byKey.get(pk.key);
    if (entry === undefined) byKey.set(pk.key, { key: pk, form, rows: [row] });
    else if (!entry.rows.includes(row)) entry.rows.push(row);
  };
  for (const line of CITY_TABLE.split('\n')) {
    const [tableName = '', country = '', pop = '0', amb = '0', aliases = ''] = line.split('\t');
    if (tableName === '') continue;
    const name = preferred.get(`${tableName}|${country}`) ?? tableName;
    const capital = countries.capitalsOf(country).includes(tableName);
    const row: CityRow = { name, country, population: Number(pop), ambiguous: amb === '1', capital };
    rowsByNameCountry.set(`${tableName}|${country}`, row);
    addForm(name, row);
    if (name !== tableName) addForm(tableName, row);
    if (aliases !== '') for (const alias of aliases.split('|')) addForm(alias, row);
  }
  for (const a of CITY_ALIASES) {
    const row = rowsByNameCountry.get(`${a.city}|${a.country}`);
    if (row !== undefined) addForm(a.alias, row);
  }
  // Summit towns come first among cities of the same name ("Bali" is the island, not Bāli in India).
  const curated = new Set<CityRow>();
  for (const t of SUMMIT_TOWNS) {
    const existing = byKey.get(foldName(t.name))?.rows.find((r) => r.country === t.country);
    const row = existing ?? { name: t.name, country: t.country, population: 0, ambiguous: false, capital: false };
    curated.add(row);
    addForm(t.name, row);
  }
  const best = (a: CityRow, b: CityRow): number => Number(curated.has(b)) - Number(curated.has(a)) || b.population - a.population;
  for (const entry of byKey.values()) if (entry.rows.length > 1) entry.rows.sort(best);
  return {
    lookup: (name) => byKey.get(foldName(name))?.rows ?? [],
    entries: byKey,
  };
}

/**
 * The country of a city (the most populous city of that name), from the generated GeoNames
 * table (cities of 100,000 or more, all capitals) plus the project alias table.
 *
 * @example countryOfCity("Xi'an") // { name: 'China', code: 'CN' }
 * @example countryOfCity('ASTANA') // { name: 'Kazakhstan', code: 'KZ' }
 */
export function countryOfCity(city: string): CountryRef | null {
  const row = defaultCityIndex().lookup(city)[0];
  return row === undefined ? null : defaultCountryIndex().byCode(row.country);
}

/**
 * The table's name for a city written any way, or null when the city is not in the table.
 *
 * @example canonicalCityName('RIO DE JANEIRO') // 'Rio de Janeiro'
 * @example canonicalCityName('Xian') // "Xi'an"
 */
export function canonicalCityName(city: string): string | null {
  return defaultCityIndex().lookup(city)[0]?.name ?? null;
}
