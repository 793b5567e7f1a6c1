import { defaultCityIndex } from '../cities.js';
import type { PhraseMatch } from '../text/phrase-index.js';
import { properCase } from '../text/slug.js';
import { joinsName, type Word } from '../text/words.js';
import type { PlaceEntry } from '../vocabularies.js';
import type { Mention } from './mention.js';
import { countryOfRange, pickCity, type CountryHint } from './place-helpers.js';
import { wordIndexAt, type Scan } from './scan.js';

/** The dateline place: "BEIJING" → Beijing; "KAZAN, Russia" → Kazan in Russia. */
export function datelineMentions(scan: Scan, dl: { start: number; end: number }, consumed: Set<number>): Mention[] {
  const { words } = scan;
  const from = wordIndexAt(words, dl.start);
  let to = from;
  while (to < words.length && (words[to] as Word).end <= dl.end) to++;
  if (to === from) return [];
  let cityTo = from + 1;
  while (cityTo < to && joinsName((words[cityTo] as Word).gap) !== null) cityTo++;
  const out: Mention[] = [];
  const hint = cityTo < to ? countryOfRange(scan, cityTo, to) ?? countryAfterRange(scan, cityTo, to) : null;
  for (let j = from; j < to; j++) {
    const k = scan.placeAt[j] ?? -1;
    if (k >= 0 && (scan.placeHits[k] as PhraseMatch<PlaceEntry>).to <= cityTo) consumed.add(k);
  }
  const first = words[from] as Word;
  const last = words[cityTo - 1] as Word;
  const written = scan.text.slice(first.start, last.end);
  const rows = defaultCityIndex().lookup(written);
  const wholeHit = scan.placeHits[scan.placeAt[from] ?? -1];
  const isCountry = rows.length === 0 && wholeHit?.from === from && wholeHit.to === cityTo && wholeHit.value.country !== undefined;
  if (isCountry) {
    const c = wholeHit.value.country!;
    out.push({ kind: 'country', start: first.start, end: last.end, name: c.name, code: c.code, form: c.kind, rule: 'places/dateline', confidence: 0.95 });
    return out;
  }
  const row = rows.length > 0 ? pickCity(rows, hint) : null;
  out.push({
    kind: 'city',
    start: first.start,
    end: last.end,
    name: row?.name ?? properCase(written),
    country: hint?.code ?? row?.country ?? null,
    rule: 'places/dateline',
    confidence: row !== null ? 0.95 : 0.75,
  });
  return out;
}

function countryAfterRange(scan: Scan, from: number, to: number): CountryHint {
  for (let j = from; j < to; j++) {
    const hit = scan.placeHits[scan.placeAt[j] ?? -1];
    if (hit?.value.country !== undefined) return { code: hit.value.country.code, name: hit.value.country.name };
  }
  return null;
}
