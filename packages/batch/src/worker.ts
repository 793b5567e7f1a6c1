import { workerData } from 'piscina';
import { decodeBytes, looksBinary, textLooksBinary } from './decode.js';
import { READY, toLine, type PingTask, type WorkerReply, type WorkerSetup, type WorkerTask } from './protocol.js';
import type { BatchError, BatchResult, ExtractFunction } from './types.js';

// Loaded once per worker, on its first task (piscina sends a ping first): the extract module,
// its models, and a warm-up call so that the first document is not charged for lazy set-up.
// No top-level await: piscina tries require() first, and tsx cannot require a module with one.
const setup = workerData as WorkerSetup;
const startTimes = new BigInt64Array(setup.startTimes);
let loading: Promise<ExtractFunction> | undefined;
let extract: ExtractFunction | undefined;

async function load(): Promise<ExtractFunction> {
  const loaded = (await import(setup.extractModule)) as { extract?: unknown; default?: unknown };
  const fn = (loaded.extract ?? loaded.default) as ExtractFunction;
  if (typeof fn !== 'function') throw new Error(`${setup.extractModule} exports no extract function`);
  try {
    fn('Warm-up.', { id: 'warm-up' });
  } catch {
    // A module that rejects the warm-up text still works for real documents.
  }
  return (extract = fn);
}

const LIBRARY_CODES = new Set(['invalid-input', 'input-too-large', 'invalid-option']);

/** Runs one document (piscina calls this); a ping answers once the module is loaded. */
export default function runTask(task: WorkerTask | PingTask): WorkerReply | typeof READY | Promise<WorkerReply | typeof READY> {
  if (extract === undefined) return (loading ??= load()).then(() => runTask(task));
  if ('ping' in task) return READY;
  Atomics.store(startTimes, task.slot, BigInt(Date.now()));
  const result = extractOne(task, extract);
  return setup.format === 'lines' ? toLine(result) : result;
}

function extractOne(task: WorkerTask, extract: ExtractFunction): BatchResult {
  const fail = (error: BatchError): BatchResult => ({ id: task.id, ok: false, error });
  let text: string;
  let replaced = false;
  if (task.bytes !== undefined) {
    if (looksBinary(task.bytes)) return fail({ code: 'binary-input', message: 'NUL bytes in the first 8 KB: a binary file, not text' });
    ({ text, replaced } = decodeBytes(task.bytes));
  } else {
    text = task.text ?? '';
    if (textLooksBinary(text)) return fail({ code: 'binary-input', message: 'NUL characters in the first 8 KB: binary data, not text' });
  }
  let facts;
  try {
    facts = extract(text, {
      id: task.id,
      ...(task.referenceDate !== undefined ? { referenceDate: task.referenceDate } : {}),
      ...(task.maxInputLength !== undefined ? { maxInputLength: task.maxInputLength } : {}),
    });
  } catch (error) {
    const e = error as { name?: unknown; code?: unknown; message?: unknown };
    if (e?.name === 'PressfactsError' && typeof e.code === 'string' && LIBRARY_CODES.has(e.code)) {
      return fail({ code: e.code as BatchError['code'], message: String(e.message) });
    }
    return fail({ code: 'extract-failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
  if (replaced) {
    facts = {
      ...facts,
      diagnostics: [
        ...facts.diagnostics,
        { level: 'warning' as const, code: 'invalid-utf8', message: 'the input is not valid UTF-8: invalid bytes were replaced with U+FFFD', span: null },
      ],
    };
  }
  return { id: task.id, ok: true, facts };
}
