import type { SummitFacts } from '@pressfacts/schema';
import { decodeBytes, looksBinary, textLooksBinary } from './decode.js';
import type { WorkerDocument } from './protocol.js';
import type { BatchError, BatchResult, ExtractAllFunction, ExtractAllInput, ExtractFunction } from './types.js';

/** What a worker calls: `extract`, and `extractAll` when the module has it. */
export interface ExtractModule {
  readonly extract: ExtractFunction;
  readonly extractAll?: ExtractAllFunction;
}

/** A document ready to extract: its decoded text and whether decoding replaced bytes. */
interface Decoded {
  readonly input: ExtractAllInput & { readonly id: string };
  readonly replaced: boolean;
}

type Outcome = { readonly ok: true; readonly facts: SummitFacts } | { readonly ok: false; readonly error: unknown };

/**
 * Extracts a group of documents, one record per document in order. Binary and undecodable
 * documents get their record first; the rest go through `extractAll` in one call (each stage
 * across the group) when the module has it and there are several. If `extractAll` throws
 * (a bug in some stage on some document), the group is run again one document at a time, so
 * that only the document at fault gets the `extract-failed` record.
 */
export function extractGroup(docs: readonly WorkerDocument[], module: ExtractModule): BatchResult[] {
  const prepared = docs.map(decode);
  const decoded = prepared.filter((p): p is Decoded => !('ok' in p));
  const outcomes = (decoded.length > 1 && extractTogether(decoded, module.extractAll)) || decoded.map((d) => extractAlone(d, module.extract));
  let next = 0;
  return prepared.map((p) => ('ok' in p ? p : recordOf(p, outcomes[next++]!)));
}

function decode(doc: WorkerDocument): Decoded | BatchResult {
  const fail = (error: BatchError): BatchResult => ({ id: doc.id, ok: false, error });
  let text: string;
  let replaced = false;
  if (doc.bytes !== undefined) {
    if (looksBinary(doc.bytes)) return fail({ code: 'binary-input', message: 'NUL bytes in the first 8 KB: a binary file, not text' });
    ({ text, replaced } = decodeBytes(doc.bytes));
  } else {
    text = doc.text ?? '';
    if (textLooksBinary(text)) return fail({ code: 'binary-input', message: 'NUL characters in the first 8 KB: binary data, not text' });
  }
  const input = {
    text,
    id: doc.id,
    ...(doc.referenceDate !== undefined ? { referenceDate: doc.referenceDate } : {}),
    ...(doc.maxInputLength !== undefined ? { maxInputLength: doc.maxInputLength } : {}),
  };
  return { input, replaced };
}

/** The outcomes of `extractAll` over the group, or undefined when there is none or it threw. */
function extractTogether(decoded: readonly Decoded[], extractAll: ExtractAllFunction | undefined): Outcome[] | undefined {
  if (extractAll === undefined) return undefined;
  try {
    const outcomes = Array.from(extractAll(decoded.map((d) => d.input), { groupSize: decoded.length }));
    return outcomes.length === decoded.length ? outcomes : undefined;
  } catch {
    return undefined;
  }
}

function extractAlone({ input }: Decoded, extract: ExtractFunction): Outcome {
  const { text, ...options } = input;
  try {
    return { ok: true, facts: extract(text, options) };
  } catch (error) {
    return { ok: false, error };
  }
}

const LIBRARY_CODES = new Set(['invalid-input', 'input-too-large', 'invalid-option']);

function recordOf({ input, replaced }: Decoded, outcome: Outcome): BatchResult {
  if (!outcome.ok) return { id: input.id, ok: false, error: errorOf(outcome.error) };
  if (!replaced) return { id: input.id, ok: true, facts: outcome.facts };
  const warning = { level: 'warning' as const, code: 'invalid-utf8', message: 'the input is not valid UTF-8: invalid bytes were replaced with U+FFFD', span: null };
  return { id: input.id, ok: true, facts: { ...outcome.facts, diagnostics: [...outcome.facts.diagnostics, warning] } };
}

/** The library's refusals keep their code; anything else thrown is a bug in the extractor. */
function errorOf(error: unknown): BatchError {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | null | undefined;
  if (e?.name === 'PressfactsError' && typeof e.code === 'string' && LIBRARY_CODES.has(e.code)) {
    return { code: e.code as BatchError['code'], message: String(e.message) };
  }
  return { code: 'extract-failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
