import type { DateMention, EventEntity, PlaceEntity, Sentence } from '@pressfacts/document';
import type { SummitEvent } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, type FactsContext } from './context.js';

// Words that say a sentence is about a gathering taking place.
const GATHERING = /\b(?:summit|meeting|talks|conference|forum|gathering|gathered|convened|held|hosted|opened|took place|attended|met)\b/i;
// Cues that a sentence is about another edition than the one the release reports.
const OTHER_EDITION = /\b(?:next|previous|last|upcoming|following|future|will host|to be held|would be held)\b/i;
const HOSTED_BY = /\bhosted\s+by\s+$/i;
const EDITION_AFTER = /^\s*(?:'s\s+)?edition\b/i;

/** The main summit or meeting the release reports, or null when it reports none. */
export function assembleEvent(ctx: FactsContext): SummitEvent | null {
  const events = ctx.entities.filter((e): e is EventEntity => e.kind === 'event');
  if (events.length === 0) return null;
  const group = mainEventGroup(ctx, events);
  const name = group[0]!.name;
  const groupIds = new Set(group.map((e) => e.id));
  const otherEvents = events.filter((e) => !groupIds.has(e.id));
  const current = currentEdition(ctx, group);
  const eventSentences = sentencesAbout(ctx, group, otherEvents, current);
  const date = eventDate(ctx, eventSentences);
  const place = eventPlace(ctx, eventSentences);
  const country = place?.country ?? null;
  const recurrence = eventRecurrence(ctx);
  const mentions = (current ? [current] : group).flatMap((e) => e.mentions);
  return {
    name,
    edition: current?.edition ?? editionWord(ctx, eventSentences),
    startDate: date?.value ?? null,
    endDate: date?.endValue ?? null,
    city: place?.kind === 'city' ? place.name : null,
    country,
    host: hostCountry(ctx, eventSentences) ?? country,
    recurrence: recurrence ? { everyYears: recurrence.everyYears, note: recurrence.note } : null,
    evidence: evidenceOf([...mentions, date, place ? place.segment : null, recurrence?.segment]),
    provenance: provenance('event/named-main'),
  };
}

/** Events sharing the most-mentioned name, with a bonus for the headline and the lead. */
function mainEventGroup(ctx: FactsContext, events: readonly EventEntity[]): EventEntity[] {
  const groups = new Map<string, EventEntity[]>();
  for (const e of events) {
    const key = e.name.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const lead = ctx.bodySentences.slice(0, 2);
  const headline = ctx.header.headline;
  let best: EventEntity[] = [];
  let bestScore = -Infinity;
  for (const group of groups.values()) {
    const mentions = group.flatMap((e) => e.mentions);
    let score = mentions.length;
    if (headline && mentions.some((m) => m.norm.start >= headline.norm.start && m.norm.end <= headline.norm.end)) score += 3;
    if (mentions.some((m) => lead.some((s) => m.norm.start >= s.norm.start && m.norm.end <= s.norm.end))) score += 2;
    if (mentions.every((m) => OTHER_EDITION.test(sentenceText(ctx, m.norm.start)))) score -= 2;
    if (score > bestScore) {
      best = group;
      bestScore = score;
    }
  }
  return best;
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
        const text = ctx.text.slice(sentence.norm.start, sentence.norm.end);
        if (OTHER_EDITION.test(text)) score -= 3;
        const years = ctx.datesIn(sentence.norm.start, sentence.norm.end).map((d) => d.value?.slice(0, 4));
        if (docYear && years.some((y) => y !== undefined && y !== docYear)) score -= 3;
        if (ctx.header.headline && m.norm.start < ctx.header.headline.norm.end) score += 2;
      }
      return { e, score };
    })
    .sort((a, b) => b.score - a.score);
  return ranked[0]?.e;
}

/** Sentences that speak of the event taking place (the current edition), in text order. */
function sentencesAbout(
  ctx: FactsContext,
  group: readonly EventEntity[],
  others: readonly EventEntity[],
  current: EventEntity | undefined,
): Sentence[] {
  // Mentions without an ordinal may be the current edition; only other ordinals are foreign.
  const otherGroupEditions = group.filter((e) => e !== current && e.edition !== null && e.edition !== current?.edition);
  const foreign = [...others, ...otherGroupEditions].flatMap((e) => e.mentions);
  const candidates = ctx.header.headline ? [ctx.header.headline, ...ctx.bodySentences] : ctx.bodySentences;
  return candidates.filter((s) => {
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    if (!GATHERING.test(text)) return false;
    const hasForeign = foreign.some((m) => m.norm.start >= s.norm.start && m.norm.end <= s.norm.end);
    return !hasForeign && !OTHER_EDITION.test(text);
  }) as Sentence[];
}

function eventDate(ctx: FactsContext, sentences: readonly Sentence[]): DateMention | undefined {
  const datelineEnd = ctx.header.dateline?.segment.norm.end ?? -1;
  const dated = sentences.flatMap((s) =>
    ctx.datesIn(s.norm.start, s.norm.end).filter((d) => d.value !== null && d.norm.start >= datelineEnd),
  );
  const byPrecision = (p: string) => dated.find((d) => d.precision === p && (d.endValue !== null || true));
  return dated.find((d) => d.endValue !== null) ?? byPrecision('day') ?? byPrecision('month');
}

interface EventPlace {
  readonly name: string;
  readonly kind: 'city' | 'venue' | 'country';
  readonly country: string | null;
  readonly segment: { start: number; end: number; text: string };
}

function eventPlace(ctx: FactsContext, sentences: readonly Sentence[]): EventPlace | undefined {
  const datelinePlace = ctx.header.dateline?.place;
  let venue: EventPlace | undefined;
  for (const s of sentences) {
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.end)) {
      if (datelinePlace && m.segment.norm.start < datelinePlace.norm.end && m.segment.norm.end > datelinePlace.norm.start) continue;
      const e = m.entity;
      if (e.kind === 'city') return { name: e.name, kind: 'city', country: (e as PlaceEntity).country, segment: m.segment };
      if (e.kind === 'venue' && !venue) venue = { name: e.name, kind: 'venue', country: e.country, segment: m.segment };
    }
  }
  if (venue) return venue;
  // "held here": the dateline city is the venue city.
  if (datelinePlace && sentences.some((s) => /\bhere\b/i.test(ctx.text.slice(s.norm.start, s.norm.end)))) {
    const city = ctx.mentionsIn(datelinePlace.norm.start, datelinePlace.norm.end).find((m) => m.entity.kind === 'city');
    if (city) return { name: city.entity.name, kind: 'city', country: (city.entity as PlaceEntity).country, segment: city.segment };
  }
  return undefined;
}

/** "hosted by Brazil", "hosted by President X" → that country. */
function hostCountry(ctx: FactsContext, sentences: readonly Sentence[]): string | null {
  for (const s of sentences) {
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.end)) {
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

function eventRecurrence(ctx: FactsContext) {
  for (const q of ctx.quantities) {
    if (q.kind !== 'recurrence') continue;
    const sentence = ctx.sentenceAt(q.norm.start);
    if (!sentence || !GATHERING.test(ctx.text.slice(sentence.norm.start, sentence.norm.end))) continue;
    let end = sentence.norm.end;
    while (end > q.norm.start && /[\s.;:]/.test(ctx.text[end - 1]!)) end--;
    const note = ctx.rawText(q.norm.start, end);
    return { everyYears: q.everyYears, note, segment: q };
  }
  return undefined;
}

function sentenceText(ctx: FactsContext, offset: number): string {
  const s = ctx.sentenceAt(offset);
  return s ? ctx.text.slice(s.norm.start, s.norm.end) : '';
}
