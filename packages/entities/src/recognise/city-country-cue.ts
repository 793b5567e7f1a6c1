import { NAME_STOP_WORDS, TITLE_WORDS } from '../data/name-stops.js';
import { WordCue } from '../data/word-cues.js';
import type { Word } from '../text/words.js';
import { isHeadWord } from './headed-names.js';
import type { Mention } from './mention.js';
import { cityMention, countryAfter, readPlaceName } from './place-helpers.js';
import type { Scan } from './scan.js';

const MAX_NAME_WORDS = 3;

/**
 * A town the city table does not hold, placed by its country: "in Sopot, Poland," →
 * city Sopot (PL). The name follows a lower-case locative preposition, is capitalised, is no
 * known place, organisation, month, weekday or title, and ", <Country>" closes the phrase
 * (punctuation or the end of the text after the country).
 */
export function cityCountryCues(scan: Scan): Mention[] {
  const out: Mention[] = [];
  const { words } = scan;
  for (let i = 0; i + 2 < words.length; i++) {
    const cue = words[i] as Word;
    // A locative preposition (data/word-cues.ts LOCATIVE_CUES), flagged by the scan.
    if (cue.cap || ((scan.cues[i] as number) & WordCue.LOCATIVE) === 0) continue;
    const from = i + 1;
    const first = words[from] as Word;
    if (first.gap !== ' ' || first.upper || NAME_STOP_WORDS.has(first.fold) || TITLE_WORDS.has(first.fold)) continue;
    const to = readPlaceName(words, from, MAX_NAME_WORDS);
    if (to === from || !isUnknown(scan, from, to)) continue;
    const country = countryAfter(scan, to);
    if (country === null || (words[to] as Word).gap !== ', ') continue;
    const hit = scan.placeHits[scan.placeAt[to] ?? -1];
    const after = hit === undefined ? undefined : words[hit.to];
    if (after !== undefined && !/^[,.;:)]/.test(after.gap)) continue;
    out.push(cityMention(scan, from, to, country, 'places/city-country-cue', 0.75));
    i = to - 1;
  }
  return out;
}

/**
 * No word of `[from, to)` belongs to a place or table organisation already or is a name head
 * ("Congress Hall", "Trade Council"), and the name does not end in a possessive.
 */
function isUnknown(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if ((scan.placeAt[k] ?? -1) >= 0 || (scan.orgAt[k] ?? -1) >= 0 || isHeadWord(scan, k)) return false;
    if (/\d/.test((scan.words[k] as Word).text)) return false;
  }
  const last = scan.words[to - 1] as Word;
  return last.bare === last.text;
}
