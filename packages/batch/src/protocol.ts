import type { BatchError, BatchResult } from './types.js';

/** What every worker of a pool is started with (piscina `workerData`). */
export interface WorkerSetup {
  /** URL of the module whose `extract` (or default export) the worker calls. */
  readonly extractModule: string;
  /** One slot per running task: the worker writes `Date.now()` when it starts the task. */
  readonly startTimes: SharedArrayBuffer;
  /** `lines`: the worker returns the output line already serialised (cheaper for JSONL). */
  readonly format: 'objects' | 'lines';
}

/** One document of a task. */
export interface WorkerDocument {
  readonly id: string;
  readonly text?: string;
  readonly bytes?: Uint8Array;
  readonly referenceDate?: string;
  readonly maxInputLength?: number;
}

/** A group of documents sent to a worker; it replies with one record per document, in order. */
export interface WorkerTask {
  readonly slot: number;
  readonly docs: readonly WorkerDocument[];
}

/** `lines` mode: the record as one JSON line (no newline), with what a progress counter needs. */
export interface BatchLine {
  readonly id: string;
  readonly ok: boolean;
  /** The error code when `ok` is false. */
  readonly code?: BatchError['code'];
  /** `JSON.stringify` of the {@link BatchResult}, without the newline. */
  readonly line: string;
}

/** The record of one document, as an object or as its line. */
export type WorkerReply = BatchResult | BatchLine;

/** The message a worker answers `ready` with once its module and models are loaded. */
export const READY = 'ready';
export type PingTask = { readonly ping: true };

/** Turns a record into its line form. */
export function toLine(result: BatchResult): BatchLine {
  return result.ok
    ? { id: result.id, ok: true, line: JSON.stringify(result) }
    : { id: result.id, ok: false, code: result.error.code, line: JSON.stringify(result) };
}
