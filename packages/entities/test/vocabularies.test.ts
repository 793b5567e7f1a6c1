import { describe, expect, it } from 'vitest';
import { createEntityTagger, EntityVocabularyError, type EntityVocabularies } from '../src/index.js';
import { named, ofKind, tag } from './entities-support.js';

describe('vocabulary extension', () => {
  it('caller rows extend every table', () => {
    const vocabularies: EntityVocabularies = {
      countryAliases: [{ alias: 'Kazakstan', code: 'KZ', kind: 'alias', example: 'Kazakstan hosted it.' }],
      organizations: [{ name: 'Zorblat Consortium', acronym: 'ZC', example: 'ZC signed.' }],
      eventKinds: [{ head: 'Jamboree', eventType: 'jamboree', example: 'The third Steppe Jamboree opened.', expected: { name: 'Steppe Jamboree', edition: 3 } }],
      agreementKinds: [{ head: 'Covenant', kind: 'agreement', example: 'The Steppe Covenant was signed.', expected: 'Steppe Covenant' }],
      regions: [{ name: 'Steppe', forms: ['Great Steppe'], example: 'Across the Great Steppe.' }],
    };
    const text = 'Kazakstan and ZC met at the third Steppe Jamboree across the Great Steppe and signed the Steppe Covenant.';
    const e = tag(text, { vocabularies });
    expect(named(e, 'country', 'Kazakhstan')?.mentions[0]?.text).toBe('Kazakstan');
    expect(named(e, 'organization', 'Zorblat Consortium')?.acronym).toBe('ZC');
    expect(ofKind(e, 'event').map((x) => [x.name, x.edition, x.eventType])).toEqual([['Steppe Jamboree', 3, 'jamboree']]);
    expect(named(e, 'agreement', 'Steppe Covenant')?.agreementKind).toBe('agreement');
    expect(named(e, 'region', 'Steppe')).toBeDefined();
    // the built-in tables are untouched
    expect(ofKind(tag(text), 'organization')).toEqual([]);
  });

  it.each([
    [{ countryAliases: [{ alias: 'X', code: 'ZZ', kind: 'alias', example: 'x' }] }, /countryAliases\[0\].*"ZZ" is not an ISO 3166-1 alpha-2 code/],
    [{ countryAliases: [{ alias: '', code: 'KZ', kind: 'alias', example: 'x' }] }, /countryAliases\[0\]: `alias`/],
    [{ organizations: [{ name: 'A', acronym: '', example: 'x' }] }, /organizations\[0\]: `acronym`/],
    [{ eventKinds: [{ head: 'Fest', eventType: '', example: 'x', expected: { name: 'x', edition: null } }] }, /eventKinds\[0\]: `eventType`/],
    [{ agreementKinds: [{ head: 'Pact', kind: 'deal', example: 'x', expected: 'x' }] }, /agreementKinds\[0\]: `kind` "deal"/],
    [{ regions: [{ name: 'R', forms: [], example: 'x' }] }, /regions\[0\]: `forms`/],
    [{ organisations: [] }, /vocabularies.organisations: unknown table/],
  ])('rejects %j', (vocabularies, message) => {
    expect(() => createEntityTagger({ vocabularies: vocabularies as EntityVocabularies })).toThrow(EntityVocabularyError);
    expect(() => createEntityTagger({ vocabularies: vocabularies as EntityVocabularies })).toThrow(message);
  });
});
