/**
 * An extractor of your own: the built-in pipeline plus vocabulary rows for a kind of gathering
 * the built-in tables do not know ("Retreat"), a country's alternative name and an
 * organisation. Build the pipeline once (vocabularies are compiled when it is built) and reuse it.
 *
 * The module exports `extract(text, options)` with the shape of `extract` from 'pressfacts', so
 * it can be handed to the batch workers (`extractMany(docs, { extractModule })`) and to
 * `describeFixtures` in a vitest suite.
 */
import type { EntityVocabularies } from '@pressfacts/entities';
import { createSummitPipeline, factsOf, type SummitFacts } from 'pressfacts';

/** Each row carries an example sentence that the row must match: keep them, a test can run them. */
export const MY_VOCABULARIES: EntityVocabularies = {
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
