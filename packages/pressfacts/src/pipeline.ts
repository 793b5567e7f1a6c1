import { createPipeline, type AnyStage, type Pipeline } from '@pressfacts/document';
import { createDateExtractor, createNumberExtractor } from '@pressfacts/dates-numbers';
import { createEntityTagger } from '@pressfacts/entities';
import { createTokenizer } from '@pressfacts/tokenizer';
import { createFactsAssembler } from './facts/stage.js';

/** Options of {@link createSummitPipeline}. */
export interface SummitPipelineOptions {
  /** Extra stages to run after the built-in ones and before facts are assembled. */
  readonly stages?: readonly AnyStage[];
}

/**
 * The built-in chain: tokenizer → dates → numbers → entities → (your stages) → facts.
 * Requires/provides are checked when it is built.
 *
 * @example
 * const pipeline = createSummitPipeline();
 * const doc = pipeline.process(text, { referenceDate: '2025-06-18' });
 * doc.layers.facts; // SummitFacts without diagnostics
 */
export function createSummitPipeline(options: SummitPipelineOptions = {}): Pipeline {
  return createPipeline([
    // Web pages put mastheads, navigation and captions before the dateline: look further down.
    createTokenizer({ datelineParagraphs: 10 }),
    createDateExtractor(),
    createNumberExtractor(),
    createEntityTagger(),
    ...(options.stages ?? []),
    createFactsAssembler(),
  ]);
}
