import type { CityRow } from '../cities.js';
import { NAME_STOP_WORDS } from '../data/name-stops.js';
import { LOWER_CASE_VENUE_HEADS } from '../data/venues.js';
import { WordCue } from '../data/word-cues.js';
import type { Word } from '../text/words.js';
import type { HeadedName } from './headed-names.js';
import type { Mention } from './mention.js';
import { cityAfter } from './place-helpers.js';
import type { Scan } from './scan.js';

type VenueMention = Extract<Mention, { kind: 'venue' }>;

/**
 * Venues named by a venue head ("Kazan Expo Center", "the Independence Palace in Astana"), with
 * the city (and its country) when " in <City>" follows. Known venues come from the places gazetteer.
 */
export function findVenues(scan: Scan, headed: readonly HeadedName[]): VenueMention[] {
  const out: VenueMention[] = [];
  for (const n of headed) {
    if (n.head.kind !== 'venue') continue;
    out.push(venue(scan, n.from, n.to, n.start, n.end, 'places/venue-head'));
  }
  const { words } = scan;
  for (let h = 0; h < words.length; h++) {
    // Most words end no lower-case head: the scan flags those that may (WordCue.VENUE_HEAD_END).
    if (((scan.cues[h] as number) & WordCue.VENUE_HEAD_END) === 0) continue;
    const head = lowerCaseHeadEndingAt(words, h);
    if (head === 0) continue;
    // "the <Capitalised run> <head>": up to three capitalised words, not all one country or region.
    let from = h - head + 1;
    while (from > 0 && h - head + 1 - from < 3 && isNameWord(words[from - 1] as Word) && (words[from] as Word).gap === ' ') from--;
    const before = words[from - 1];
    if (from === h - head + 1 || before?.fold !== 'the' || (words[from] as Word).gap !== ' ' || isOnlyRegionOrCountry(scan, from, h - head + 1)) continue;
    out.push(venue(scan, from, h + 1, (words[from] as Word).start, (words[h] as Word).end, 'places/venue-lower-head'));
  }
  return out;
}

const LOWER_HEADS: readonly (readonly string[])[] = LOWER_CASE_VENUE_HEADS.map((r) => r.head.split(' ')).sort((a, b) => b.length - a.length);

/** The number of words of the longest lower-case venue head ending at word `h` (which ends one, by its cue bit), or 0. */
function lowerCaseHeadEndingAt(words: readonly Word[], h: number): number {
  if ((words[h] as Word).cap) return 0;
  for (const head of LOWER_HEADS) {
    const from = h - head.length + 1;
    if (from < 1) continue;
    let ok = true;
    for (let k = 0; k < head.length && ok; k++) {
      const w = words[from + k] as Word;
      ok = !w.cap && w.fold === head[k] && w.gap === ' ';
    }
    if (ok) return head.length;
  }
  return 0;
}

function isNameWord(w: Word): boolean {
  return w.cap && !NAME_STOP_WORDS.has(w.fold) && !/^\d/.test(w.text);
}

function isOnlyRegionOrCountry(scan: Scan, from: number, to: number): boolean {
  const hit = scan.placeHits[scan.placeAt[from] ?? -1];
  return hit !== undefined && hit.from === from && hit.to >= to && (hit.value.country !== undefined || hit.value.region !== undefined);
}

/**
 * A venue of words `[from, to)`: its city and country from " in <City>" after it, else from an
 * unambiguous city its name holds ("Lima Convention Center" → Lima, Peru).
 */
function venue(scan: Scan, from: number, to: number, start: number, end: number, rule: string): VenueMention {
  const city = cityAfter(scan, to) ?? cityInside(scan, from, to);
  return { kind: 'venue', start, end, name: scan.text.slice(start, end), city: city?.name ?? null, country: city?.country ?? null, rule, confidence: 0.7 };
}

function cityInside(scan: Scan, from: number, to: number): { name: string; country: string } | null {
  for (let k = from; k < to; k++) {
    const hit = scan.placeHits[scan.placeAt[k] ?? -1];
    if (hit === undefined || hit.to > to || hit.value.cities === undefined || hit.value.country !== undefined) continue;
    const row = hit.value.cities[0] as CityRow;
    if (!row.ambiguous) return { name: row.name, country: row.country };
  }
  return null;
}
