/**
 * An extractor of your own: the built-in pipeline plus vocabulary rows for a kind of gathering
 * the built-in tables do not know ("Retreat"), a country's alternative name, an organisation, a
 * title ("Taoiseach") and a currency (the Brunei dollar). Build the pipeline once (vocabularies are compiled when it is built) and reuse it.
 *
 * The module exports `extract(text, options)` with the shape of `extract` from 'pressfacts', so
 * it can be handed to the batch workers (`extractMany(docs, { extractModule })`) and to
 * `describeFixtures` in a vitest suite.
 */
import { createSummitPipeline, factsOf, type SummitFacts, type SummitVocabularies } from 'pressfacts';

/** Each row carries an example sentence that the row must match: keep them, a test can run them. */
export const MY_VOCABULARIES: SummitVocabularies = {
  eventKinds: [
    {
      head: 'Retreat',
      eventType: 'retreat',
      example: "The ASEAN Leaders' Retreat opened in Langkawi.",
      expected: { name: "ASEAN Leaders' Retreat", edition: null },
    },
  ],
  countryAliases: [{ alias: 'Hellas', code: 'GR', kind: 'alias', example: 'Hellas and Cyprus signed the accord.' }],
  organizations: [
    {
      name: 'Caspian Economic Council',
      acronym: 'CEC',
      example: 'The CEC met in Baku.',
    },
  ],
  // The row shape of the built-in title table: written before a name, and the person its example names.
  titles: [
    {
      title: 'Taoiseach',
      beforeName: true,
      example: 'Taoiseach Micheál Martin arrived in Brussels.',
      person: 'Micheál Martin',
    },
  ],
  // An ISO 4217 code and how copy writes it before ("B$50 million") and after ("20 million Brunei dollars") an amount.
  currencies: [
    { code: 'BND', before: ['B$', 'BND'], after: ['Brunei dollars', 'BND'], example: ['B$50 million', 5e7] },
  ],
};

const pipeline = createSummitPipeline({ vocabularies: MY_VOCABULARIES });

/** Like `extract` from 'pressfacts', with the vocabularies above. */
export function extract(text: string, options: { id?: string; referenceDate?: string } = {}): SummitFacts {
  if (typeof text !== 'string') throw new TypeError(`extract(text) needs a string, got ${typeof text}`);
  return factsOf(
    pipeline.process(text, {
      ...(options.id !== undefined ? { id: options.id } : {}),
      referenceDate: options.referenceDate ?? null,
    }),
  );
}
