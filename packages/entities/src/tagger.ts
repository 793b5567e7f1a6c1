import type { Doc, Entity, Stage, StageContext } from '@pressfacts/document';
import { requireLayer } from '@pressfacts/document';
import { buildEntities } from './build-entities.js';
import { countryOfSeat, dropPersonCollisions, knownPlaceOrOrg, recogniseMentions } from './find-entities.js';
import { runPeople } from './people-adapter.js';
import { compileVocabularies, type EntityVocabularies } from './vocabularies.js';

/**
 * Options of {@link createEntityTagger}.
 *
 * @example
 * createEntityTagger({ vocabularies: { organizations: [{ name: 'Caspian Economic Council', acronym: 'CEC', example: 'The CEC met in Baku.' }] }, people: true });
 */
export interface EntityTaggerOptions {
  /** Rows added to the built-in tables; validated when the tagger is created. */
  readonly vocabularies?: EntityVocabularies;
  /** Set to false to skip people (places, organisations, events and agreements only). */
  readonly people?: boolean;
}

/**
 * The `entities` stage: people, countries, cities, regions, venues, organisations, events and
 * agreements, each with every mention as an honest span. Throws only for invalid `vocabularies`
 * (a configuration error); a bad document yields diagnostics and an empty layer.
 *
 * @example
 * const pipeline = createPipeline([createTokenizer(), createEntityTagger()]);
 * pipeline.process(text).layers.entities // [{ kind: 'country', id: 'country:CN', ... }, ...]
 */
export function createEntityTagger(options: EntityTaggerOptions = {}): Stage<'entities', 'view' | 'header' | 'sentences' | 'tokens'> {
  const vocab = compileVocabularies(options.vocabularies ?? {});
  const withPeople = options.people !== false;
  return {
    name: 'entities',
    requires: ['view', 'header', 'sentences', 'tokens'],
    provides: ['entities'],
    run(doc: Doc, ctx: StageContext) {
      try {
        const view = requireLayer(doc, 'view');
        const header = requireLayer(doc, 'header');
        const sentences = requireLayer(doc, 'sentences');
        const tokens = requireLayer(doc, 'tokens');
        const { scan, mentions } = recogniseMentions({ view, header, sentences }, vocab);
        let people: Entity[] = [];
        if (withPeople) {
          const found = runPeople(
            { view, sentences, tokens, textWords: scan.words },
            { resolveCountry: (t) => vocab.countries.resolve(t), isKnownPlaceOrOrg: knownPlaceOrOrg(scan, mentions), countryOfBody: countryOfSeat(vocab), lexicon: vocab.people },
          );
          if (found.error !== null) {
            ctx.report({ level: 'warning', code: 'people-failed', message: `people recogniser failed: ${found.error}`, span: null });
          }
          people = found.people;
        }
        const persons = people.filter((e) => e.kind === 'person');
        return { entities: buildEntities(view, dropPersonCollisions(mentions, persons), vocab.countries, persons) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        ctx.report({ level: 'error', code: 'entities-failed', message: `entity tagging failed: ${message}`, span: null });
        return { entities: [] };
      }
    },
  };
}
