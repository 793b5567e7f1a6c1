import type { PhraseMatch } from '../text/phrase-index.js';
import type { Word } from '../text/words.js';
import type { PlaceEntry } from '../vocabularies.js';
import { cityCountryCues } from './city-country-cue.js';
import { cityPatterns } from './city-patterns.js';
import { datelineMentions } from './dateline.js';
import type { Mention } from './mention.js';
import { cityAfter, countryAfter, eventHeadAfter, hasLocationCue, pickCity } from './place-helpers.js';
import type { Scan } from './scan.js';

/**
 * Countries, regions, cities and venues in the text: gazetteer matches (names, aliases,
 * demonyms → countries; region names and adjectives; cities of the generated table with a cue
 * when the name is ambiguous; known venues) plus phrase patterns ("the Chinese city of Xi'an",
 * "Astana, the capital of Kazakhstan", "the capital of Kazakhstan", the dateline place).
 */
export function findPlaces(scan: Scan): Mention[] {
  const out: Mention[] = [];
  const dl = scan.datelinePlace;
  const consumed = new Set<number>(); // place-hit indexes handled by a pattern
  if (dl !== null) out.push(...datelineMentions(scan, dl, consumed));
  out.push(...cityPatterns(scan, consumed));
  out.push(...cityCountryCues(scan));
  scan.placeHits.forEach((hit, k) => {
    if (consumed.has(k)) return;
    const m = placeFromHit(scan, hit);
    if (m !== null) out.push(m);
  });
  return out;
}

function placeFromHit(scan: Scan, hit: PhraseMatch<PlaceEntry>): Mention | null {
  const e = hit.value;
  const { start, end } = hit;
  if (e.venue !== undefined) {
    if (e.venue.seat === true && !isLocated(scan, hit.from)) {
      // "Kremlin aide", "the White House said": the body seated there.
      return { kind: 'organization', start, end, name: e.venue.name, acronym: null, source: 'table', rule: 'orgs/seat', confidence: 0.8 };
    }
    const after = cityAfter(scan, hit.to);
    return {
      kind: 'venue',
      start,
      end,
      name: e.venue.name,
      city: e.venue.city ?? after?.name ?? null,
      country: e.venue.country ?? after?.country ?? null,
      rule: 'places/venue-table',
      confidence: 0.9,
    };
  }
  if (e.region !== undefined && (e.country === undefined || e.country.kind === 'demonym')) {
    return { kind: 'region', start, end, name: e.region.name, rule: 'places/region', confidence: 0.85 };
  }
  if (e.country !== undefined) {
    if (isAcronymInCapitals(scan, hit) || isCurrencyPrefix(scan, hit)) return null;
    const c = e.country;
    const acronym = hit.to - hit.from === 1 && scan.vocab.places.exact.has((scan.words[hit.from] as Word).bare);
    const rule = c.kind === 'demonym' ? 'places/country-demonym' : acronym ? 'places/country-acronym' : 'places/country-name';
    return { kind: 'country', start, end, name: c.name, code: c.code, form: c.kind, rule, confidence: c.kind === 'demonym' ? 0.85 : 0.9 };
  }
  if (e.cities !== undefined && e.cities.length > 0) {
    const hint = countryAfter(scan, hit.to);
    const row = pickCity(e.cities, hint);
    const cued = hint !== null || hasLocationCue(scan, hit.from) || eventHeadAfter(scan, hit.to);
    if (row.ambiguous && !cued) return null;
    return {
      kind: 'city',
      start,
      end,
      name: row.name,
      country: row.country,
      rule: cued ? 'places/city-cue' : 'places/city-gazetteer',
      confidence: row.ambiguous ? 0.7 : 0.8,
    };
  }
  return null;
}

/** "US" inside an all-capital line ("LET US") is not a country. */
function isAcronymInCapitals(scan: Scan, hit: PhraseMatch<PlaceEntry>): boolean {
  if (hit.to - hit.from !== 1) return false;
  const w = scan.words[hit.from] as Word;
  if (!w.upper || w.text.length > 4) return false;
  const prev = scan.words[hit.from - 1];
  const next = scan.words[hit.to];
  return isCapsWord(prev) && isCapsWord(next);
}

// Words that put a seat of power on the map: "at the Kremlin", "in Downing Street".
const LOCATIVES: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside', 'into', 'near', 'within', 'to']);

function isLocated(scan: Scan, from: number): boolean {
  let k = from - 1;
  if (scan.words[k]?.fold === 'the') k--;
  const w = scan.words[k];
  // "according to the Kremlin" cites the body.
  return w !== undefined && !w.cap && LOCATIVES.has(w.fold) && !(w.fold === 'to' && scan.words[k - 1]?.fold === 'according');
}

/** "US$ 300 million", "330 billion US dollars": a currency, no mention of the country. */
function isCurrencyPrefix(scan: Scan, hit: PhraseMatch<PlaceEntry>): boolean {
  if (scan.text.charCodeAt(hit.end) === 36) return true; // "$"
  const next = scan.words[hit.to];
  return next !== undefined && next.gap === ' ' && (next.fold === 'dollar' || next.fold === 'dollars');
}

/** An all-capital word of two letters or more on the same line as the word before it. */
function isCapsWord(x: Word | undefined): boolean {
  return x !== undefined && x.upper && x.text.length > 1 && !x.lineBreak;
}
