// Every vocabulary row carries an example; each example must make the tagger find that row.
import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS } from '../src/data/agreement-kinds.js';
import { CITY_ALIASES, SUMMIT_TOWNS } from '../src/data/city-aliases.js';
import { COUNTRY_ALIASES } from '../src/data/country-aliases.js';
import { EVENT_KINDS, EVENT_SERIES } from '../src/data/event-kinds.js';
import { LOCATION_CUES } from '../src/data/location-cues.js';
import { ORGANIZATION_HEADS } from '../src/data/organization-heads.js';
import { ORGANIZATIONS } from '../src/data/organizations.js';
import { REGIONS } from '../src/data/regions.js';
import { VENUE_HEADS, VENUES } from '../src/data/venues.js';
import { resolveCountry } from '../src/countries.js';
import { canonicalCityName } from '../src/cities.js';
import { named, ofKind, tag } from './entities-support.js';

describe('country alias rows', () => {
  it.each(COUNTRY_ALIASES.map((r) => [r.alias, r]))('%s', (_alias, row) => {
    const country = ofKind(tag(row.example), 'country').find((c) => c.code === row.code);
    expect(country, row.example).toBeDefined();
    expect(country?.mentions.map((m) => m.text)).toContain(row.alias);
  });
});

describe('region rows', () => {
  it.each(REGIONS.map((r) => [r.name, r]))('%s', (_name, row) => {
    expect(named(tag(row.example), 'region', row.name), row.example).toBeDefined();
  });
});

describe('city alias rows', () => {
  it.each(CITY_ALIASES.map((r) => [r.alias, r]))('%s', (_alias, row) => {
    const name = canonicalCityName(row.alias);
    expect(name).not.toBeNull();
    const city = ofKind(tag(row.example), 'city').find((c) => c.name === name);
    expect(city, row.example).toBeDefined();
    expect(city?.mentions.map((m) => m.text)).toContain(row.alias);
  });
});

describe('summit town rows', () => {
  it.each(SUMMIT_TOWNS.map((r) => [r.name, r]))('%s', (_name, row) => {
    const city = named(tag(row.example), 'city', row.name);
    expect(city, row.example).toBeDefined();
    expect(resolveCountry(city?.country ?? '')?.code).toBe(row.country);
  });
});

describe('location cue rows', () => {
  it.each(LOCATION_CUES.map((r) => [r.cue, r]))('%s', (_cue, row) => {
    expect(named(tag(row.example), 'city', row.expected), row.example).toBeDefined();
  });
});

describe('venue rows', () => {
  it.each(VENUES.map((r) => [r.name, r]))('%s', (_name, row) => {
    const venue = named(tag(row.example), 'venue', row.name);
    expect(venue, row.example).toBeDefined();
    if (row.country !== null) expect(resolveCountry(venue?.country ?? '')?.code).toBe(row.country);
  });
  it.each(VENUE_HEADS.map((r) => [r.head, r]))('head %s', (_head, row) => {
    expect(names(tag(row.example), 'venue'), row.example).toContain(row.expected);
  });
});

describe('organization rows', () => {
  it.each(ORGANIZATIONS.map((r) => [r.name, r]))('%s', (_name, row) => {
    const org = named(tag(row.example), 'organization', row.name);
    expect(org, row.example).toBeDefined();
    expect(org?.acronym).toBe(row.acronym);
  });
  it.each(ORGANIZATION_HEADS.map((r) => [r.head, r]))('head %s', (_head, row) => {
    expect(names(tag(row.example), 'organization'), row.example).toContain(row.expected);
  });
});

describe('event kind rows', () => {
  it.each(EVENT_KINDS.map((r) => [r.head, r]))('%s', (_head, row) => {
    const events = ofKind(tag(row.example), 'event');
    const event = events.find((e) => e.name === row.expected.name);
    expect(event, `${row.example} → ${JSON.stringify(events.map((e) => e.name))}`).toBeDefined();
    expect(event?.edition).toBe(row.expected.edition);
    expect(event?.eventType).toBe(row.eventType);
  });
});

describe('event series rows', () => {
  it.each(EVENT_SERIES.map((r) => [r.prefix, r]))('%s', (_prefix, row) => {
    const event = ofKind(tag(row.example), 'event').find((e) => e.name === row.expected.name);
    expect(event, row.example).toBeDefined();
    expect([event?.edition, event?.eventType, event?.id]).toEqual([row.expected.edition, row.eventType, `event:${row.expected.name.toLowerCase()}#${row.expected.edition}`]);
  });
});

describe('agreement kind rows', () => {
  it.each(AGREEMENT_KINDS.map((r) => [r.head, r]))('%s', (_head, row) => {
    const agreements = ofKind(tag(row.example), 'agreement');
    const agreement = agreements.find((a) => a.name === row.expected);
    expect(agreement, `${row.example} → ${JSON.stringify(agreements.map((a) => a.name))}`).toBeDefined();
    expect(agreement?.agreementKind).toBe(row.kind);
  });
});

function names(entities: ReturnType<typeof tag>, kind: 'venue' | 'organization'): string[] {
  return ofKind(entities, kind).map((e) => e.name);
}
