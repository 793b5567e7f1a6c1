import type { Doc, Entity, Sentence, Stage, StageContext, TextView, Token } from '@pressfacts/document';
import { requireLayer } from '@pressfacts/document';
import { buildEntities } from './build-entities.js';
import { countryOfSeat, dropPersonCollisions, knownPlaceOrOrg, recogniseMentions } from './find-entities.js';
import { runPeople } from './people-adapter.js';
import type { Mention } from './recognise/mention.js';
import type { Scan } from './recognise/scan.js';
import { compileVocabularies, type CompiledVocabularies, type EntityVocabularies } from './vocabularies.js';

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
  const tagMany = (docs: readonly Doc[], contexts: readonly StageContext[]) => tagEntities(docs, contexts, vocab, withPeople);
  return {
    name: 'entities',
    requires: ['view', 'header', 'sentences', 'tokens'],
    provides: ['entities'],
    run: (doc, ctx) => tagMany([doc], [ctx])[0]!,
    runMany: tagMany,
  };
}

/** A document between the passes of {@link tagEntities}: what building its entities needs, no more. */
interface Tagging {
  readonly view: TextView;
  readonly mentions: Mention[];
  readonly people: Entity[];
}

/**
 * The entities of each document, in two passes across all of them (mentions and people, then
 * entities; for one document, the same calls in the same order): over a group, each pass's code
 * and tables stay in the CPU cache from one document to the next. A pass that throws on a
 * document empties that document's layer, with an error diagnostic, and no other.
 */
function tagEntities(docs: readonly Doc[], contexts: readonly StageContext[], vocab: CompiledVocabularies, withPeople: boolean): { entities: Entity[] }[] {
  const results = docs.map(() => ({ entities: [] as Entity[] }));
  const fail = (i: number, error: unknown): null => {
    const message = error instanceof Error ? error.message : String(error);
    contexts[i]!.report({ level: 'error', code: 'entities-failed', message: `entity tagging failed: ${message}`, span: null });
    return null;
  };
  // Mentions and people run one document after the other: the word scan they share (the largest
  // thing the stage makes) then dies young, instead of outliving a minor GC for the whole group
  // and being promoted to the old generation only to die there.
  const taggings = docs.map((doc, i): Tagging | null => {
    let view: TextView;
    let sentences: readonly Sentence[];
    let tokens: readonly Token[];
    let scan: Scan;
    let mentions: Mention[];
    try {
      view = requireLayer(doc, 'view');
      const header = requireLayer(doc, 'header');
      sentences = requireLayer(doc, 'sentences');
      tokens = requireLayer(doc, 'tokens');
      ({ scan, mentions } = recogniseMentions({ view, header, sentences }, vocab));
    } catch (error) {
      return fail(i, error);
    }
    if (!withPeople) return { view, mentions, people: [] };
    try {
      // One literal (spreading two objects into one takes V8's slow generic copy, microseconds).
      const found = runPeople({
        view,
        sentences,
        tokens,
        textWords: scan.words,
        resolveCountry: (c) => vocab.countries.resolve(c),
        isKnownPlaceOrOrg: knownPlaceOrOrg(scan, mentions),
        countryOfBody: countryOfSeat(vocab),
        lexicon: vocab.people,
      });
      if (found.error !== null) {
        contexts[i]!.report({ level: 'warning', code: 'people-failed', message: `people recogniser failed: ${found.error}`, span: null });
      }
      return { view, mentions, people: found.people };
    } catch (error) {
      return fail(i, error);
    }
  });
  taggings.forEach((t, i) => {
    if (t === null) return;
    try {
      const persons = t.people.filter((e) => e.kind === 'person');
      results[i] = { entities: buildEntities(t.view, dropPersonCollisions(t.mentions, persons), vocab.countries, persons) };
    } catch (error) {
      fail(i, error);
    }
  });
  return results;
}
