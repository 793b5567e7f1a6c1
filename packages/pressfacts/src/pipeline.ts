import { createPipeline, type AnyStage, type Pipeline } from '@pressfacts/document';
import { createDateExtractor, createNumberExtractor } from '@pressfacts/dates-numbers';
import { createEntityTagger, type EntityVocabularies } from '@pressfacts/entities';
import { createTokenizer } from '@pressfacts/tokenizer';
import { createFactsAssembler } from './facts/stage.js';
import { checkPipelineOptions } from './options.js';

/** Options of {@link createSummitPipeline}. */
export interface SummitPipelineOptions {
  /** Extra stages to run after the built-in ones and before facts are assembled. */
  readonly stages?: readonly AnyStage[];
  /**
   * Rows added to the entity tagger's built-in tables: `countryAliases`, `organizations`,
   * `eventKinds`, `agreementKinds`, `regions` (see `EntityVocabularies` in `@pressfacts/entities`).
   * Compiled once, when the pipeline is built; an invalid row throws `EntityVocabularyError`.
   */
  readonly vocabularies?: EntityVocabularies;
}

/**
 * The built-in chain: tokenizer → dates → numbers → entities → (your stages) → facts.
 * Requires/provides are checked when it is built (a `PipelineError` names the stage and layer);
 * options are checked too (a `PressfactsError` with code `invalid-option`). Build it once and
 * reuse it: `factsOf(pipeline.process(text))` gives the same validated facts as `extract`.
 *
 * @example
 * const pipeline = createSummitPipeline({
 *   vocabularies: { eventKinds: [{ head: 'Retreat', eventType: 'retreat', example: 'The ASEAN Leaders\' Retreat opened.', expected: { name: "ASEAN Leaders' Retreat", edition: null } }] },
 * });
 * const facts = factsOf(pipeline.process(text, { referenceDate: '2025-06-18' }));
 */
export function createSummitPipeline(options: SummitPipelineOptions = {}): Pipeline {
  checkPipelineOptions(options);
  return createPipeline([
    // Web pages put mastheads, navigation and captions before the dateline: look further down.
    createTokenizer({ datelineParagraphs: 10 }),
    createDateExtractor(),
    createNumberExtractor(),
    createEntityTagger(options.vocabularies === undefined ? {} : { vocabularies: options.vocabularies }),
    ...(options.stages ?? []),
    createFactsAssembler(),
  ]);
}
