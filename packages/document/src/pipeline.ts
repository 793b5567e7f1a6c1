import type { Diagnostic } from './diagnostic.js';
import { createDoc, type CreateDocOptions, type Doc } from './doc.js';
import type { LayerName, Layers } from './layers.js';
import type { AnyStage } from './stage.js';

/**
 * Thrown when a pipeline is built from stages whose requires/provides do not chain.
 *
 * @example
 * const late = { name: 'late', requires: ['facts'], provides: [], run: () => ({}) } as unknown as Stage;
 * createPipeline([late]);
 * // throws PipelineError (code 'missing-requirement'): stage "late" requires layer "facts", which no earlier stage provides
 */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
  constructor(
    message: string,
    readonly code: 'missing-requirement' | 'duplicate-provider' | 'duplicate-stage',
  ) {
    super(message);
  }
}

/**
 * Stages chained by {@link createPipeline}, checked and ready to run over texts or documents.
 *
 * @example
 * const doc = pipeline.process('BEIJING, June 18, 2025 -- ...', { referenceDate: '2025-06-18' });
 * doc.layers; doc.diagnostics;
 */
export interface Pipeline {
  readonly stages: readonly AnyStage[];
  /** Every layer the pipeline provides once it has run. */
  readonly provides: readonly LayerName[];
  /** Runs every stage over a new document made from `text`. */
  process(text: string, options?: CreateDocOptions): Doc;
  /** Runs every stage over an existing document (which may already hold some layers). */
  run(doc: Doc): Doc;
  /**
   * Runs every stage over several documents, one stage across all of them before the next. The
   * documents come back in order and equal `docs.map(run)`; a stage that fails on one document
   * fails only there. Cheaper per document than `run` in a loop: a stage's code and vocabularies
   * stay in the CPU cache from one document to the next instead of being pushed out by the other
   * stages (measured ~15-25% less CPU over groups of 8 releases). Pass small groups (4-16): every
   * document's layers are held until the last stage.
   */
  runMany(docs: readonly Doc[]): Doc[];
}

/**
 * Chains stages. Every `requires` is checked against the `provides` of earlier stages (or the
 * `initial` layers a caller promises to put on the document) when the pipeline is built, not when
 * it runs. A stage that throws does not lose the document: the error becomes an `error`
 * diagnostic (`stage-failed`) and later stages that need its layers are skipped with a diagnostic.
 *
 * @example
 * const pipeline = createPipeline([createTokenizer(), createDateExtractor()]);
 * const doc = pipeline.process('BEIJING, June 18, 2025 -- ...');
 */
export function createPipeline(
  stages: readonly AnyStage[],
  options: { initial?: readonly LayerName[] } = {},
): Pipeline {
  const available = new Set<LayerName>(options.initial ?? []);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new PipelineError(`two stages are named "${stage.name}"`, 'duplicate-stage');
    }
    names.add(stage.name);
    for (const need of stage.requires as readonly LayerName[]) {
      if (!available.has(need)) {
        throw new PipelineError(
          `stage "${stage.name}" requires layer "${need}", which no earlier stage provides`,
          'missing-requirement',
        );
      }
    }
    for (const layer of stage.provides as readonly LayerName[]) {
      if (available.has(layer)) {
        throw new PipelineError(
          `stage "${stage.name}" provides layer "${layer}", which an earlier stage already provides`,
          'duplicate-provider',
        );
      }
      available.add(layer);
    }
  }
  const frozen = Object.freeze([...stages]);
  const run = (doc: Doc): Doc => frozen.reduce(runStage, doc);
  const runMany = (docs: readonly Doc[]): Doc[] => frozen.reduce((out, stage) => runStageOnMany(out, stage), [...docs]);
  return {
    stages: frozen,
    provides: Object.freeze([...available]),
    run,
    runMany,
    process: (text, docOptions) => run(createDoc(text, docOptions)),
  };
}

function runStage(doc: Doc, stage: AnyStage): Doc {
  const missing = (stage.requires as readonly LayerName[]).filter((n) => doc.layers[n] === undefined);
  if (missing.length > 0) {
    return withDiagnostics(doc, [
      {
        level: 'error',
        code: 'stage-skipped',
        message: `stage "${stage.name}" skipped: layer(s) ${missing.join(', ')} missing after an earlier failure`,
        span: null,
        source: stage.name,
      },
    ]);
  }
  const reported: Diagnostic[] = [];
  try {
    const added = stage.run(doc, {
      report: (d) => reported.push({ ...d, source: stage.name }),
    }) as Partial<Layers>;
    return {
      ...doc,
      layers: { ...doc.layers, ...pickProvided(added, stage.provides as readonly LayerName[]) },
      diagnostics: reported.length > 0 ? [...doc.diagnostics, ...reported] : doc.diagnostics,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return withDiagnostics(doc, [
      ...reported,
      { level: 'error', code: 'stage-failed', message: `stage "${stage.name}" failed: ${message}`, span: null, source: stage.name },
    ]);
  }
}

/** One stage over several documents: its `runMany` if it has one, else `run` on each. */
function runStageOnMany(docs: readonly Doc[], stage: AnyStage): Doc[] {
  const ready = docs.filter((doc) => (stage.requires as readonly LayerName[]).every((n) => doc.layers[n] !== undefined));
  if (stage.runMany === undefined || ready.length < 2) return docs.map((doc) => runStage(doc, stage));
  const reported = ready.map((): Diagnostic[] => []);
  let added: Partial<Layers>[];
  try {
    const contexts = reported.map((list) => ({ report: (d: Omit<Diagnostic, 'source'>) => list.push({ ...d, source: stage.name }) }));
    const results = stage.runMany(ready, contexts) as Partial<Layers>[];
    if (results.length !== ready.length) throw new Error(`runMany gave ${results.length} results for ${ready.length} documents`);
    added = results.map((result) => pickProvided(result, stage.provides as readonly LayerName[]));
  } catch {
    // Run again one by one: the failure (and any layer left out) then stays with its document.
    return docs.map((doc) => runStage(doc, stage));
  }
  let next = 0;
  return docs.map((doc) => {
    if (doc !== ready[next]) return runStage(doc, stage); // a layer it requires is missing
    const k = next++;
    const diagnostics = reported[k]!;
    return {
      ...doc,
      layers: { ...doc.layers, ...added[k] },
      diagnostics: diagnostics.length > 0 ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics,
    };
  });
}

function pickProvided(added: Partial<Layers>, provides: readonly LayerName[]): Partial<Layers> {
  const out: Record<string, unknown> = {};
  for (const name of provides) {
    if (!(name in added)) throw new Error(`it did not return its declared layer "${name}"`);
    out[name] = added[name];
  }
  return out as Partial<Layers>;
}

/**
 * Returns a copy of `doc` with more diagnostics.
 *
 * @example
 * const doc = withDiagnostics(createDoc('Leaders met.'), [
 *   { level: 'warning', code: 'no-document-date', message: 'no dated dateline or header', span: null },
 * ]);
 * doc.diagnostics.length; // 1 (the document passed in is unchanged)
 */
export function withDiagnostics(doc: Doc, diagnostics: readonly Diagnostic[]): Doc {
  return diagnostics.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...diagnostics] };
}
