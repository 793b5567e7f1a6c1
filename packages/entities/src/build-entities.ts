import type { Entity, PersonEntity, Provenance, Segment, TextView } from '@pressfacts/document';
import { segmentFromView } from '@pressfacts/document';
import type { CountryIndex } from './countries.js';
import { eventAliases } from './event-aliases.js';
import type { Mention } from './recognise/mention.js';
import { compareIds } from './text/compare-ids.js';
import { slugify as slugOf } from './text/slug.js';

/** Rules that only refer back to an entity named elsewhere. */
const DERIVED_RULES: ReadonlySet<string> = new Set(['orgs/acronym', 'events/acronym', 'agreements/back-reference']);

interface Group {
  readonly id: string;
  readonly mentions: Mention[];
}

/**
 * Groups mentions into entities with stable ids (`country:CN`, `city:astana`,
 * `org:belt-and-road-initiative`, `event:china-africa-summit#2`, `agreement:paris-agreement`).
 * Event mentions without an edition join the one edition of the same name when the text names
 * exactly one; two forms of one event's name join under the longest (see event-aliases.ts);
 * back-references ("the treaty") join the one titled document of their kind, or are dropped.
 */
export function buildEntities(view: TextView, mentions: readonly Mention[], countries: CountryIndex, people: readonly PersonEntity[] = []): Entity[] {
  // Names recur in a document ("China" ten times): a small map here spares lookups in the large
  // process-wide slug cache, whose memory is seldom at hand.
  const slugs = new Map<string, string>();
  const slugify = (name: string): string => {
    let s = slugs.get(name);
    if (s === undefined) slugs.set(name, (s = slugOf(name)));
    return s;
  };
  const groups = new Map<string, Group>();
  const add = (id: string, m: Mention): void => {
    const g = groups.get(id);
    if (g === undefined) groups.set(id, { id, mentions: [m] });
    else g.mentions.push(m);
  };
  const citySlugCountries = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind === 'city' && m.country !== null) {
      const s = slugify(m.name);
      const set = citySlugCountries.get(s) ?? new Set<string>();
      set.add(m.country);
      citySlugCountries.set(s, set);
    }
  }
  const aliases = eventAliases(mentions);
  const eventName = (m: Extract<Mention, { kind: 'event' }>): string => aliases.get(m) ?? m.name;
  const eventEditions = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'event') continue;
    const tag = editionTag(m);
    if (tag === '') continue;
    const s = slugify(eventName(m));
    const set = eventEditions.get(s) ?? new Set<string>();
    set.add(tag);
    eventEditions.set(s, set);
  }
  const titledByKind = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'agreement' || m.generic) continue;
    const set = titledByKind.get(m.agreementKind) ?? new Set<string>();
    set.add(`agreement:${slugify(m.name)}`);
    titledByKind.set(m.agreementKind, set);
  }
  for (const m of mentions) {
    switch (m.kind) {
      case 'country':
        add(`country:${m.code}`, m);
        break;
      case 'city': {
        const s = slugify(m.name);
        const set = citySlugCountries.get(s);
        const many = set !== undefined && set.size > 1;
        const country = m.country ?? (set?.size === 1 ? ([...set][0] ?? null) : null);
        add(many && country !== null ? `city:${s}-${country.toLowerCase()}` : `city:${s}`, m);
        break;
      }
      case 'region':
        add(`region:${slugify(m.name)}`, m);
        break;
      case 'venue':
        add(`venue:${slugify(m.name)}`, m);
        break;
      case 'organization':
        add(`org:${slugify(m.name)}`, m);
        break;
      case 'event': {
        const s = slugify(eventName(m));
        let tag = editionTag(m);
        const known = eventEditions.get(s);
        if (tag === '' && known?.size === 1) tag = [...known][0] as string;
        add(`event:${s}${tag}`, m);
        break;
      }
      case 'agreement': {
        if (!m.generic) add(`agreement:${slugify(m.name)}`, m);
        else {
          const titled = titledByKind.get(m.agreementKind);
          if (titled?.size === 1) add([...titled][0] as string, m);
        }
        break;
      }
    }
  }
  const entities: Entity[] = [...people];
  for (const g of groups.values()) {
    const first = g.mentions[0];
    const alias = first?.kind === 'event' ? aliases.get(first) : undefined;
    const e = toEntity(view, g, countries, alias);
    if (e !== null) entities.push(e);
  }
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || compareIds(a.id, b.id));
}

function editionTag(m: Extract<Mention, { kind: 'event' }>): string {
  return m.edition !== null ? `#${m.edition}` : m.year !== null ? `@${m.year}` : '';
}

function countryName(countries: CountryIndex, code: string | null): string | null {
  return code === null ? null : (countries.byCode(code)?.name ?? null);
}

function toEntity(view: TextView, g: Group, countries: CountryIndex, eventName?: string): Entity | null {
  // Mentions arrive in text order (see recogniseMentions): then the group's list is already its
  // order by start, and one pass reads spans, provenance and the canonical mention.
  const sorted = inOrderOfStart(g.mentions) ? g.mentions : [...g.mentions].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let bestNaming: Mention | null = null;
  let bestAny: Mention | null = null;
  let canonicalFound: Mention | null = null;
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k] as Mention;
    if (bestAny === null || m.confidence > bestAny.confidence) bestAny = m;
    if (!DERIVED_RULES.has(m.rule) && (bestNaming === null || m.confidence > bestNaming.confidence)) bestNaming = m;
    if (canonicalFound === null && !(m.kind === 'agreement' && m.generic)) canonicalFound = m;
    if (repeatsSpan(sorted, k)) continue;
    segments.push(segmentFromView(view, m.start, m.end));
  }
  // Provenance comes from the mentions that name the entity, not from back-references.
  const best = (bestNaming ?? bestAny) as Mention;
  const canonical = canonicalFound ?? best;
  const provenance: Provenance = { rule: best.rule, confidence: best.confidence };
  const id = g.id;
  const name = canonical.name;
  const mentions = segments;
  // Explicit literals, no spread: object spread in hot paths is slow in V8.
  switch (canonical.kind) {
    case 'country':
      return { id, name, mentions, provenance, kind: 'country', code: canonical.code };
    case 'city': {
      let code: string | null = null;
      for (const m of sorted) if (code === null && m.kind === 'city') code = m.country;
      return { id, name, mentions, provenance, kind: 'city', country: countryName(countries, code) };
    }
    case 'region':
      return { id, name, mentions, provenance, kind: 'region', country: null };
    case 'venue':
      return { id, name, mentions, provenance, kind: 'venue', country: countryName(countries, canonical.country) };
    case 'organization': {
      let acronym: string | null = null;
      for (const m of sorted) if (acronym === null && m.kind === 'organization') acronym = m.acronym;
      return { id, name, mentions, provenance, kind: 'organization', acronym };
    }
    case 'event': {
      const withEdition = sorted.find((m) => m.kind === 'event' && m.edition !== null);
      const edition = withEdition?.kind === 'event' ? withEdition.edition : null;
      return { id, name: eventName ?? name, mentions, provenance, kind: 'event', edition, eventType: canonical.eventType };
    }
    case 'agreement':
      return { id, name, mentions, provenance, kind: 'agreement', agreementKind: canonical.agreementKind };
  }
}

/** Mentions in order of start: the order a stable sort by start keeps. */
function inOrderOfStart(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (!((mentions[k] as Mention).start >= (mentions[k - 1] as Mention).start)) return false;
  return true;
}

/** In mentions sorted by start, an equal span stands among those with the same start: has an earlier one mention `k`'s span? */
function repeatsSpan(sorted: readonly Mention[], k: number): boolean {
  const m = sorted[k] as Mention;
  for (let j = k - 1; j >= 0 && (sorted[j] as Mention).start === m.start; j--) if ((sorted[j] as Mention).end === m.end) return true;
  return false;
}
