import { defaultCityIndex } from '../cities.js';
import { CITY_DESCRIPTORS } from '../data/location-cues.js';
import { NAME_STOP_WORDS } from '../data/name-stops.js';
import { WordCue } from '../data/word-cues.js';
import { joinsName, type Word } from '../text/words.js';
import type { Mention } from './mention.js';
import { cityMention, countryOfRange, readPlaceName, type CountryHint } from './place-helpers.js';
import type { Scan } from './scan.js';

/** Pattern rules: "the <Country word> city of X", "X, the capital of Y", "the capital of Y". */
export function cityPatterns(scan: Scan, consumed: Set<number>): Mention[] {
  const out: Mention[] = [];
  const { words } = scan;
  const consume = (from: number, to: number): void => {
    for (let j = from; j < to; j++) {
      const k = scan.placeAt[j] ?? -1;
      if (k >= 0) consumed.add(k);
    }
  };
  for (let i = 0; i < words.length; i++) {
    // Only "city", "town" and "capital" (data/word-cues.ts CITY_OF_WORDS) open a pattern: flagged by the scan.
    if (((scan.cues[i] as number) & WordCue.CITY_OF) === 0) continue;
    const w = words[i] as Word;
    // "... city of X" / "... town of X"
    if ((w.fold === 'city' || w.fold === 'town' || w.fold === 'capital') && !w.cap && words[i + 1]?.fold === 'of' && words[i + 1]?.gap === ' ') {
      const nameFrom = i + 2;
      const nameTo = readPlaceName(words, nameFrom);
      if (nameTo === nameFrom || (words[nameFrom] as Word).gap !== ' ') continue;
      const namedCountry = countryOfRange(scan, nameFrom, nameTo);
      if (namedCountry !== null) {
        if (w.fold === 'capital') out.push(...capitalOfCountry(scan, i, nameTo, namedCountry, consume));
        continue;
      }
      if (w.fold === 'capital') continue;
      out.push(cityMention(scan, nameFrom, nameTo, countryBefore(scan, i), 'places/city-of', 0.9));
      consume(nameFrom, nameTo);
      continue;
    }
    // "the Kazakh capital" / "Kazakhstan's capital", when no city name follows.
    if (w.fold === 'capital' && !w.cap && w.gap === ' ') {
      const m = capitalAfterCountryWord(scan, i);
      if (m !== null) out.push(m);
    }
  }
  return out;
}

function capitalAfterCountryWord(scan: Scan, i: number): Mention | null {
  const { words } = scan;
  const hit = scan.placeHits[scan.placeAt[i - 1] ?? -1];
  if (hit === undefined || hit.to !== i || hit.value.country === undefined) return null;
  const c = hit.value.country;
  const prevWord = words[i - 1] as Word;
  const possessive = /['\u2019]s?$/.test(prevWord.text);
  if (c.kind !== 'demonym' && !possessive) return null;
  const next = words[i + 1];
  if (next !== undefined && (next.gap === ' ' || next.gap === ', ')) {
    if (next.fold === 'city' || next.fold === 'of') return null;
    const after = scan.placeHits[scan.placeAt[i + 1] ?? -1];
    if (after !== undefined && after.from === i + 1) return null;
  }
  const capitals = scan.vocab.countries.capitalsOf(c.code);
  if (capitals.length !== 1) return null;
  const capital = capitals[0] as string;
  const row = defaultCityIndex().lookup(capital).find((r) => r.country === c.code);
  const w = words[i] as Word;
  return { kind: 'city', start: hit.start, end: w.end, name: row?.name ?? capital, country: c.code, rule: 'places/capital-of-country', confidence: 0.7 };
}

/** The country word before "city"/"capital", skipping descriptors: "the Chinese port city". */
function countryBefore(scan: Scan, i: number): CountryHint {
  let j = i - 1;
  while (j >= 0 && CITY_DESCRIPTORS.has((scan.words[j] as Word).fold)) j--;
  const hit = scan.placeHits[scan.placeAt[j] ?? -1];
  if (hit === undefined || hit.to !== j + 1 || hit.value.country === undefined) return null;
  return { code: hit.value.country.code, name: hit.value.country.name };
}

/**
 * "capital of Kazakhstan": after "X, the" it is an apposition that gives the city X its country;
 * before a city name ("the capital of Kazakhstan, Astana") it only describes it; otherwise it
 * names the country's capital itself.
 */
function capitalOfCountry(
  scan: Scan,
  i: number,
  nameTo: number,
  country: { code: string; name: string },
  consume: (from: number, to: number) => void,
): Mention[] {
  const { words } = scan;
  const end = words[i - 1]?.fold === 'the' && words[i - 1]?.gap === ', ' ? i - 1 : (words[i] as Word).gap === ', ' ? i : -1;
  if (end > 0) {
    const hit = scan.placeHits[scan.placeAt[end - 1] ?? -1];
    let start = end;
    if (hit !== undefined && hit.to === end) {
      if (hit.value.cities === undefined || hit.value.country !== undefined || hit.value.region !== undefined) return [];
      start = hit.from;
    } else {
      while (start > 0 && end - start < 4) {
        const w = words[start - 1] as Word;
        if (!w.cap || NAME_STOP_WORDS.has(w.fold) || /^\d/.test(w.text)) break;
        start--;
        if (joinsName(w.gap) === null) break;
      }
    }
    if (start < end) {
      consume(start, end);
      return [cityMention(scan, start, end, country, 'places/capital-apposition', 0.9)];
    }
  }
  const after = words[nameTo];
  if (after !== undefined && (after.gap === ', ' || after.gap === ' ')) {
    const hit = scan.placeHits[scan.placeAt[nameTo] ?? -1];
    if (hit !== undefined && hit.from === nameTo && hit.value.cities !== undefined) return [];
  }
  const capitals = scan.vocab.countries.capitalsOf(country.code);
  if (capitals.length !== 1) return [];
  const w = words[i] as Word;
  const last = words[nameTo - 1] as Word;
  const stop = last.start + last.text.replace(/['\u2019]s?$/, '').length;
  const capital = capitals[0] as string;
  const row = defaultCityIndex().lookup(capital).find((r) => r.country === country.code);
  return [{ kind: 'city', start: w.start, end: stop, name: row?.name ?? capital, country: country.code, rule: 'places/capital-of-country', confidence: 0.7 }];
}
