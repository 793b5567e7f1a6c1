import { EVENT_SERIES, OF_BODY_EVENT_HEADS, PLACE_OR_GROUP_EVENT_HEADS } from '../data/event-kinds.js';
import { WordCue } from '../data/word-cues.js';
import { capitalise } from '../text/slug.js';
import type { Word } from '../text/words.js';
import type { HeadedName } from './headed-names.js';
import { extendComplement } from './headed-names.js';
import type { Mention } from './mention.js';
import { editionBefore, parseOrdinalWord, type Edition } from './ordinals.js';
import type { Scan } from './scan.js';

type EventMention = Extract<Mention, { kind: 'event' }>;

const SERIES_BY_PREFIX = new Map(EVENT_SERIES.map((r) => [r.prefix, r]));
const SERIES = /^([A-Z]{2,5})-?(\d{1,3})$/;

/**
 * Named gatherings:
 * - headed names with an event head ("the second China-Africa Summit" → "China-Africa Summit", 2);
 *   dual heads (Forum, Congress, Assembly) only with an edition, a year or "annual";
 * - "the 24th meeting of the Council of ... (SCO)" → "Meeting of the Council of ...", 24;
 * - numbered series written as one word ("COP28" → edition 28);
 * - a known group or place before a lower-case head: "the BRICS summit" → "BRICS Summit",
 *   "the Astana summit" → "Astana Summit" (named after the city; the facts stage decides whether
 *   it is the main event).
 * The canonical name never holds the ordinal, the year or a leading "the".
 */
export function findEvents(scan: Scan, headed: readonly HeadedName[]): EventMention[] {
  const out: EventMention[] = [];
  for (const n of headed) {
    if (n.head.kind !== 'event') continue;
    // "the first European Union – Central Asia Summit": a group or place joined by a dash opens the name.
    const joined = dashJoined(scan, n.from);
    const from = joined < 0 ? n.from : joined;
    const start = (scan.words[from] as Word).start;
    const ed = editionBefore(scan.words, from);
    if (n.head.dual && ed.edition === null && ed.year === null && !ed.annual) continue;
    let name = scan.text.slice(start, n.end);
    // "Heads of Government of CARICOM … wrapped up their 49th Regular Meeting of the Conference of
    // Heads of Government": a body of leaders without its organisation takes the owner's name.
    const owner = OF_LEADERS_END.test(name) ? ownerOf(scan, from, headedOrgsOf(headed)) : null;
    if (owner !== null) name = `${name} of ${/^the\s/i.test(owner.full) ? '' : 'the '}${owner.full}`;
    out.push(eventMention(start, n.end, name, ed, n.head.eventType, 'events/named', 0.85));
  }
  const { words } = scan;
  // Where a capitalised organisation name built on a head ends ("the Andean Community | summit").
  const headedOrgs = new Map<number, HeadedName>();
  for (const n of headed) if (n.head.kind === 'organization' && !n.bare) headedOrgs.set(n.to, n);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.cap) {
      // SERIES ends in a digit: most capitalised words need no regex.
      const lastCode = w.bare.charCodeAt(w.bare.length - 1);
      const series = lastCode >= 48 && lastCode <= 57 ? SERIES.exec(w.bare) : null;
      const row = series === null ? undefined : SERIES_BY_PREFIX.get(series[1] as string);
      if (row !== undefined && series !== null) {
        const ed = { edition: Number(series[2]), year: null, annual: false };
        out.push(eventMention(w.start, w.start + w.bare.length, w.bare, ed, row.eventType, 'events/series', 0.85));
      }
      continue;
    }
    // Only a lower-case event head (data/word-cues.ts EVENT_HEAD) goes on: flagged by the scan.
    if (((scan.cues[i] as number) & WordCue.EVENT_HEAD) === 0) continue;
    const ofBody = OF_BODY_EVENT_HEADS.get(w.fold);
    if (ofBody !== undefined && words[i + 1]?.fold === 'of' && words[i + 1]?.gap === ' ') {
      const ed = editionBefore(words, i);
      if (ed.edition !== null || ed.year !== null || (w.fold === 'summit' && summitOfOrganization(scan, i + 2, headedOrgs))) {
        const end = extendComplement(scan, i + 1, 'event');
        if (end > i + 2) {
          const last = words[end - 1] as Word;
          const name = capitalise(w.text) + scan.text.slice(w.end, last.end);
          out.push(eventMention(w.start, last.end, name, ed, ofBody, 'events/of-body', 0.8));
          continue;
        }
      }
    }
    const placeHead = PLACE_OR_GROUP_EVENT_HEADS.get(w.fold);
    const owned = placeHead === undefined ? null : ownedEdition(scan, i, headedOrgs);
    if (owned !== null) {
      const ed = editionBefore(words, i);
      out.push(eventMention((words[i - 1] as Word).start, w.end, `${owned} ${capitalise(w.text)}`, ed, placeHead as string, 'events/group-possessive', 0.7));
      continue;
    }
    if (placeHead !== undefined && w.gap === ' ') {
      const from = groupOrPlaceChainEndingAt(scan, i, headedOrgs);
      if (from < 0) continue;
      const start = (words[from] as Word).start;
      const name = `${scan.text.slice(start, (words[i - 1] as Word).end)} ${capitalise(w.text)}`;
      out.push(eventMention(start, w.end, name, editionBefore(words, from), placeHead, 'events/group-or-place', 0.7));
    }
  }
  return out;
}

// Owners of a numbered gathering that point back to a group named earlier in the sentence.
const GROUP_OWNERS: ReadonlySet<string> = new Set(['their', 'its', "the bloc's", "the group's", "the grouping's", "the alliance's", "the organisation's", "the organization's", "the forum's", "the union's"]);
/** How far back (in words) the group may be named. */
const OWNER_REACH = 30;

/**
 * "Leaders of the Southern Common Market (Mercosur) wrapped up their 65th summit": an ordinal and
 * a lower-case head owned by "their"/"its"/"the bloc's" name the gathering after the nearest table
 * organisation before it in the sentence ("Mercosur Summit"). Returns that name, or null.
 */
function ownedEdition(scan: Scan, i: number, headedOrgs: ReadonlyMap<number, HeadedName>): string | null {
  return ownerOf(scan, i, headedOrgs)?.short ?? null;
}

/** The organisation "their"/"its" + an ordinal before word `i` points back to: its short and full names. */
function ownerOf(scan: Scan, i: number, headedOrgs: ReadonlyMap<number, HeadedName>): { short: string; full: string } | null {
  const { words } = scan;
  const ordinal = words[i - 1];
  const owner = words[i - 2];
  if (ordinal === undefined || owner === undefined || parseOrdinalWord(ordinal) === null) return null;
  const article = words[i - 3];
  const ownerText = owner.fold.endsWith("'s") && article?.fold === 'the' ? `the ${owner.fold}` : owner.fold;
  if (!GROUP_OWNERS.has(ownerText)) return null;
  for (let k = i - 3; k >= 0 && i - k <= OWNER_REACH; k--) {
    const hit = scan.orgHits[scan.orgAt[k] ?? -1];
    if (hit !== undefined) return { short: hit.value.row.acronym ?? scan.text.slice(hit.start, hit.end), full: hit.value.row.name };
    const named = headedOrgs.get(k + 1);
    if (named !== undefined) return { short: scan.text.slice(named.start, named.end), full: scan.text.slice(named.start, named.end) };
    if ((words[k] as Word).initial) break;
  }
  return null;
}

// A name that ends with a body of leaders and no organisation.
const OF_LEADERS_END = /\bHeads\s+of\s+(?:State|Government)(?:\s+and\s+Government)?$/;
const HEADED_ORGS = new WeakMap<readonly HeadedName[], Map<number, HeadedName>>();

/** Where each capitalised organisation name built on a head ends (word index after it). */
function headedOrgsOf(headed: readonly HeadedName[]): ReadonlyMap<number, HeadedName> {
  let map = HEADED_ORGS.get(headed);
  if (map === undefined) {
    map = new Map();
    for (const n of headed) if (n.head.kind === 'organization' && !n.bare) map.set(n.to, n);
    HEADED_ORGS.set(headed, map);
  }
  return map;
}

function eventMention(start: number, end: number, name: string, ed: Edition, eventType: string, rule: string, confidence: number): EventMention {
  return { kind: 'event', start, end, name, edition: ed.edition, year: ed.year, eventType, acronym: null, rule, confidence };
}

/**
 * The first word of "BRICS", "Astana", "China-Africa", "US-China" right before word `i`
 * (table organisations, countries by name, regions, unambiguous cities, joined by hyphens),
 * or -1.
 */
/** "summit of the Andean Community": a known or head-built organisation right after "of [the]". */
function summitOfOrganization(scan: Scan, k: number, headedOrgs: ReadonlyMap<number, HeadedName>): boolean {
  const from = scan.words[k]?.fold === 'the' ? k + 1 : k;
  const hit = scan.orgHits[scan.orgAt[from] ?? -1];
  if (hit !== undefined && hit.from === from) return true;
  for (const n of headedOrgs.values()) if (n.from === from) return true;
  return false;
}

function groupOrPlaceChainEndingAt(scan: Scan, i: number, headedOrgs: ReadonlyMap<number, HeadedName> = new Map()): number {
  let end = i;
  let from = -1;
  for (;;) {
    const k = end - 1;
    if (k < 0) break;
    const org = scan.orgHits[scan.orgAt[k] ?? -1];
    const place = scan.placeHits[scan.placeAt[k] ?? -1];
    let start = -1;
    const named = headedOrgs.get(end);
    if (org !== undefined && org.to === end) start = org.from;
    else if (named !== undefined && end === i) start = named.from;
    else if (place !== undefined && place.to === end && place.end === (scan.words[k] as Word).end) {
      const v = place.value;
      const ok =
        (v.country !== undefined && v.country.kind !== 'demonym') ||
        (v.region !== undefined && v.country === undefined) ||
        (v.cities !== undefined && v.country === undefined && v.region === undefined && !(v.cities[0]?.ambiguous ?? true));
      if (ok) start = place.from;
    }
    if (start < 0) break;
    from = start;
    const first = scan.words[start] as Word;
    if ((first.gap !== '-' && !(DASH_GAP.test(first.gap) && (scan.words[start - 1] as Word).gap === ' ')) || start === 0) break;
    end = start;
  }
  return from;
}

// A dash between two names of one event ("EU – CELAC", "European Union–Central Asia"); the view
// writes an en dash as a hyphen.
const DASH_GAP = /^(?: - |[ ]?\u2013[ ]?)$/;

/**
 * The first word of a group or place joined by an en dash to the name starting at word `i`
 * ("European Union – | Central Asia Summit"), or -1. Not at the start of a line or sentence,
 * where a dash follows a dateline ("KAZAN – BRICS leaders …").
 */
function dashJoined(scan: Scan, i: number): number {
  const w = scan.words[i];
  if (w === undefined || !DASH_GAP.test(w.gap)) return -1;
  const from = groupOrPlaceChainEndingAt(scan, i);
  const first = scan.words[from] as Word | undefined;
  return first !== undefined && from > 0 && !first.initial && first.gap === ' ' ? from : -1;
}
