import type { SummitFacts } from '@pressfacts/schema';

/**
 * Why one document has no facts. The library's own codes (`invalid-input`, `input-too-large`,
 * `invalid-option`) pass through; the rest are the batch's:
 * - `binary-input`: NUL bytes in the first 8 KB, not a text file;
 * - `invalid-json` / `invalid-record`: a JSONL line that is not JSON / not `{ id?, text, referenceDate? }`;
 * - `read-error`: the file could not be read;
 * - `timeout`: no result within the time limit (the worker was stopped and replaced);
 * - `worker-crashed` / `out-of-memory`: the worker died on it (and was replaced);
 * - `extract-failed`: extract threw something unexpected (a bug: the message says what).
 */
export type BatchErrorCode =
  | 'invalid-input'
  | 'input-too-large'
  | 'invalid-option'
  | 'binary-input'
  | 'invalid-json'
  | 'invalid-record'
  | 'read-error'
  | 'timeout'
  | 'worker-crashed'
  | 'out-of-memory'
  | 'extract-failed';

/**
 * Why one document of a batch failed: a code to branch on and a message for people.
 *
 * @example
 * if (!result.ok) console.error(result.id, result.error.code, result.error.message); // 'b.txt' 'binary-input' '…'
 */
export interface BatchError {
  readonly code: BatchErrorCode;
  readonly message: string;
}

/**
 * One input of a batch: text, or raw bytes (decoded in the worker: UTF-8 with replacement,
 * UTF-16 by BOM), or an input already known to be bad (passed through as its error record,
 * in its place in the order).
 */
export type BatchInput =
  | { readonly id: string; readonly text: string; readonly referenceDate?: string }
  | { readonly id: string; readonly bytes: Uint8Array; readonly referenceDate?: string }
  | { readonly id: string; readonly error: BatchError };

/** One output record: facts, or why there are none. */
export type BatchResult =
  | { readonly id: string; readonly ok: true; readonly facts: SummitFacts }
  | { readonly id: string; readonly ok: false; readonly error: BatchError };

/** The function a worker runs per document: `extract` from `pressfacts`, or a module of yours. */
export type ExtractFunction = (text: string, options?: { id?: string; referenceDate?: string; maxInputLength?: number }) => SummitFacts;

/** One document for an {@link ExtractAllFunction}: its text and the options `extract` takes. */
export interface ExtractAllInput {
  readonly text: string;
  readonly id?: string;
  readonly referenceDate?: string;
  readonly maxInputLength?: number;
}

/**
 * The group entry point a worker runs when the extract module exports it (`extractAll` from
 * `pressfacts`, or a module of yours): one result per input, in order, the facts `extract`
 * gives; a refused input is `{ ok: false, error }` with the error `extract` would throw.
 *
 * @example
 * export const extractAll: ExtractAllFunction = (inputs) => Array.from(inputs, (d) => ({ ok: true as const, facts: extract(d.text, d) }));
 */
export type ExtractAllFunction = (
  inputs: Iterable<ExtractAllInput>,
  options?: { groupSize?: number },
) => Iterable<{ readonly ok: true; readonly facts: SummitFacts } | { readonly ok: false; readonly error: unknown }>;
