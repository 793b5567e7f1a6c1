import type { Entity, Segment } from '@pressfacts/document';
import type { Organization, Participant, Person, Place } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, SPACE_TO_REWRITE } from './context.js';
import { mentionsOf } from './entity-mentions.js';

/** People, organizations and places straight from the entity layer, in order of first mention. */
export function assembleEntityFacts(
  entities: readonly Entity[],
  participants: readonly Participant[] = [],
  dateline: Segment | null = null,
): {
  people: Person[];
  organizations: Organization[];
  places: Place[];
} {
  // (`filter` makes the copy that is sorted.)
  const ordered = entities
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const eventMentions = mentionsOf(entities.filter((e) => e.kind === 'event'));
  const people: Person[] = [];
  const organizations: Organization[] = [];
  const places: Place[] = [];
  for (const e of ordered) {
    const evidence = evidenceOf(e.mentions);
    switch (e.kind) {
      case 'person':
        people.push({
          name: e.name,
          titles: [...e.titles],
          affiliation: affiliationOf(e.affiliation, entities),
          // "The United Kingdom was represented by Prime Minister X": X speaks for that country.
          country: e.country ?? participants.find((p) => p.representative === e.name)?.country ?? null,
          evidence,
          provenance: provenance('people/entity'),
        });
        break;
      case 'organization': {
        if (isBodyInsideEventName(e, eventMentions) || onlyInDateline(e, dateline)) break;
        // (Fields named one by one: a spread of the helper's answer copies it through a slow path.)
        const { name, acronym } = asWritten(e.name, e.acronym, e.mentions);
        organizations.push({ name, acronym, evidence, provenance: provenance('organizations/entity') });
        break;
      }
      case 'country':
        places.push({ name: e.name, kind: 'country', country: e.name, evidence, provenance: provenance('places/entity') });
        break;
      case 'city':
      case 'region':
        places.push({ name: e.name, kind: e.kind, country: e.country, evidence, provenance: provenance('places/entity') });
        break;
      case 'venue':
        places.push({ name: e.name, kind: 'other', country: e.country, evidence, provenance: provenance('places/entity') });
        break;
      default:
        break;
    }
  }
  return { people, organizations, places };
}

/** "KUWAIT CITY, Dec. 1 (Xinhua) --": the agency of the dateline is the wire, not an organisation the release names. */
function onlyInDateline(e: Entity, dateline: Segment | null): boolean {
  return dateline !== null && e.mentions.every((m) => m.start >= dateline.start && m.end <= dateline.end);
}

/**
 * "the 24th meeting of the Council of Heads of State of the SCO": the council is the event's
 * convening body, named only inside the event's name; the organisation it belongs to (a table
 * organisation, "SCO") is still reported. A body the text names on its own is kept.
 */
function isBodyInsideEventName(e: Entity, eventMentions: readonly Segment[]): boolean {
  if (e.provenance.rule !== 'orgs/head-word') return false;
  return e.mentions.every((m) => eventMentions.some((v) => v.start <= m.start && m.end <= v.end && v.end - v.start > m.end - m.start));
}

/**
 * An organisation as the text writes it: the tagger knows "UN" stands for "United Nations", but a
 * release that only writes "UN" names it "UN", and an acronym the text never uses is not given.
 */
function asWritten(name: string, acronym: string | null, mentions: readonly { text: string }[]) {
  // (A search that stops at the first mention that writes it, most often the first: no set of every mention folded.)
  const folded = fold(name);
  const nameWritten = mentions.some((m) => fold(m.text) === folded);
  const bare = acronym === null ? null : withoutDots(acronym);
  const acronymWritten = bare !== null && mentions.some((m) => withoutDots(m.text) === bare);
  if (!nameWritten && acronymWritten) return { name: acronym!, acronym: null };
  return { name, acronym: acronymWritten ? acronym : null };
}

/** The text without its full stops ("U.N." → "UN"); most have none: no copy then. */
function withoutDots(text: string): string {
  return text.includes('.') ? text.replace(DOTS, '') : text;
}

const DOTS = /\./g;
const SPACE_RUN = /\s+/g;
const LEADING_THE = /^the /i;

/** A name as compared: spaces made one, without a leading "the", lower-cased (most need no rewrite: no copy then). */
function fold(text: string): string {
  const spaced = SPACE_TO_REWRITE.test(text) ? text.replace(SPACE_RUN, ' ') : text;
  return (LEADING_THE.test(spaced) ? spaced.slice(4) : spaced).toLowerCase();
}

// Forms of address that a title pattern can mistake for the body a person belongs to.
const HONORIFICS = new Set(['majesty', 'his majesty', 'her majesty', 'royal highness', 'highness', 'excellency', 'his excellency', 'her excellency', 'holiness']);

/** The affiliation as an organisation's full name ("IAPP" → the name the text spells out). */
function affiliationOf(affiliation: string | null, entities: readonly Entity[]): string | null {
  if (affiliation === null || HONORIFICS.has(affiliation.toLowerCase())) return null;
  const org = entities.find((e) => e.kind === 'organization' && e.acronym === affiliation && e.mentions.some((m) => m.text !== affiliation));
  return org ? org.name : affiliation;
}
