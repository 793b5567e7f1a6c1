import { workerData } from 'piscina';
import { READY, toLine, type PingTask, type WorkerReply, type WorkerSetup, type WorkerTask } from './protocol.js';
import { extractGroup, type ExtractModule } from './extract-group.js';
import type { ExtractAllFunction, ExtractFunction } from './types.js';

// Loaded once per worker, on its first task (piscina sends a ping first): the extract module,
// its models, and a warm-up call so that the first document is not charged for lazy set-up.
// No top-level await: piscina tries require() first, and tsx cannot require a module with one.
const setup = workerData as WorkerSetup;
const startTimes = new BigInt64Array(setup.startTimes);
let loading: Promise<ExtractModule> | undefined;
let module: ExtractModule | undefined;

async function load(): Promise<ExtractModule> {
  const loaded = (await import(setup.extractModule)) as { extract?: unknown; extractAll?: unknown; default?: unknown };
  const extract = (loaded.extract ?? loaded.default) as ExtractFunction;
  if (typeof extract !== 'function') throw new Error(`${setup.extractModule} exports no extract function`);
  try {
    extract('Warm-up.', { id: 'warm-up' });
  } catch {
    // A module that rejects the warm-up text still works for real documents.
  }
  // Optional: a module that exports only `extract` runs its documents one by one.
  const extractAll = typeof loaded.extractAll === 'function' ? (loaded.extractAll as ExtractAllFunction) : undefined;
  return (module = extractAll === undefined ? { extract } : { extract, extractAll });
}

/** Runs one group of documents (piscina calls this); a ping answers once the module is loaded. */
export default function runTask(task: WorkerTask | PingTask): readonly WorkerReply[] | typeof READY | Promise<readonly WorkerReply[] | typeof READY> {
  if (module === undefined) return (loading ??= load()).then(() => runTask(task));
  if ('ping' in task) return READY;
  // The pool's watchdog counts the group's time limit from here (see pool.ts).
  Atomics.store(startTimes, task.slot, BigInt(Date.now()));
  const results = extractGroup(task.docs, module);
  return setup.format === 'lines' ? results.map(toLine) : results;
}
