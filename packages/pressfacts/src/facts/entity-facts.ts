import type { Entity } from '@pressfacts/document';
import type { Organization, Participant, Person, Place } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf } from './context.js';

/** People, organizations and places straight from the entity layer, in order of first mention. */
export function assembleEntityFacts(
  entities: readonly Entity[],
  participants: readonly Participant[] = [],
): {
  people: Person[];
  organizations: Organization[];
  places: Place[];
} {
  const ordered = [...entities]
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
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
      case 'organization':
        organizations.push({ ...asWritten(e.name, e.acronym, e.mentions), evidence, provenance: provenance('organizations/entity') });
        break;
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

/**
 * An organisation as the text writes it: the tagger knows "UN" stands for "United Nations", but a
 * release that only writes "UN" names it "UN", and an acronym the text never uses is not given.
 */
function asWritten(name: string, acronym: string | null, mentions: readonly { text: string }[]) {
  const fold = (t: string) => t.replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();
  const written = new Set(mentions.map((m) => fold(m.text)));
  const nameWritten = written.has(fold(name));
  const acronymWritten = acronym !== null && mentions.some((m) => m.text.replace(/\./g, '') === acronym.replace(/\./g, ''));
  if (!nameWritten && acronymWritten) return { name: acronym!, acronym: null };
  return { name, acronym: acronymWritten ? acronym : null };
}

// Forms of address that a title pattern can mistake for the body a person belongs to.
const HONORIFICS = new Set(['majesty', 'his majesty', 'her majesty', 'royal highness', 'highness', 'excellency', 'his excellency', 'her excellency', 'holiness']);

/** The affiliation as an organisation's full name ("IAPP" → the name the text spells out). */
function affiliationOf(affiliation: string | null, entities: readonly Entity[]): string | null {
  if (affiliation === null || HONORIFICS.has(affiliation.toLowerCase())) return null;
  const org = entities.find((e) => e.kind === 'organization' && e.acronym === affiliation && e.mentions.some((m) => m.text !== affiliation));
  return org ? org.name : affiliation;
}
