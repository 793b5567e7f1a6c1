import { defaultCityIndex, type CityRow } from '../cities.js';
import { EVENT_KINDS } from '../data/event-kinds.js';
import { CITY_DESCRIPTORS, LOCATION_CUES } from '../data/location-cues.js';
import { CALENDAR_WORDS } from '../data/name-stops.js';
import { joinsName, NAME_CONNECTORS, type Word } from '../text/words.js';
import type { Mention } from './mention.js';
import type { Scan } from './scan.js';

const CUES: ReadonlySet<string> = new Set(LOCATION_CUES.map((c) => c.cue));
const EVENT_HEADS: ReadonlySet<string> = new Set(EVENT_KINDS.map((k) => k.head.toLowerCase()));

/** A country a pattern states for a place ("Kazan, Russia", "the Chinese city of"). */
export type CountryHint = { readonly code: string; readonly name: string } | null;

export function pickCity(rows: readonly CityRow[], hint: CountryHint): CityRow {
  if (hint !== null) {
    const inCountry = rows.find((r) => r.country === hint.code);
    if (inCountry !== undefined) return inCountry;
  }
  return rows[0] as CityRow;
}

export function hasLocationCue(scan: Scan, from: number): boolean {
  const first = scan.words[from] as Word;
  const prev = scan.words[from - 1];
  if (prev === undefined || first.gap !== ' ') return false;
  if (CUES.has(prev.fold)) return true;
  const prev2 = scan.words[from - 2];
  return prev.fold === 'of' && prev2 !== undefined && CITY_DESCRIPTORS.has(prev2.fold);
}

export function eventHeadAfter(scan: Scan, to: number): boolean {
  const next = scan.words[to];
  return next !== undefined && next.gap === ' ' && EVENT_HEADS.has(next.fold);
}

/** ", Russia" or " (Russia)" right after a place. */
export function countryAfter(scan: Scan, to: number): CountryHint {
  const next = scan.words[to];
  if (next === undefined || (next.gap !== ', ' && next.gap !== ' (')) return null;
  const k = scan.placeAt[to] ?? -1;
  const hit = scan.placeHits[k];
  if (hit === undefined || hit.from !== to) return null;
  const c = hit.value.country;
  return c !== undefined && c.kind !== 'demonym' ? { code: c.code, name: c.name } : null;
}

/** " in Astana" right after a venue. */
export function cityAfter(scan: Scan, to: number): { name: string; country: string } | null {
  const prep = scan.words[to];
  if (prep === undefined || prep.fold !== 'in' || prep.gap !== ' ') return null;
  const hit = scan.placeHits[scan.placeAt[to + 1] ?? -1];
  if (hit === undefined || hit.from !== to + 1 || hit.value.cities === undefined) return null;
  const row = hit.value.cities[0] as CityRow;
  return { name: row.name, country: row.country };
}

/** The country a word range names (a country hit exactly covering it), or null. */
export function countryOfRange(scan: Scan, from: number, to: number): CountryHint {
  const hit = scan.placeHits[scan.placeAt[from] ?? -1];
  if (hit === undefined || hit.from !== from || hit.to !== to || hit.value.country === undefined) return null;
  return { code: hit.value.country.code, name: hit.value.country.name };
}

/**
 * Reads a capitalised place name starting at word `i` (connectors such as "de" allowed inside,
 * never a month or weekday after them): returns the exclusive end index, or `i` when there is none.
 */
export function readPlaceName(words: readonly Word[], i: number, max = 5): number {
  let end = i;
  for (let j = i; j < words.length && j < i + max; j++) {
    const w = words[j] as Word;
    if (j > i && joinsName(w.gap) === null) break;
    // "Dubrovnik on April 12", "Lusaka on Monday": a month or weekday never continues a place.
    if (j > i && CALENDAR_WORDS.has(w.fold)) break;
    if (w.cap && !/^\d/.test(w.text)) end = j + 1;
    else if (!(j > i && NAME_CONNECTORS.has(w.fold) && w.fold !== 'and' && w.fold !== 'of' && w.fold !== 'the')) break;
  }
  return end;
}

export function cityMention(scan: Scan, from: number, to: number, hint: CountryHint, rule: string, confidence: number): Mention {
  const first = scan.words[from] as Word;
  const last = scan.words[to - 1] as Word;
  const end = last.start + last.text.replace(/['\u2019]s?$/, '').length;
  const written = scan.text.slice(first.start, end);
  const rows = defaultCityIndex().lookup(written);
  const row = rows.length > 0 ? pickCity(rows, hint) : null;
  const sameCountry = row !== null && (hint === null || row.country === hint.code);
  return {
    kind: 'city',
    start: first.start,
    end,
    name: sameCountry && row !== null ? row.name : written,
    country: hint?.code ?? row?.country ?? null,
    rule,
    confidence,
  };
}
