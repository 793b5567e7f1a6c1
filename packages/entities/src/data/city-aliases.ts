/**
 * Other names of cities in the generated table (scripts/generate-cities.mjs): spellings the press
 * uses that GeoNames does not. `city` is the name in the table, `country` its alpha-2 code.
 * `example` is a sentence a test runs: the tagger must find the city in it.
 */
export interface CityAliasRow {
  readonly alias: string;
  readonly city: string;
  readonly country: string;
  /** The alias is the English name the output should use ("Geneva" for GeoNames' "Genève"). */
  readonly preferred?: boolean;
  readonly example: string;
}

export const CITY_ALIASES: readonly CityAliasRow[] = [
  { alias: 'Xian', city: "Xi'an", country: 'CN', example: 'The summit was held in Xian.' },
  { alias: 'Kiev', city: 'Kyiv', country: 'UA', example: 'Talks were held in Kiev.' },
  { alias: 'Washington', city: 'Washington D.C.', country: 'US', preferred: true, example: 'The delegation flew to Washington.' },
  { alias: 'Ulaanbaatar', city: 'Ulan Bator', country: 'MN', example: 'Ministers met in Ulaanbaatar.' },
  { alias: 'New York', city: 'New York City', country: 'US', example: 'The UN session opened in New York.' },
  { alias: 'St. Petersburg', city: 'Saint Petersburg', country: 'RU', example: 'The forum took place in St. Petersburg.' },
  { alias: 'St Petersburg', city: 'Saint Petersburg', country: 'RU', example: 'Leaders gathered in St Petersburg.' },
  { alias: 'Nay Pyi Taw', city: 'Naypyidaw', country: 'MM', example: 'ASEAN met in Nay Pyi Taw.' },
  { alias: 'Peking', city: 'Beijing', country: 'CN', example: 'The envoy arrived in Peking in 1972.' },
  { alias: 'Brasilia', city: 'Brasília', country: 'BR', example: 'The BRICS summit was held in Brasilia.' },
  { alias: 'Bangalore', city: 'Bengaluru', country: 'IN', example: 'Delegates met in Bangalore.' },
  { alias: 'Alma-Ata', city: 'Almaty', country: 'KZ', example: 'The treaty was signed in Alma-Ata in 1991.' },
  { alias: 'Geneva', city: 'Genève', country: 'CH', preferred: true, example: 'The talks resumed in Geneva.' },
  { alias: 'Cologne', city: 'Köln', country: 'DE', preferred: true, example: 'The G8 met in Cologne in 1999.' },
  { alias: 'Nuremberg', city: 'Nürnberg', country: 'DE', preferred: true, example: 'The fair opened in Nuremberg.' },
  { alias: 'Gothenburg', city: 'Göteborg', country: 'SE', preferred: true, example: 'The EU summit was held in Gothenburg.' },
  { alias: 'Antwerp', city: 'Antwerpen', country: 'BE', preferred: true, example: 'The port of Antwerp expanded.' },
  { alias: 'Ghent', city: 'Gent', country: 'BE', preferred: true, example: 'The meeting took place in Ghent.' },
  { alias: 'Nizhny Novgorod', city: 'Nizhniy Novgorod', country: 'RU', preferred: true, example: 'The forum opened in Nizhny Novgorod.' },
];

/**
 * Towns below the table's population threshold (or not cities at all, like the island of Bali)
 * that host summits. They are tagged as cities. `example` as above.
 */
export interface SummitTownRow {
  readonly name: string;
  readonly country: string;
  readonly example: string;
}

export const SUMMIT_TOWNS: readonly SummitTownRow[] = [
  { name: 'Davos', country: 'CH', example: 'Leaders gathered in Davos for the World Economic Forum.' },
  { name: 'Boao', country: 'CN', example: 'The forum opened in Boao on Hainan Island.' },
  { name: 'Sharm el-Sheikh', country: 'EG', example: 'COP27 took place in Sharm el-Sheikh.' },
  { name: 'Bali', country: 'ID', example: 'The G20 summit was held in Bali in 2022.' },
  { name: 'Nusa Dua', country: 'ID', example: 'Delegates met in Nusa Dua.' },
  { name: 'Venice', country: 'IT', example: 'The G7 met in Venice in 1987.' },
  { name: 'Elmau', country: 'DE', example: 'The G7 summit at Elmau ended.' },
  { name: 'Biarritz', country: 'FR', example: 'The G7 gathered in Biarritz in 2019.' },
  { name: 'Evian', country: 'FR', example: 'The G8 summit in Evian opened.' },
  { name: 'Deauville', country: 'FR', example: 'The G8 met in Deauville in 2011.' },
  { name: 'Carbis Bay', country: 'GB', example: 'The G7 summit in Carbis Bay closed.' },
  { name: 'Bled', country: 'SI', example: 'Ministers met in Bled on Monday.' },
  { name: 'Turkistan', country: 'KZ', example: 'The Turkic summit was held in Turkistan.' },
  { name: 'Goa', country: 'IN', example: 'The BRICS summit took place in Goa.' },
  { name: 'Hainan', country: 'CN', example: 'The forum took place in Hainan.' },
  { name: 'Apulia', country: 'IT', example: 'The G7 summit in Apulia opened.' },
  { name: 'Kananaskis', country: 'CA', example: 'The G7 summit in Kananaskis opened.' },
];
