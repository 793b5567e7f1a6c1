import type { Entity } from '@pressfacts/document';
import type { Organization, Person, Place } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf } from './context.js';

/** People, organizations and places straight from the entity layer, in order of first mention. */
export function assembleEntityFacts(entities: readonly Entity[]): {
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
          affiliation: e.affiliation,
          country: e.country,
          evidence,
          provenance: provenance('people/entity'),
        });
        break;
      case 'organization':
        organizations.push({ name: e.name, acronym: e.acronym, evidence, provenance: provenance('organizations/entity') });
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
