import type { DateMention, EventEntity, PlaceEntity, Segment, Sentence } from '@pressfacts/document';
import { cityOfVenue } from '@pressfacts/entities';
import type { SummitEvent } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { lookupWire } from '../data/wires.js';
import { chunkRange } from './chunks.js';
import { evidenceOf, type FactsContext } from './context.js';
import { eventDatesIn } from './event-dates.js';
import { GATHERING, matchesIn, mayMatchIn, OTHER_EDITION, TAKES_PLACE } from './event-patterns.js';
import { mentionsOf } from './entity-mentions.js';
import { addDaysIso } from './iso-days.js';
import { eventSpan } from './event-span.js';
import { findVisit } from './event-visit.js';
import { HEAD_WORD, headReferences } from './head-references.js';
import { rangeIndex } from './range-queries.js';
import { isLowerCased, matchesOf, titleCasePlace } from './text.js';
import { wordIndex, wordNeeds } from './word-index.js';

const HOSTED_BY = /\bhosted\s+by\s+$/i;
const EDITION_AFTER = /^\s*(?:'s\s+)?edition\b/i;

/** The main summit or meeting the release reports, or null when it reports none. */
export function assembleEvent(ctx: FactsContext): SummitEvent | null {
  const events = ctx.entities.filter((e): e is EventEntity => e.kind === 'event');
  const group = events.length === 0 ? undefined : mainEventGroup(ctx, events);
  if (!group) return visitEvent(ctx, events);
  const name = group[0]!.name;
  const groupIds = new Set(group.map((e) => e.id));
  const otherEvents = events.filter((e) => !groupIds.has(e.id));
  const current = currentEdition(ctx, group);
  const eventSentences = sentencesAbout(ctx, group, otherEvents, current);
  const date = eventDate(ctx, eventSentences);
  // No range written: an opening and a closing day, or one of them and "two-day".
  const span = date?.endValue == null ? eventSpan(ctx, eventSentences, dayDates(ctx, eventSentences)) : null;
  const mentions = mentionsOf(current ? [current] : group);
  const place = eventPlace(ctx, eventSentences, mentionsOf(group));
  const country = place?.country ?? null;
  const recurrence = eventRecurrence(ctx);
  return {
    name,
    edition: current?.edition ?? group.find((e) => e.edition !== null && !placedElsewhere(ctx, e))?.edition ?? editionWord(ctx, eventSentences),
    startDate: span?.start ?? date?.value ?? headerDate(ctx),
    endDate: span?.end ?? date?.endValue ?? null,
    city: place?.kind === 'city' ? place.name : null,
    country,
    host: hostCountry(ctx, eventSentences) ?? country,
    recurrence: recurrence ? { everyYears: recurrence.everyYears, note: recurrence.note } : null,
    evidence: evidenceOf([...mentions, date, ...(span?.evidence ?? []), place ? place.segment : null, recurrence?.segment]),
    provenance: provenance('event/named-main'),
  };
}

/**
 * A readout of a bilateral visit names no gathering: the visit is the event ("Xi is paying a state
 * visit to Serbia from May 7 to 8" → `state visit to Serbia`, 2024-05-07 to 2024-05-08). Its date
 * is the one the visit's sentence gives, else the one the talks' sentences give; its city is
 * where the talks were held when that city is in the visited country; its host is that country.
 */
function visitEvent(ctx: FactsContext, events: readonly EventEntity[]): SummitEvent | null {
  const visit = findVisit(ctx);
  if (visit === undefined) return null;
  const talks = sentencesAbout(ctx, [], events, undefined);
  const sentences = [...new Set([...talks, ...visit.sentences])].sort((a, b) => a.norm.start - b.norm.start);
  const date = eventDate(ctx, visit.sentences) ?? eventDate(ctx, sentences);
  const span = date?.endValue == null ? eventSpan(ctx, sentences, dayDates(ctx, sentences)) : null;
  const found = eventPlace(ctx, sentences, [visit.segment]);
  const place = found?.country === visit.country && found.kind === 'city' ? found : undefined;
  return {
    name: visit.name,
    edition: null,
    startDate: span?.start ?? date?.value ?? null,
    endDate: span?.end ?? date?.endValue ?? null,
    city: place?.name ?? null,
    country: visit.country,
    host: visit.country,
    recurrence: null,
    evidence: evidenceOf([visit.segment, date, ...(span?.evidence ?? []), place?.segment]),
    provenance: provenance('event/visit'),
  };
}

/** How many body sentences count as the lead: a release names its main event there or in the headline. */
const LEAD_SENTENCES = 3;

/**
 * Events sharing the most-mentioned name, with a bonus for the headline and the lead. Names made
 * of a place and a head word ("the Washington summit") are nicknames of the main event: they only
 * win when nothing else is named, and they never beat a name that says who meets.
 */
function mainEventGroup(ctx: FactsContext, events: readonly EventEntity[]): EventEntity[] | undefined {
  const groups = new Map<string, EventEntity[]>();
  for (const e of events) {
    const key = e.name.toLowerCase();
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [e]);
    else group.push(e);
  }
  mergeTruncatedNames(groups);
  mergeAcronymNames(ctx, groups);
  const lead = leadSentences(ctx);
  const headline = ctx.header.headline;
  // A region names a gathering of its countries ("East Asia Summit"), not a venue's nickname.
  let best: EventEntity[] | undefined;
  let bestScore = -Infinity;
  const references = headReferenceCounts(ctx, groups);
  for (const group of groups.values()) {
    const mentions = mentionsOf(group);
    const refs = references.get(group) ?? { count: 0, inHeadline: false };
    const inHeadline = (headline !== null && mentions.some((m) => m.norm.start >= headline.norm.start && m.norm.end <= headline.norm.end)) || refs.inHeadline;
    const inLead = mentions.some((m) => lead.some((s) => m.norm.start >= s.norm.start && m.norm.end <= s.norm.end));
    if (!inHeadline && !inLead) continue; // mentioned in passing: not what the release is about
    let score = mentions.length + refs.count + (inHeadline ? 3 : 0) + (inLead ? 2 : 0);
    if (mentions.every((m) => otherEdition(ctx, ctx.sentenceAt(m.norm.start)))) score -= 2;
    if (isPlaceNickname(ctx, group[0]!.name)) score -= 100;
    if (score > bestScore) {
      best = group;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Lower-case references ("the meeting", "the ministerial meeting") to the one group whose name
 * ends in that head word ("… Ministerial Meeting on Trade"): how many the body holds, and whether
 * the headline holds one. A head that ends two groups' names refers to neither.
 */
function headReferenceCounts(ctx: FactsContext, groups: ReadonlyMap<string, EventEntity[]>): Map<EventEntity[], { count: number; inHeadline: boolean }> {
  const byHead = new Map<string, EventEntity[] | null>();
  for (const [key, group] of groups) {
    const head = HEAD_WORD.exec(key)?.[1];
    if (head === undefined) continue;
    byHead.set(head, byHead.has(head) ? null : group);
  }
  const out = new Map<EventEntity[], { count: number; inHeadline: boolean }>();
  if (byHead.size === 0) return out;
  const headline = ctx.header.headline;
  const from = headline?.norm.start ?? ctx.header.bodyStart;
  const heads = new Set<string>();
  for (const [head, group] of byHead) if (group !== null) heads.add(head);
  for (const { at, head } of headReferences(ctx, Math.min(from, ctx.header.bodyStart), heads)) {
    const group = byHead.get(head)!;
    const entry = out.get(group) ?? { count: 0, inHeadline: false };
    if (headline !== null && at >= headline.norm.start && at < headline.norm.end) entry.inHeadline = true;
    else if (at >= ctx.header.bodyStart) entry.count++;
    out.set(group, entry);
  }
  return out;
}

/**
 * A Title Case line may cut a name's premodifiers ("Adopted at the Ninth Tokyo International
 * Conference on …" gives "Conference on …"): a group whose name of three words or more ends
 * another group's name is that event, named by the longer form (first in the group).
 */
function mergeTruncatedNames(groups: Map<string, EventEntity[]>): void {
  const keys = [...groups.keys()];
  for (const short of keys) {
    if (short.split(' ').length < 3) continue;
    const long = keys.find((k) => k !== short && k.endsWith(` ${short}`) && groups.has(k));
    if (long === undefined) continue;
    groups.set(long, [...groups.get(long)!, ...groups.get(short)!]);
    groups.delete(short);
  }
  // "G20 Summit" is the "G20 Leaders' Summit": a name without the word for who meets.
  const withoutWhoMeets = new Map<string, string>();
  for (const k of groups.keys()) withoutWhoMeets.set(k, k.replace(WHO_MEETS, ' '));
  // Only a name some other name shortens to can be merged (most documents have none).
  const shortened = new Set<string>();
  for (const [k, short] of withoutWhoMeets) if (short !== k) shortened.add(short);
  for (const short of [...groups.keys()]) {
    if (!shortened.has(short)) continue;
    const long = [...groups.keys()].find((k) => k !== short && withoutWhoMeets.get(k) === short);
    if (long === undefined) continue;
    groups.set(long, [...groups.get(long)!, ...groups.get(short)!]);
    groups.delete(short);
  }
}

const WHO_MEETS = / (?:leaders['’]?|heads of state and government|heads of state|heads of government) /;

// "Summit of the Forum on China-Africa Cooperation (FOCAC)": the acronym the text gives a body right after the name.
const ACRONYM_AFTER = /^\s*\(([A-Z][A-Za-z]{1,9})\)/;
// "Summit of the …", "Meeting of the …": a head and the body it belongs to.
const HEAD_OF_BODY = /^(\w+)\s+of\s+/;

/**
 * "FOCAC Beijing Summit" and "CICA summit" name the "Summit of the Forum on China-Africa
 * Cooperation (FOCAC)" when the text gives that acronym right after the long name: a group whose
 * name starts with the acronym and ends with the same head joins the long name's group (which
 * names it, as the conventions spell out the body).
 */
function mergeAcronymNames(ctx: FactsContext, groups: Map<string, EventEntity[]>): void {
  for (const [key, group] of [...groups]) {
    const head = HEAD_OF_BODY.exec(key)?.[1];
    if (head === undefined) continue;
    let acronym: string | undefined;
    for (const m of mentionsOf(group)) acronym ??= ACRONYM_AFTER.exec(ctx.text.slice(m.norm.end, m.norm.end + 14))?.[1]?.toLowerCase();
    if (acronym === undefined) continue;
    for (const [other, members] of [...groups]) {
      if (other === key || !other.startsWith(`${acronym} `) || !other.endsWith(` ${head}`)) continue;
      groups.set(key, [...groups.get(key)!, ...members]);
      groups.delete(other);
    }
  }
}

// Lines that are no lead: a list item ("- Leaders endorse …"), a bare clock time, a short label.
const NOT_LEAD = /^\s*(?:[-•*–]\s|\d{1,2}[:.]\d{2}\b)/;
const MIN_LEAD_WORDS = 5;
/**
 * `text.split(/\s+/).length >= MIN_LEAD_WORDS` without the array: at least MIN_LEAD_WORDS - 1 runs
 * of white space (each whole: a word, possibly the first empty, stands between them).
 */
export const LEAD_WORDS = new RegExp(`^\\S*\\s+(?:\\S+\\s+){${MIN_LEAD_WORDS - 2}}`);

/** The first body sentences that read as prose (a live blog's key-event list and time stamps are not). */
function leadSentences(ctx: FactsContext): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ctx.bodySentences) {
    if (out.length === LEAD_SENTENCES) break;
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    if (NOT_LEAD.test(text) || !LEAD_WORDS.test(text)) continue;
    out.push(s);
  }
  return out;
}

/**
 * Is `lower` (lower case) the name of one of the document's cities, countries or venues, or one of
 * their mentions as written, case aside? (Asked for the few candidate names: cheaper than a set of
 * every place mention lower-cased.)
 */
function namesPlace(ctx: FactsContext, lower: string): boolean {
  for (const e of ctx.entities) {
    if (e.kind !== 'city' && e.kind !== 'country' && e.kind !== 'venue') continue;
    if (isLowerCased(e.name, lower)) return true;
    for (const m of e.mentions) if (isLowerCased(m.text, lower)) return true;
  }
  return false;
}

/** "Washington Summit", "Lima Meeting": a place name and the head word only. */
function isPlaceNickname(ctx: FactsContext, name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && namesPlace(ctx, words.slice(0, -1).join(' ').toLowerCase());
}

/** The edition the release reports: not one placed in a past year or announced as next. */
function currentEdition(ctx: FactsContext, group: readonly EventEntity[]): EventEntity | undefined {
  const docYear = ctx.documentDate?.slice(0, 4);
  const ranked = group
    .map((e) => {
      let score = e.mentions.length;
      for (const m of e.mentions) {
        const sentence = ctx.sentenceAt(m.norm.start);
        if (!sentence) continue;
        if (otherEdition(ctx, sentence)) score -= 3;
        if (docYear && yearsOf(ctx, sentence).some((y) => y !== undefined && y !== docYear)) score -= 3;
        if (ctx.header.headline && m.norm.start < ctx.header.headline.norm.end) score += 2;
      }
      return { e, score };
    })
    .sort((a, b) => b.score - a.score);
  return ranked[0]?.e;
}

/** Every mention of the event sits in a sentence about another edition or another year. */
function placedElsewhere(ctx: FactsContext, e: EventEntity): boolean {
  const docYear = ctx.documentDate?.slice(0, 4);
  return e.mentions.every((m) => {
    const sentence = ctx.sentenceAt(m.norm.start);
    if (sentence === undefined) return false;
    return otherEdition(ctx, sentence) || (docYear !== undefined && yearsOf(ctx, sentence).some((y) => y !== undefined && y !== docYear));
  });
}

/** Sentences that speak of the event taking place (the current edition), in text order. */
function sentencesAbout(
  ctx: FactsContext,
  group: readonly EventEntity[],
  others: readonly EventEntity[],
  current: EventEntity | undefined,
): Sentence[] {
  // Mentions without an ordinal may be the current edition; only other ordinals are foreign.
  // Without an ordinal of its own, the current edition only makes foreign the ordinals placed elsewhere.
  const otherGroupEditions = group.filter(
    (e) => e !== current && e.edition !== null && e.edition !== current?.edition && (current?.edition != null || placedElsewhere(ctx, e)),
  );
  const foreign = mentionsOf([...others, ...otherGroupEditions]).sort((a, b) => a.norm.start - b.norm.start);
  const foreignIn = rangeIndex(foreign, (m) => m.norm);
  const candidates = ctx.header.headline ? [ctx.header.headline, ...ctx.bodySentences] : ctx.bodySentences;
  return candidates.filter((s) => gathering(ctx, s) && foreignIn(s.norm.start, s.norm.end).length === 0 && !otherEdition(ctx, s)) as Sentence[];
}

function eventDate(ctx: FactsContext, sentences: readonly Sentence[]): DateMention | undefined {
  const datelineEnd = ctx.header.dateline?.segment.norm.end ?? -1;
  const all: DateMention[] = [];
  for (const s of sentences) {
    for (const d of eventDatesIn(ctx, s.norm.start, s.norm.end)) if (d.value !== null && d.norm.start >= datelineEnd && !inOtherClause(ctx, s, d)) all.push(d);
  }
  // A gathering the release reports is not weeks after the release ("the exit becomes effective
  // on 29 January 2025" in a release of 16 December 2024): such days only when there is nothing else.
  const days = ctx.documentDate === null || ctx.documentDate.length < 10 ? null : dayWindow(ctx.documentDate);
  const latest = days === null ? null : days.latest;
  const past = latest === null ? all : all.filter((d) => d.value!.slice(0, 10) <= latest);
  // Nor is it years before ("comes five years after the eighth summit, held … on April 12, 2019"):
  // a day months before the release only when no day near it is given.
  const earliest = days === null ? null : days.earliest;
  const recent = earliest === null ? past : past.filter((d) => d.precision !== 'day' || (d.endValue ?? d.value!).slice(0, 10) >= earliest);
  const near = recent.some((d) => d.precision === 'day') ? recent : past;
  const dated = near.length > 0 ? near : all;
  // A date the text writes out beats "today" (the release's own day, often after the event).
  // ("today released its assessment of the summit, which leaders attended on Friday": Friday.)
  const byPrecision = (p: string) =>
    dated.find((d) => d.precision === p && !d.relative) ?? dated.find((d) => d.precision === p && !TODAY.test(d.text)) ?? dated.find((d) => d.precision === p);
  return dated.find((d) => d.endValue !== null) ?? byPrecision('day') ?? byPrecision('month');
}

/**
 * A readout dated in its header ("May 8, 2024, 16:20, The Kremlin, Moscow") whose sentences date
 * the gathering nowhere reports that day's gathering. (A wire's dateline may come days after the
 * event; a caller's reference date is not the text's.)
 */
function headerDate(ctx: FactsContext): string | null {
  const doc = ctx.doc.layers.documentDate;
  return doc?.source === 'header' ? doc.date : null;
}

const TODAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

/** How long after its release an event the release reports may start (a preview of next week's summit). */
const MAX_LEAD_DAYS = 14;
/** How long before its release a day may be the event's when the text also gives a nearer one. */
const MAX_LAG_DAYS = 120;

/** The last and first days an event may start on for a release of `day`. */
function dayWindow(day: string): { readonly latest: string; readonly earliest: string } {
  return { latest: addDaysIso(day, MAX_LEAD_DAYS), earliest: addDaysIso(day, -MAX_LAG_DAYS) };
}

/**
 * The date sits in a relative clause about something else ("the Treaty …, which was signed in
 * Astana on May 29, 2014"): a relative chunk that tells of a document or a body, not a gathering.
 */
function inOtherClause(ctx: FactsContext, sentence: Sentence, d: DateMention): boolean {
  // The clause is part of the sentence: without an act's word there, no need to chunk it.
  if (!wordIndex(ctx).wordsIn(sentence.norm.start, sentence.norm.end).holds(OTHER_ACT_NEEDS)) return false;
  const text = chunkRange(ctx, sentence.norm.start, sentence.norm.end);
  let c = text.chunkAt(d.norm.start);
  // "which was signed in Astana …, and entered into force on …": a predicate that goes on with it.
  while (c > 0 && (text.chunks[c]!.kind === 'predicate' || text.chunks[c]!.kind === 'participle')) c--;
  const chunk = text.chunks[c];
  if (chunk === undefined || chunk.kind !== 'relative') return false;
  const end = text.chunks[text.chunkAt(d.norm.start)]!.to;
  const said = ctx.text.slice(text.tokens[chunk.from]!.norm.start, text.tokens[end - 1]!.norm.end);
  return OTHER_ACT.test(said) && !GATHERING.pattern.test(said);
}

// What a relative clause about a document or a body says happened to it.
const OTHER_ACT = /\b(?:signed|adopted|ratified|entered\s+into\s+force|established|founded|created|launched)\b/i;
const OTHER_ACT_NEEDS = wordNeeds([['signed', 'adopted', 'ratified', 'entered', 'established', 'founded', 'created', 'launched']]);

/** Days (not months or years) the event sentences name after the dateline, in text order. */
function dayDates(ctx: FactsContext, sentences: readonly Sentence[]): DateMention[] {
  const datelineEnd = ctx.header.dateline?.segment.norm.end ?? -1;
  const out: DateMention[] = [];
  for (const s of sentences) {
    for (const d of eventDatesIn(ctx, s.norm.start, s.norm.end)) if (d.value !== null && d.precision === 'day' && d.endValue === null && d.norm.start >= datelineEnd) out.push(d);
  }
  return out;
}

interface EventPlace {
  readonly name: string;
  readonly kind: 'city' | 'venue' | 'country';
  readonly country: string | null;
  readonly segment: Segment;
}

// "held in Kazan", "under way at the Expo center in Goyang", "gathered … in Astana".
const LOCATIVE_BEFORE = /\b(?:in|at)\s+(?:the\s+(?:(?:city|capital)\s+of\s+)?)?$/i;
const HERE = /\b(?:here|in this city|in the city)\b/i;
const SUMMITS = /\bsummit's\b/gi;
/** A city must score at least this to be the venue city (a bare mention in a summit sentence is not enough). */
const MIN_PLACE_SCORE = 2;

/**
 * Where the event took place: the city named with a locative ("in X") in the sentences that report
 * the event, preferring those that name the event itself; "here" or no city at all falls back to a
 * news agency's dateline city (agency reporters file from the venue).
 */
function eventPlace(ctx: FactsContext, sentences: readonly Sentence[], eventMentions: readonly Segment[]): EventPlace | undefined {
  const datelinePlace = ctx.header.dateline?.place;
  const docYear = ctx.documentDate?.slice(0, 4);
  let best: { place: EventPlace; score: number; at: number } | undefined;
  for (const s of sentences) {
    const namesEvent = eventMentions.some((m) => m.norm.start >= s.norm.start && m.norm.end <= s.norm.end);
    const said = ctx.text.slice(s.norm.start, s.norm.end);
    // (Only a sentence with a possessive has a "summit's" to take out: no copy of the others.)
    // (Taking "summit's" out joins no words: a sentence without the pattern's words has none after it either.)
    const placesEvent = namesEvent || (mayMatchIn(ctx, TAKES_PLACE, s.norm.start, s.norm.end) && TAKES_PLACE.pattern.test(said.includes("'s") ? said.replace(SUMMITS, '') : said));
    const pastYear =
      docYear !== undefined && ctx.datesIn(s.norm.start, s.norm.end).some((d) => d.value !== null && d.value.slice(0, 4) !== docYear && !inOtherClause(ctx, s, d));
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.end)) {
      if (datelinePlace && m.segment.norm.start < datelinePlace.norm.end && m.segment.norm.end > datelinePlace.norm.start) continue;
      const e = m.entity;
      if (e.kind !== 'city' && e.kind !== 'venue') continue;
      if (startsEventName(ctx, m.segment.norm.end, eventMentions)) continue;
      const before = ctx.text.slice(Math.max(s.norm.start, m.segment.norm.start - 30), m.segment.norm.start);
      let score = (namesEvent ? 2 : 0) + (placesEvent && LOCATIVE_BEFORE.test(before) ? 2 : 0) - (pastYear ? 3 : 0) + (e.kind === 'city' ? 0.5 : 0);
      if (/\b(?:of|from|near|northwest|northeast|southwest|southeast|north|south|east|west)\s+$/i.test(before)) score -= 1;
      // "a Nairobi-based research institute" says where the institute is.
      if (/^-based\b/i.test(ctx.text.slice(m.segment.norm.end, m.segment.norm.end + 7))) score -= 2;
      if (best && score <= best.score) continue;
      best = { place: { name: e.name, kind: e.kind, country: e.country, segment: m.segment }, score, at: m.segment.norm.start };
    }
  }
  // A venue the table does not place in a city gives way to the dateline's city below.
  let venue: EventPlace | undefined;
  if (best && best.score >= MIN_PLACE_SCORE) {
    // A venue the table places in one city (the Kremlin: Moscow) stands for that city.
    const seat = best.place.kind === 'venue' ? cityOfVenue(best.place.name) : null;
    if (seat !== null) return { ...best.place, name: seat.city, kind: 'city', country: seat.country };
    if (best.place.kind !== 'venue') return best.place;
    venue = best.place;
  }
  const dateline = ctx.header.dateline;
  const agencyOrHere = dateline?.wire ? !isDistributionWire(dateline.wire.text) : true;
  if (datelinePlace && (agencyOrHere || sentences.some((s) => HERE.test(ctx.text.slice(s.norm.start, s.norm.end))))) {
    const city = ctx.mentionsIn(datelinePlace.norm.start, datelinePlace.norm.end).find((m) => m.entity.kind === 'city');
    if (city) return { name: city.entity.name, kind: 'city', country: (city.entity as PlaceEntity).country, segment: city.segment };
    const country = ctx.mentionsIn(datelinePlace.norm.start, datelinePlace.norm.end).find((m) => m.entity.kind === 'country');
    const name = titleCasePlace(datelinePlace.text.split(',')[0]!.trim());
    return { name, kind: 'city', country: country?.entity.name ?? null, segment: datelinePlace };
  }
  if (venue !== undefined) return townAfter(ctx, venue) ?? venue;
  return best?.place;
}

// "at the Abdou Diouf International Conference Centre in Diamniadio": a town the gazetteer lacks.
const TOWN_AFTER = /^\s+in\s+(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?)\b(?![ -]\p{Lu})/u;

/** The town written right after a venue, in the venue's country or the dateline's. */
function townAfter(ctx: FactsContext, venue: EventPlace): EventPlace | undefined {
  const end = venue.segment.norm.end;
  const town = TOWN_AFTER.exec(ctx.text.slice(end, end + 48));
  if (town === null) return undefined;
  const start = end + town[0].length - town[1]!.length;
  // A name the tagger knows as something else (a country, a body) is no town.
  if (ctx.mentionsIn(start, start + town[1]!.length).length > 0) return undefined;
  const dateline = ctx.header.dateline?.place;
  const country = dateline ? ctx.mentionsIn(dateline.norm.start, dateline.norm.end).find((m) => m.entity.kind === 'country')?.entity.name : undefined;
  return { name: town[1]!, kind: 'city', country: venue.country ?? country ?? null, segment: ctx.segment(start, start + town[1]!.length) };
}

// Capitalised words between a city and an event name that the city starts ("Tokyo International").
const NAME_GAP = /^(?:\s+[A-Z][\w'-]*){0,3}\s+$/;

/** True when a city ending at `end` begins an event's name ("the Tokyo International Conference"). */
function startsEventName(ctx: FactsContext, end: number, eventMentions: readonly Segment[]): boolean {
  return eventMentions.some((m) => m.norm.start >= end && m.norm.start - end <= 40 && NAME_GAP.test(ctx.text.slice(end, m.norm.start)));
}

const BY = wordNeeds([['by']]);

/** Does `text[from, to)` end in "by" and white space (as every match of HOSTED_BY does)? */
function afterBy(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && WHITE_SPACE.test(text[k - 1]!)) k--;
  return k < to && k - 2 >= from && (text.charCodeAt(k - 2) | 32) === 98 && (text.charCodeAt(k - 1) | 32) === 121;
}

const WHITE_SPACE = /\s/;

function isDistributionWire(text: string): boolean {
  const row = lookupWire(text);
  return row !== undefined && !row.agency;
}

/** "hosted by Brazil", "hosted by President X" → that country. */
function hostCountry(ctx: FactsContext, sentences: readonly Sentence[]): string | null {
  for (const s of sentences) {
    // "by" stands between white space before the mention: a sentence without the word has no host.
    if (!wordIndex(ctx).wordsIn(s.norm.start, s.norm.end).holds(BY)) continue;
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.end)) {
      if (!afterBy(ctx.text, Math.max(s.norm.start, m.segment.norm.start - 20), m.segment.norm.start)) continue;
      const before = ctx.text.slice(Math.max(s.norm.start, m.segment.norm.start - 20), m.segment.norm.start);
      if (!HOSTED_BY.test(before)) continue;
      if (m.entity.kind === 'country') return m.entity.name;
      if (m.entity.kind === 'person' && m.entity.country) return m.entity.country;
    }
  }
  return null;
}

/** "the summit's second edition" when no event mention carries the ordinal. */
function editionWord(ctx: FactsContext, sentences: readonly Sentence[]): number | null {
  for (const s of sentences) {
    for (const q of ctx.quantitiesIn(s.norm.start, s.norm.end)) {
      if (q.kind === 'ordinal' && EDITION_AFTER.test(ctx.text.slice(q.norm.end, q.norm.end + 12))) return q.value;
    }
  }
  return null;
}

// Where the clause holding a recurrence starts and ends.
const CLAUSE_OPEN = /[,;:]\s*|\b(?:that|which|where|and)\s+/gi;
const CLAUSE_CLOSE = /[,;:]|\s+(?:and|but|while|until)\s/;
// An adjective of recurrence inside a noun phrase ("hosted the annual summit in 2017").
const RECURRENCE_ADJECTIVE = /^(?:annual|biennial|triennial|yearly)$/i;
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'this', "'s", '’s']);

function eventRecurrence(ctx: FactsContext) {
  for (const q of ctx.quantities) {
    if (q.kind !== 'recurrence') continue;
    const sentence = ctx.sentenceAt(q.norm.start);
    if (!sentence || !gathering(ctx, sentence)) continue;
    const base = Math.max(sentence.norm.start, ctx.header.bodyStart);
    let from = base;
    for (const m of matchesOf(CLAUSE_OPEN, ctx.text.slice(base, q.norm.start))) from = base + m.index + m[0].length;
    const phrase = RECURRENCE_ADJECTIVE.test(q.text) ? nounPhraseOf(ctx, q.norm.start, q.norm.end, from, sentence.norm.end) : undefined;
    if (phrase === null) continue;
    if (phrase !== undefined) return { everyYears: q.everyYears, note: ctx.rawText(phrase.start, phrase.end), segment: q };
    const close = CLAUSE_CLOSE.exec(ctx.text.slice(q.norm.end, sentence.norm.end));
    let to = close ? q.norm.end + close.index : sentence.norm.end;
    while (to > from && /[\s.;:]/.test(ctx.text[to - 1]!)) to--;
    return { everyYears: q.everyYears, note: ctx.rawText(from, to), segment: q };
  }
  return undefined;
}

/**
 * "Italy last hosted the annual summit in 2017": the noun phrase an adjective of recurrence stands
 * in when a verb of the clause comes before it ("the annual summit", "the annual meeting of the
 * group's heads of state"); undefined when it opens the clause ("The annual meeting rotates …"),
 * null when the phrase names no gathering ("approved the Mission's annual budget").
 */
function nounPhraseOf(ctx: FactsContext, start: number, end: number, clauseStart: number, sentenceEnd: number): { start: number; end: number } | undefined | null {
  const before = ctx.tokensIn(clauseStart, start);
  if (!before.some((t) => t.pos === 'VERB')) return undefined;
  let from = start;
  for (let k = before.length - 1; k >= 0 && before.length - k <= 5; k--) {
    const t = before[k]!;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PUNCT') break;
    from = t.norm.start;
    if (NOUN_PHRASE_OPENERS.has(t.value.toLowerCase())) break;
  }
  let to = end;
  let head = false;
  for (const t of ctx.tokensIn(end, sentenceEnd)) {
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADP' && t.value.toLowerCase() !== 'of') || t.pos === 'NUM') break;
    head ||= GATHERING_NOUN.test(t.value);
    to = t.norm.end;
  }
  // "the Mission's annual budget" is no gathering: null, the recurrence is not the event's.
  return head ? { start: from, end: to } : null;
}

const GATHERING_NOUN = /^(?:summit|summits|meeting|meetings|session|sessions|gathering|gatherings|conference|conferences|forum|congress|assembly|dialogue)$/i;

// What the ranking asks of a sentence, once per sentence: one long sentence naming many events
// would otherwise be read once per mention.
const OTHER_EDITION_OF = new WeakMap<object, boolean>();
const YEARS_OF = new WeakMap<Sentence, (string | undefined)[]>();

/** Does the sentence speak of another edition ("next year's summit")? False for no sentence. */
function otherEdition(ctx: FactsContext, sentence: Sentence | { readonly norm: { readonly start: number; readonly end: number } } | undefined): boolean {
  if (sentence === undefined) return false;
  let other = OTHER_EDITION_OF.get(sentence);
  if (other === undefined) {
    const { start, end } = sentence.norm;
    other = matchesIn(ctx, OTHER_EDITION, start, end);
    OTHER_EDITION_OF.set(sentence, other);
  }
  return other;
}

/** Does the range (a sentence, the headline) speak of a gathering taking place? */
function gathering(ctx: FactsContext, range: { readonly norm: { readonly start: number; readonly end: number } }): boolean {
  const { start, end } = range.norm;
  return matchesIn(ctx, GATHERING, start, end);
}

/** The years of the sentence's dates (undefined for an unresolved date). */
function yearsOf(ctx: FactsContext, sentence: Sentence): (string | undefined)[] {
  let years = YEARS_OF.get(sentence);
  if (years === undefined) YEARS_OF.set(sentence, (years = ctx.datesIn(sentence.norm.start, sentence.norm.end).map((d) => d.value?.slice(0, 4))));
  return years;
}

