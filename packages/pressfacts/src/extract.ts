import { createDoc, type Diagnostic, type Doc, type Pipeline } from '@pressfacts/document';
import type { FactDiagnostic, SummitFacts } from '@pressfacts/schema';
import { assertSummitFacts } from '@pressfacts/schema/validate';
import { checkExtractArguments, type ExtractOptions } from './options.js';
import { createSummitPipeline } from './pipeline.js';
import { emptyFacts } from './facts/empty.js';

let defaultPipeline: Pipeline | undefined;

/**
 * Turns one raw press release into its SummitFacts: every fact with evidence spans into `text`
 * and the rule that produced it. The result is validated against the schema before it is
 * returned. A bad document (empty, not English, no summit) gives empty facts with diagnostics;
 * misuse (a non-string, a bad option, input past `maxInputLength`) throws a `PressfactsError`.
 *
 * @example
 * const facts = extract(text, { referenceDate: '2025-06-18' });
 * facts.event?.name; // "… Summit"
 */
export function extract(text: string, options?: ExtractOptions): SummitFacts {
  checkExtractArguments(text, options);
  return factsOf(summitPipeline().run(docOf(text, options)));
}

/** The pipeline `extract` and `extractAll` share, built on first use. */
export function summitPipeline(): Pipeline {
  return (defaultPipeline ??= createSummitPipeline());
}

/** A new document for a checked text and its options. */
export function docOf(text: string, options: ExtractOptions | undefined): Doc {
  return createDoc(text, {
    ...(options?.id !== undefined ? { id: options.id } : {}),
    referenceDate: options?.referenceDate ?? null,
  });
}

/**
 * Reads the facts off a document a summit pipeline has run over, validated.
 *
 * @example
 * const pipeline = createSummitPipeline({ stages: [myStage] }); // build once
 * const facts = factsOf(pipeline.process(text, { referenceDate: '2025-06-18' }));
 * facts.diagnostics; // the document's diagnostics, every stage's included
 */
export function factsOf(doc: Doc): SummitFacts {
  const facts = doc.layers.facts ?? emptyFacts(doc.id);
  return assertSummitFacts({ ...facts, diagnostics: doc.diagnostics.map(toFactDiagnostic) });
}

function toFactDiagnostic(d: Diagnostic): FactDiagnostic {
  return {
    level: d.level,
    code: d.code,
    message: d.message,
    span: d.span === null ? null : { start: d.span.start, end: d.span.end, text: d.span.text },
  };
}
