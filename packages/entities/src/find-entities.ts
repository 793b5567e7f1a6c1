import type { Entity, Header, PersonEntity, Sentence, TextView, Token } from '@pressfacts/document';
import { buildEntities } from './build-entities.js';
import { findAboutLines } from './recognise/about-lines.js';
import { findAgreements } from './recognise/agreements.js';
import { linkAcronyms } from './recognise/acronyms.js';
import { findEvents } from './recognise/events.js';
import { findHeadedNames } from './recognise/headed-names.js';
import { inOneShape, type Mention } from './recognise/mention.js';
import { findOrganizations } from './recognise/organizations.js';
import { findPlaces } from './recognise/places.js';
import { resolveOverlaps } from './recognise/resolve.js';
import { createScan, type Scan } from './recognise/scan.js';
import { findVenues } from './recognise/venues.js';
import { addWordHash, firstWordOf, hasWordHash, keyOfName, phraseKey, plainFirstWordHash } from './text/phrase-index.js';
import type { CompiledVocabularies } from './vocabularies.js';

/** What the entity recognisers read: the normalised view and, when known, the tokenizer layers. */
export interface EntityInput {
  readonly view: TextView;
  readonly sentences?: readonly Sentence[];
  readonly header?: Header | null;
  readonly tokens?: readonly Token[];
}

/** Every non-person mention of a document, overlaps resolved, acronyms linked. */
export function recogniseMentions(input: EntityInput, vocab: CompiledVocabularies): { scan: Scan; mentions: Mention[] } {
  const place = input.header?.dateline?.place ?? null;
  const scan = createScan(
    {
      text: input.view.text,
      sentenceStarts: (input.sentences ?? []).map((s) => s.norm.start),
      datelinePlace: place === null ? null : { start: place.norm.start, end: place.norm.end },
    },
    vocab,
  );
  const headed = findHeadedNames(scan);
  const all: Mention[] = [
    ...findPlaces(scan),
    ...findVenues(scan, headed),
    ...findOrganizations(scan, headed),
    ...findAboutLines(scan),
    ...findEvents(scan, headed),
    ...findAgreements(scan, headed),
  ].map(inOneShape);
  return { scan, mentions: linkAcronyms(scan, resolveOverlaps(all)) };
}

/**
 * A lookup for the people recogniser: is this text a place or organisation we know (a country,
 * region, venue, unambiguous city, table organisation, or a name found in this document)?
 */
export function knownPlaceOrOrg(scan: Scan, mentions: readonly Mention[]): (text: string) => boolean {
  const names = new Set<string>();
  // The hashes of the first words of `names`' keys, so that most texts need no key (see below).
  const nameFirsts = new Uint32Array(2048);
  const addName = (key: string): void => {
    names.add(key);
    addWordHash(nameFirsts, firstWordOf(key));
  };
  // Names recur ("China" ten times): each is keyed once.
  const seenNames = new Set<string>();
  const seenTexts = new Set<string>();
  for (const m of mentions) {
    if (!seenNames.has(m.name)) {
      seenNames.add(m.name);
      addName(keyOfName(m.name) ?? m.name.toLowerCase());
    }
    // Most names are the text as written: its key is the one just added (tested without a slice).
    if (m.end - m.start === m.name.length && scan.text.startsWith(m.name, m.start)) continue;
    const text = scan.text.slice(m.start, m.end);
    if (!seenTexts.has(text)) {
      seenTexts.add(text);
      addName(keyOfName(text) ?? '');
    }
  }
  const { places, organizations, firstWords } = scan.vocab;
  return (text) => {
    const trimmed = text.trim();
    if (mayBeExactForm(trimmed) && (organizations.exact.has(trimmed) || places.exact.has(trimmed))) return true;
    // A known key starts with a first word of the tables or of this document's names: a plain
    // text ("Cyril Ramaphosa") whose first word is none of them needs no key and no lookup.
    const h = plainFirstWordHash(trimmed);
    if (h >= 0 && !hasWordHash(firstWords.hashes, h) && !hasWordHash(nameFirsts, h)) return false;
    const key = keyOfName(trimmed);
    if (key === undefined) return false;
    if (names.has(key) || organizations.entries.has(key)) return true;
    const p = places.entries.get(key);
    if (p === undefined) return false;
    return p.country !== undefined || p.region !== undefined || p.venue !== undefined || (p.cities?.some((c) => !c.ambiguous) ?? false);
  };
}

/** Exact-form names ("US", "U.S.", "G20") are 2 to 12 characters without a lower-case ASCII letter. */
function mayBeExactForm(text: string): boolean {
  if (text.length < 2 || text.length > 12) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * The country of a seat of power an affiliation names ("Kremlin" → "Russia", "White House" →
 * "United States"; see `seat` in data/venues.ts), or null.
 */
export function countryOfSeat(vocab: CompiledVocabularies): (affiliation: string) => string | null {
  return (affiliation) => {
    const key = phraseKey(affiliation.replace(/^the\s+/i, ''))?.key;
    const venue = key === undefined ? undefined : vocab.places.entries.get(key)?.venue;
    if (venue?.seat !== true || venue.country === null) return null;
    return vocab.countries.byCode(venue.country)?.name ?? null;
  };
}

/**
 * Removes place and organisation mentions that collide with a person: a person's name is never
 * a city ("Victoria Nuland") or a country ("Chad Smith"); a demonym inside a person mention
 * ("Kazakh President Tokayev") stays; a name that strictly contains the person stays
 * ("Nelson Mandela Foundation").
 */
export function dropPersonCollisions(mentions: readonly Mention[], people: readonly PersonEntity[]): Mention[] {
  const spans = people.flatMap((p) => p.mentions.map((s) => s.norm));
  if (spans.length === 0) return [...mentions];
  const collides = (m: Mention, s: { readonly start: number; readonly end: number }): boolean => {
    if (s.end <= m.start || m.end <= s.start) return false;
    if (m.kind === 'country' && (m.form === 'demonym' || m.rule === 'places/country-acronym')) return false;
    const strictlyContains = m.start <= s.start && s.end <= m.end && m.end - m.start > s.end - s.start;
    return !(strictlyContains && (m.kind === 'organization' || m.kind === 'event' || m.kind === 'agreement' || m.kind === 'venue'));
  };
  // Person spans by start: only those starting within the longest span's length before a mention can reach it.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let longest = -Infinity;
  for (const s of sorted) longest = Math.max(longest, s.end - s.start);
  if (Number.isNaN(longest) || sorted.some((s) => Number.isNaN(s.start))) return mentions.filter((m) => !spans.some((s) => collides(m, s)));
  return mentions.filter((m) => {
    if (Number.isNaN(m.start) || Number.isNaN(m.end)) return !spans.some((s) => collides(m, s));
    let lo = 0;
    let hi = sorted.length;
    const from = m.start - longest;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.start < m.end; i++) if (collides(m, sorted[i]!)) return false;
    return true;
  });
}

/**
 * Finds entities in a document without the pipeline (people excluded unless given).
 *
 * @example findEntities({ view: identityView('Leaders met in Astana, the capital of Kazakhstan.') }, compileVocabularies())
 */
export function findEntities(input: EntityInput, vocab: CompiledVocabularies, people: readonly PersonEntity[] = []): Entity[] {
  const { mentions } = recogniseMentions(input, vocab);
  return buildEntities(input.view, dropPersonCollisions(mentions, people), vocab.countries, people);
}
