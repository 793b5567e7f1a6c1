// Stage
export { createEntityTagger } from './tagger.js';
export type { EntityTaggerOptions } from './tagger.js';
export { findEntities } from './find-entities.js';
export type { EntityInput } from './find-entities.js';

// Vocabularies (the extension point)
export { compileVocabularies, EntityVocabularyError } from './vocabularies.js';
export type { CompiledVocabularies, EntityVocabularies } from './vocabularies.js';
export type { CountryAliasRow } from './data/country-aliases.js';
export type { OrganizationRow } from './data/organizations.js';
export type { EventKindRow } from './data/event-kinds.js';
export type { AgreementKindRow } from './data/agreement-kinds.js';
export type { RegionRow } from './data/regions.js';
export type { TitleRow } from './people/data/titles.js';

// Countries and cities
export type { CountryRef, CountryFormKind, CountryFormMatch, CountryIndex } from './countries.js';
export { resolveCountry, capitalOf, countryOfCapital, createCountryIndex, defaultCountryIndex } from './countries.js';
export type { CityRow } from './cities.js';
export { countryOfCity, canonicalCityName } from './cities.js';
export { cityOfVenue } from './venue-city.js';

// Ordinals (event editions)
export { parseOrdinal } from './recognise/ordinals.js';
