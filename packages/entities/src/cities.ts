import type { CountryRef } from './countries.js';
import { defaultCountryIndex } from './countries.js';
import { CITY_ALIASES, SUMMIT_TOWNS } from './data/city-aliases.js';
import { CITY_TABLE } from './data/cities.generated.js';
import { COUNTRY_TABLE } from './data/countries.generated.js';
import { computePhraseKey, foldName, type PhraseKey } from './text/phrase-index.js';

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
  // The table rows the aliases name, by "city|country": keyed only for the few cities with an alias.
  const aliasCities = new Set<string>();
  const preferred = new Map<string, string>();
  for (const a of CITY_ALIASES) {
    aliasCities.add(a.city);
    if (a.preferred === true) preferred.set(`${a.city}|${a.country}`, a.alias);
  }
  const aliasRows = new Map<string, CityRow>();
  // Most cities are no capital: one lookup tells, before the country's list is read.
  const capitalNames = new Set<string>();
  for (const c of COUNTRY_TABLE) for (const name of c.capitals) capitalNames.add(name);
  const byKey = new Map<string, { key: PhraseKey; form: string; rows: CityRow[] }>();
  const addForm = (form: string, row: CityRow): void => {
    const pk = computePhraseKey(form);
    if (pk === null) return;
    const entry = byKey.get(pk.key);
    if (entry === undefined) byKey.set(pk.key, { key: pk, form, rows: [row] });
    else if (!entry.rows.includes(row)) entry.rows.push(row);
  };
  // One line a city, five fields a line (see the table's header); read in place, no split.
  const table = CITY_TABLE;
  for (let at = 0; at < table.length; ) {
    let eol = table.indexOf('\n', at);
    if (eol < 0) eol = table.length;
    const t1 = fieldEnd(table, at, eol);
    const t2 = fieldEnd(table, t1 + 1, eol);
    const t3 = fieldEnd(table, t2 + 1, eol);
    const t4 = fieldEnd(table, t3 + 1, eol);
    const tableName = table.slice(at, t1);
    at = eol + 1;
    if (tableName === '') continue;
    const country = table.slice(t1 + 1, t2);
    const aliases = table.slice(t4 + 1, fieldEnd(table, t4 + 1, eol));
    const nameCountry = aliasCities.has(tableName) ? `${tableName}|${country}` : null;
    const name = (nameCountry === null ? undefined : preferred.get(nameCountry)) ?? tableName;
    const capital = capitalNames.has(tableName) && countries.capitalsOf(country).includes(tableName);
    const row: CityRow = { name, country, population: Number(table.slice(t2 + 1, t3)), ambiguous: table.slice(t3 + 1, t4) === '1', capital };
    if (nameCountry !== null) aliasRows.set(nameCountry, row);
    addForm(name, row);
    if (name !== tableName) addForm(tableName, row);
    if (aliases !== '') for (const alias of aliases.split('|')) addForm(alias, row);
  }
  for (const a of CITY_ALIASES) {
    const row = aliasRows.get(`${a.city}|${a.country}`);
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

/** End of the tab-separated field that starts at `from` on a line that ends at `eol`. */
function fieldEnd(table: string, from: number, eol: number): number {
  if (from >= eol) return eol;
  const tab = table.indexOf('\t', from);
  return tab < 0 || tab > eol ? eol : tab;
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
