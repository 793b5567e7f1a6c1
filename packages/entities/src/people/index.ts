/**
 * People in a press release: names with titles, affiliation and country, and every mention.
 *
 * @example
 * const people = findPeople({ view, sentences, tokens, resolveCountry });
 * // [{ kind: 'person', id: 'person:cyril-ramaphosa', name: 'Cyril Ramaphosa', titles: ['President'],
 * //    affiliation: null, country: 'South Africa', mentions: [...], provenance: {...} }]
 */
export { findPeople } from './find-people.js';
export type { FindPeopleInput } from './find-people.js';
