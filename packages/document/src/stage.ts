import type { Diagnostic } from './diagnostic.js';
import type { Doc } from './doc.js';
import type { LayerName, Layers } from './layers.js';

/** What a stage may use besides the document: a way to report diagnostics as data. */
export interface StageContext {
  /** Records a diagnostic about the document (the pipeline fills in `source`), e.g. `ctx.report({ level: 'warning', code: 'no-dateline', message: '…', span: null })`. */
  report(diagnostic: Omit<Diagnostic, 'source'>): void;
}

/**
 * One stage of the pipeline, as a value. It declares the layers it reads (`requires`) and the
 * layers it adds (`provides`); `run` returns exactly those new layers and never mutates `doc`.
 *
 * @example
 * const shout: Stage<'tokens', never> = { name: 'shout', requires: ['tokens'], provides: [], run: () => ({}) };
 */
export interface Stage<P extends LayerName = LayerName, R extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly R[];
  readonly provides: readonly P[];
  /** Reads `doc` (never mutates it) and returns exactly the layers named in `provides`. */
  run(doc: Doc, ctx: StageContext): Pick<Layers, P>;
  /**
   * Optional: what `run` returns for each of several documents, in order (`Pipeline.runMany`
   * calls it, with one context per document). A stage made of several passes can run each pass
   * across all the documents, which keeps that pass's code in the CPU cache. If it throws, the
   * pipeline runs `run` on each document alone, so that a failure stays with its document.
   */
  runMany?(docs: readonly Doc[], contexts: readonly StageContext[]): Pick<Layers, P>[];
}

/** Any stage, whatever it requires and provides. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;
