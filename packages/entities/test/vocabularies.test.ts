import { createPipeline, type PersonEntity } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { createTokenizer } from '../../tokenizer/src/index.js';
import { createEntityTagger, EntityVocabularyError, type EntityVocabularies } from '../src/index.js';
import { named, ofKind, tag } from './entities-support.js';

/** People the full tagger (with the real tokenizer) finds in `text`, as [name, titles, mentions]. */
function peopleOf(text: string, vocabularies?: EntityVocabularies): [string, string[], string[]][] {
  const pipeline = createPipeline([createTokenizer(), createEntityTagger(vocabularies === undefined ? {} : { vocabularies })]);
  const entities = pipeline.process(text).layers.entities ?? [];
  return entities
    .filter((e): e is PersonEntity => e.kind === 'person')
    .map((p) => [p.name, [...p.titles], p.mentions.map((m) => m.text)]);
}

const GRAND_DUKE: EntityVocabularies = {
  titles: [{ title: 'Grand Duke', beforeName: true, example: 'Grand Duke Henri opened the session.', person: 'Henri' }],
};

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

  it('caller titles reach the people recogniser: the title is not taken for part of the name', () => {
    const text = 'Grand Duke Henri welcomed the delegations on Monday. Henri said ties were strong.';
    expect(peopleOf(text, GRAND_DUKE)).toEqual([['Henri', ['Grand Duke'], ['Henri', 'Henri']]]);
    // Without the row, "Grand Duke" is read as part of a name, with no title.
    expect(peopleOf(text)).toEqual([['Grand Duke Henri', [], ['Grand Duke Henri', 'Henri']]]);
    // The row's own example, and a title after the name, lower case.
    expect(peopleOf(GRAND_DUKE.titles?.[0]?.example ?? '', GRAND_DUKE)).toEqual([['Henri', ['Grand Duke'], ['Henri']]]);
    const after: EntityVocabularies = {
      titles: [{ title: 'harbour master', beforeName: false, example: 'Lena Berg, harbour master of Visby, said so.', person: 'Lena Berg' }],
    };
    expect(peopleOf('Lena Berg, harbour master of Visby, said the port was ready.', after)).toEqual([['Lena Berg', ['harbour master'], ['Lena Berg']]]);
  });

  it('caller titles do not change another tagger or the built-in one', () => {
    const text = 'Grand Duke Henri welcomed the delegations on Monday. Henri said ties were strong.';
    createEntityTagger({ vocabularies: GRAND_DUKE });
    expect(peopleOf(text)).toEqual([['Grand Duke Henri', [], ['Grand Duke Henri', 'Henri']]]);
    expect(peopleOf(text, { titles: [] })).toEqual([['Grand Duke Henri', [], ['Grand Duke Henri', 'Henri']]]);
  });

  it.each([
    [{ titles: [{ title: '', beforeName: true, example: 'x', person: 'x' }] }, /titles\[0\]: `title` must be a non-empty string/],
    [{ titles: [{ title: 'Grand Duke', example: 'x', person: 'x' }] }, /titles\[0\]: `beforeName` must be true/],
    [{ titles: [{ title: 'Grand Duke', beforeName: true, example: 'Grand Duke Henri spoke.' }] }, /titles\[0\]: `person` must be the name the example yields/],
    [{ titles: [{ title: 'Grand Duke', beforeName: true, takesPortfolio: 'yes', example: 'x', person: 'x' }] }, /titles\[0\]: `takesPortfolio`/],
    [{ titles: {} }, /vocabularies.titles: must be an array of rows/],
  ])('rejects the title row %j', (vocabularies, message) => {
    expect(() => createEntityTagger({ vocabularies: vocabularies as EntityVocabularies })).toThrow(EntityVocabularyError);
    expect(() => createEntityTagger({ vocabularies: vocabularies as EntityVocabularies })).toThrow(message);
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
