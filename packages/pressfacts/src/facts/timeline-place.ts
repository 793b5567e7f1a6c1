import type { DateMention } from '@pressfacts/document';
import { capitalOf } from '@pressfacts/entities';
import type { FactsContext, Mention } from './context.js';
import { coverLookup } from './range-queries.js';
import type { Range } from './timeline-clause.js';

// A place word is where something happened only after a locative preposition: "held in Kigali",
// "at the Lima Convention Center", "the city of Xi'an". "Seoul launched the forum" names a
// government, not a place.
const CITY_LEAD = /\b(?:in|at|to|near|from|of|outside|into)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/i;
const COUNTRY_LEAD = /\b(?:in|to)\s+(?:the\s+)?$/i;
const VENUE_LEAD = /\b(?:in|at|inside|outside)\s+(?:the\s+)?$/i;
const CAPITAL_LEAD = /\bcapital\s+of\s+$/i;
// "the Vilnius summit": a city naming a gathering is where it was held.
const GATHERING_AFTER = /^\s+(?:summit|meeting|conference|talks|forum|gathering)\b/i;
// "to South African President Ramaphosa": a demonym before a capitalised word is no place; nor
// is the "US" of "US$".
const ADJECTIVE_USE = /^(?:\s+\p{Lu}|\$)/u;
// "a Summit on Peace in Ukraine": "in" after a capitalised word is inside a title.
const TITLE_LEAD = /\p{Lu}[\p{L}'-]*\s+in\s+$/u;
// "the Ninth Tokyo International Conference": a city between capitalised words is inside a name.
const IN_TITLE = /\p{Lu}[\p{L}'-]*\s+$/u;
const NAME_GOES_ON = /^\s+\p{Lu}/u;
// Capitalised words after "in" that name no town.
const NOT_TOWNS: ReadonlySet<string> = new Set(['Parliament', 'Congress', 'Senate', 'Council', 'English', 'French', 'Spanish', 'Arabic', 'Russian', 'Chinese', 'Portuguese', 'Government', 'Cabinet', 'Office', 'Power', 'Person', 'Total', 'Addition', 'Particular', 'Phase', 'Part', 'Section', 'Article', 'Chapter', 'Annex']);
const NAMED_KINDS: ReadonlySet<string> = new Set(['event', 'agreement', 'organization']);

/**
 * The place of a dated clause: the city nearest the date that the clause puts the event in (also
 * through a venue named after its city, or "the capital of Kazakhstan"), else a country it is held
 * "in" or a visit goes "to".
 */
export function placeOfClause(ctx: FactsContext, clause: readonly Range[], date: DateMention): string | null {
  // "Washington Summit Declaration" names no place.
  const nameCovering = nameLookup(ctx);
  const lead = (m: Mention) => ctx.text.slice(Math.max(0, m.segment.norm.start - 40), m.segment.norm.start);
  const tail = (m: Mention) => ctx.text.slice(m.segment.norm.end, m.segment.norm.end + 24);
  // ... but "the Istanbul summit" (an event named by its city) says where it met.
  const inName = (m: Mention) => {
    const name = nameCovering(m.segment.norm.start, m.segment.norm.end);
    return name !== undefined && !(name.entity.kind === 'event' && m.entity.kind === 'city' && GATHERING_AFTER.test(tail(m)));
  };
  const mentions: Mention[] = [];
  for (const r of clause) for (const m of ctx.mentionsIn(r.start, r.end)) if (m.segment.norm.start >= ctx.header.bodyStart && !inName(m)) mentions.push(m);
  const cities: { name: string; at: number }[] = [];
  // "Yokohama, 20-22 August 2025": a city written right before the date is where it happened.
  const beforeDate = (m: Mention) => m.segment.norm.end < date.norm.start && /^\s*,\s*$/.test(ctx.text.slice(m.segment.norm.end, date.norm.start));
  for (const m of mentions) {
    if (m.entity.kind === 'city') {
      const before = lead(m);
      const after = tail(m);
      if (NAME_GOES_ON.test(after) && IN_TITLE.test(before)) continue;
      if (CITY_LEAD.test(before) || GATHERING_AFTER.test(after) || beforeDate(m)) cities.push({ name: m.entity.name, at: m.segment.norm.start });
    }
    if (m.entity.kind === 'venue') {
      const city = cityNaming(ctx, m.segment.text);
      if (city) cities.push({ name: city, at: m.segment.norm.start });
    }
    if (m.entity.kind === 'country' && CAPITAL_LEAD.test(lead(m))) {
      const capital = capitalOf(m.entity.name);
      if (capital) cities.push({ name: capital, at: m.segment.norm.start });
    }
  }
  if (cities.length > 0) {
    cities.sort((a, b) => Math.abs(a.at - date.norm.start) - Math.abs(b.at - date.norm.start));
    return cities[0]!.name;
  }
  const unknown = unknownPlaceIn(ctx, clause);
  if (unknown) return unknown;
  // "held at the Grand Kremlin Palace": a venue when the clause names no town.
  const venue = mentions.find((m) => m.entity.kind === 'venue' && VENUE_LEAD.test(lead(m)));
  if (venue) return venue.entity.name;
  const area = (kind: string) =>
    mentions.find((m) => m.entity.kind === kind && COUNTRY_LEAD.test(lead(m)) && !TITLE_LEAD.test(lead(m)) && !ADJECTIVE_USE.test(tail(m)));
  // "will be held in 2028 in Africa": a region when no country is named.
  return (area('country') ?? area('region'))?.entity.name ?? null;
}

const TOWN_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}/u;
// What may follow a town's name: a stop mark or a lower-case word.
const AFTER_TOWN = /^[,.;]$|^\p{Ll}/u;

/**
 * "in Taormina, Sicily", "in Cholpon-Ata in June 2023": a capitalised name after "in" that no
 * vocabulary knows, ending before a lower-case word, a comma or the end of the clause, is a town.
 */
function unknownPlaceIn(ctx: FactsContext, clause: readonly Range[]): string | null {
  for (const r of clause) {
    const tokens = ctx.tokensIn(r.start, r.end);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]!.value !== 'in') continue;
      let j = i + 1;
      while (j < tokens.length && j - i <= 5 && (TOWN_WORD.test(tokens[j]!.value) || (tokens[j]!.value === '-' && CAPITALISED.test(tokens[j + 1]?.value ?? '')))) j++;
      if (j === i + 1 || tokens[j - 1]!.value === '-') continue;
      const next = tokens[j];
      if (next !== undefined && !AFTER_TOWN.test(next.value)) continue;
      const start = tokens[i + 1]!.norm.start;
      const end = tokens[j - 1]!.norm.end;
      if (ctx.mentionsIn(start, end).length > 0 || ctx.entityAt(start, end) !== undefined || ctx.datesIn(start, end).length > 0 || NOT_TOWNS.has(ctx.text.slice(start, end))) continue;
      return ctx.text.slice(start, end);
    }
  }
  return null;
}

// Built once per document: a lookup per dated clause would make long documents quadratic.
const nameLookups = new WeakMap<FactsContext, (start: number, end: number) => Mention | undefined>();

/** The event, agreement or organisation name (if any) that covers a range. */
function nameLookup(ctx: FactsContext): (start: number, end: number) => Mention | undefined {
  let lookup = nameLookups.get(ctx);
  if (!lookup) {
    lookup = coverLookup(
      ctx.mentions.filter((m) => NAMED_KINDS.has(m.entity.kind)),
      (m) => m.segment.norm,
    );
    nameLookups.set(ctx, lookup);
  }
  return lookup;
}

/** "Lima Convention Center" → Lima, when the document knows a city of that name. */
function cityNaming(ctx: FactsContext, venue: string): string | null {
  for (const e of ctx.entities) {
    if (e.kind === 'city' && venue.startsWith(`${e.name} `)) return e.name;
  }
  return null;
}
