import { createPipeline, type AnyStage, type Pipeline } from '@pressfacts/document';
import { createDateExtractor, createNumberExtractor, type QuantityVocabularies } from '@pressfacts/dates-numbers';
import { createEntityTagger, type EntityVocabularies } from '@pressfacts/entities';
import { createTokenizer } from '@pressfacts/tokenizer';
import { createFactsAssembler } from './facts/stage.js';
import { checkPipelineOptions } from './options.js';

/**
 * Rows added to the built-in tables, by table: the entity tagger's `countryAliases`,
 * `organizations`, `eventKinds`, `agreementKinds`, `regions` and `titles` (see `EntityVocabularies`
 * in `@pressfacts/entities`) and the number extractor's `currencies` (see `QuantityVocabularies`
 * in `@pressfacts/dates-numbers`). Every row has the shape of the built-in rows, `example` included.
 *
 * @example
 * const vocabularies: SummitVocabularies = {
 *   titles: [{ title: 'Grand Duke', beforeName: true, example: 'Grand Duke Henri opened the session.', person: 'Henri' }],
 *   currencies: [{ code: 'XCG', before: [], after: ['Caribbean guilders'], example: ['2 billion Caribbean guilders', 2e9] }],
 * };
 */
export type SummitVocabularies = EntityVocabularies & QuantityVocabularies;

/** Options of {@link createSummitPipeline}. */
export interface SummitPipelineOptions {
  /** Extra stages to run after the built-in ones and before facts are assembled. */
  readonly stages?: readonly AnyStage[];
  /**
   * Rows added to the built-in tables (see {@link SummitVocabularies}). Compiled once, when the
   * pipeline is built. An unknown table throws a `PressfactsError` (`invalid-option`); an invalid
   * row throws the owning package's error naming the row and field: `EntityVocabularyError`
   * ("vocabularies.titles[0]: `person` …") or `QuantityVocabularyError` ("vocabularies.currencies[0]: `code` …").
   */
  readonly vocabularies?: SummitVocabularies;
}

/**
 * The built-in chain: tokenizer → dates → numbers → entities → (your stages) → facts.
 * Requires/provides are checked when it is built (a `PipelineError` names the stage and layer);
 * options are checked too (a `PressfactsError` with code `invalid-option`). Build it once and
 * reuse it: `factsOf(pipeline.process(text))` gives the same validated facts as `extract`.
 *
 * @example
 * const pipeline = createSummitPipeline({
 *   vocabularies: {
 *     eventKinds: [{ head: 'Retreat', eventType: 'retreat', example: 'The ASEAN Leaders\' Retreat opened.', expected: { name: "ASEAN Leaders' Retreat", edition: null } }],
 *     titles: [{ title: 'Grand Duke', beforeName: true, example: 'Grand Duke Henri opened the session.', person: 'Henri' }],
 *     currencies: [{ code: 'XCG', before: [], after: ['Caribbean guilders'], example: ['2 billion Caribbean guilders', 2e9] }],
 *   },
 * });
 * const facts = factsOf(pipeline.process(text, { referenceDate: '2025-06-18' }));
 */
export function createSummitPipeline(options: SummitPipelineOptions = {}): Pipeline {
  checkPipelineOptions(options);
  const { currencies, ...entityTables } = options.vocabularies ?? {};
  return createPipeline([
    // Web pages put mastheads, navigation and captions before the dateline: look further down.
    createTokenizer({ datelineParagraphs: 10 }),
    createDateExtractor(),
    createNumberExtractor(currencies === undefined ? {} : { vocabularies: { currencies } }),
    createEntityTagger({ vocabularies: entityTables }),
    ...(options.stages ?? []),
    createFactsAssembler(),
  ]);
}
