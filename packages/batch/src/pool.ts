import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { extractModuleSpecifier, locateWorker } from './worker-location.js';
import { READY, toLine, type BatchLine, type PingTask, type WorkerDocument, type WorkerReply, type WorkerSetup, type WorkerTask } from './protocol.js';
import { schedule, type Dispatch, type RunnableInput } from './schedule.js';
import type { BatchError, BatchInput, BatchResult } from './types.js';

/** Options of {@link createBatchPool} and {@link extractMany}. */
export interface BatchPoolOptions {
  /** Worker threads (default: `os.availableParallelism()`). Each loads the models once. */
  readonly workers?: number;
  /**
   * Per-document time limit in ms, counted from when a worker starts the document (default
   * 30,000; 0 = none). A group of documents (see `groupSize`) gets `timeoutMs` × its documents.
   */
  readonly timeoutMs?: number;
  /**
   * Documents per worker task (default 8; 1 runs them one at a time). A worker runs each
   * pipeline stage across its whole group before the next (the module's `extractAll`, when it
   * exports one), which costs less CPU per document. A group that passes its time limit,
   * crashes its worker or runs out of memory is run again one document at a time on a new
   * worker, so only the document at fault gets the error record.
   */
  readonly groupSize?: number;
  /** Passed to `extract` for every document. */
  readonly maxInputLength?: number;
  /** `YYYY-MM-DD` for documents that bring none of their own. */
  readonly referenceDate?: string;
  /** Heap limit of each worker in MB; a document past it becomes an `out-of-memory` record. */
  readonly workerMemoryMb?: number;
  /**
   * Module whose `extract(text, options)` (or default export) the workers call, as a package
   * name, a path or a file URL (default `pressfacts`). For custom pipelines and tests.
   */
  readonly extractModule?: string | URL;
  /** @internal `lines`: workers serialise the records (what the CLI writes). */
  readonly format?: 'objects' | 'lines';
}

/** Options of one run over a pool. */
export interface RunOptions {
  /**
   * `false` (the default): results in the order they complete, so one slow document never
   * holds back other groups (only the documents of its own group, which complete together).
   * `true`: in input order (a slow document then delays the output, never the reading window:
   * still at most 2 × workers × groupSize documents are read ahead).
   */
  readonly ordered?: boolean;
}

/** A pool of extraction workers that runs any number of batches; close it when done. */
export interface BatchPool {
  readonly workers: number;
  /** Documents per worker task (the option, or its default). */
  readonly groupSize: number;
  /** Resolves once every worker has loaded its module and models (runs start with it anyway). */
  ready(): Promise<void>;
  /** Extracts every input; see {@link extractMany}. */
  extractMany(source: BatchSource, options?: RunOptions): AsyncGenerator<BatchResult>;
  /** Like `extractMany` with each record already serialised as one JSON line. */
  extractLines(source: BatchSource, options?: RunOptions): AsyncGenerator<BatchLine>;
  /** Stops the workers once running documents are done; await it before exiting. */
  close(): Promise<void>;
}

/**
 * What a batch reads: any iterable or async iterable of inputs (an array, a generator, a stream of parsed lines).
 *
 * @example
 * async function* files(): AsyncGenerator<BatchInput> { yield { id: 'a.txt', bytes: await readFile('a.txt') }; }
 * for await (const r of extractMany(files())) console.log(r.id, r.ok);
 */
export type BatchSource = AsyncIterable<BatchInput> | Iterable<BatchInput>;

const TIMED_OUT = Symbol('timed out');
const DEFAULT_GROUP_SIZE = 8;

interface Running {
  readonly controller: AbortController;
  /** The time limit of the running group, in ms. */
  readonly limit: bigint;
}

/**
 * Starts a pool of worker threads (piscina) that extract facts from documents in groups, each
 * worker loading the models once. A worker that crashes, runs out of memory or passes the time
 * limit is replaced, and only the document at fault gets an error record.
 *
 * @example
 * const pool = createBatchPool({ workers: 2 });
 * for await (const r of pool.extractMany([{ id: 'a', text }])) console.log(r.id, r.ok);
 * await pool.close();
 */
export function createBatchPool(options: BatchPoolOptions = {}): BatchPool {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a positive integer, got ${workers}`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(timeoutMs >= 0)) throw new RangeError(`timeoutMs must be >= 0, got ${timeoutMs}`);
  const groupSize = options.groupSize ?? DEFAULT_GROUP_SIZE;
  if (!Number.isInteger(groupSize) || groupSize < 1) throw new RangeError(`groupSize must be a positive integer, got ${groupSize}`);
  const format = options.format ?? 'objects';
  const extractModule = extractModuleSpecifier(options.extractModule);
  const location = locateWorker(extractModule);
  const startTimes = new SharedArrayBuffer(workers * BigInt64Array.BYTES_PER_ELEMENT);
  const starts = new BigInt64Array(startTimes);
  const setup: WorkerSetup = { extractModule, startTimes, format };
  const piscina = new Piscina<WorkerTask | PingTask, readonly WorkerReply[] | typeof READY>({
    filename: location.filename,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 2 ** 31 - 1,
    execArgv: [...location.execArgv],
    workerData: setup,
    ...(options.workerMemoryMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: options.workerMemoryMb } } : {}),
  });
  piscina.on('error', () => {
    // A worker that dies between tasks: piscina replaces it; nothing to report per document.
  });

  const running: (Running | undefined)[] = new Array(workers).fill(undefined);
  let watchdog: NodeJS.Timeout | undefined;
  if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
    // The worker stamps the start of each group in shared memory, so the limit counts the
    // group's own time, not a queue wait or a replacement worker's start-up.
    watchdog = setInterval(
      () => {
        const now = BigInt(Date.now());
        running.forEach((task, slot) => {
          const started = Atomics.load(starts, slot);
          if (task !== undefined && started > 0n && now - started > task.limit) task.controller.abort(TIMED_OUT);
        });
      },
      Math.min(250, Math.max(5, Math.floor(timeoutMs / 20))),
    );
    watchdog.unref();
  }

  let readyPromise: Promise<void> | undefined;
  const ready = () =>
    (readyPromise ??= Promise.all(Array.from({ length: workers }, () => piscina.run({ ping: true }))).then(
      () => undefined,
      (error: unknown) => {
        throw new Error(`batch workers failed to start (${extractModule}): ${(error as Error)?.message ?? String(error)}`, { cause: error });
      },
    ));

  const recordOf = (id: string, error: BatchError): WorkerReply => {
    const record: BatchResult = { id, ok: false, error };
    return format === 'lines' ? toLine(record) : record;
  };
  // One task on the worker of `slot`: its records, or why the worker died or was stopped.
  const runTask = (inputs: readonly RunnableInput[], slot: number): Promise<{ replies: readonly WorkerReply[] } | { failure: BatchError }> => {
    const controller = new AbortController();
    Atomics.store(starts, slot, 0n);
    running[slot] = { controller, limit: BigInt(timeoutMs) * BigInt(inputs.length) };
    const task: WorkerTask = { slot, docs: inputs.map(workerDocument) };
    return piscina.run(task, { signal: controller.signal }).then(
      (replies) => {
        running[slot] = undefined;
        return { replies: replies as readonly WorkerReply[] };
      },
      (error: unknown) => {
        running[slot] = undefined;
        return { failure: failureOf(error, controller.signal, timeoutMs * inputs.length) };
      },
    );
  };
  const workerDocument = (input: RunnableInput): WorkerDocument => {
    const referenceDate = input.referenceDate ?? options.referenceDate;
    return {
      id: input.id,
      ...('bytes' in input ? { bytes: input.bytes } : { text: input.text }),
      ...(referenceDate !== undefined ? { referenceDate } : {}),
      ...(options.maxInputLength !== undefined ? { maxInputLength: options.maxInputLength } : {}),
    };
  };
  const dispatch: Dispatch<WorkerReply> = async (inputs, slot) => {
    const group = await runTask(inputs, slot);
    if ('replies' in group) return group.replies;
    if (inputs.length === 1) return [recordOf(inputs[0]!.id, group.failure)];
    // The group timed out, crashed or ran out of memory: run each document alone (on the
    // replacement worker) to find the one at fault; the others get their facts.
    const alone: WorkerReply[] = [];
    for (const input of inputs) {
      const one = await runTask([input], slot);
      alone.push('replies' in one ? one.replies[0]! : recordOf(input.id, one.failure));
    }
    return alone;
  };

  const run = <T extends WorkerReply>(source: BatchSource, runOptions: RunOptions, wanted: 'objects' | 'lines') => {
    if (wanted !== format) throw new Error(`this pool was created with format "${format}"; use ${format === 'lines' ? 'extractLines' : 'extractMany'}`);
    return schedule<WorkerReply>({ source, workers, groupSize, ordered: runOptions.ordered ?? false, ready, dispatch, failed: recordOf }) as AsyncGenerator<T>;
  };

  return {
    workers,
    groupSize,
    ready,
    extractMany: (source, runOptions = {}) => run<BatchResult>(source, runOptions, 'objects'),
    extractLines: (source, runOptions = {}) => run<BatchLine>(source, runOptions, 'lines'),
    async close() {
      if (watchdog !== undefined) clearInterval(watchdog);
      for (const task of running) task?.controller.abort();
      await piscina.destroy();
    },
  };
}

function failureOf(error: unknown, signal: AbortSignal, limitMs: number): BatchError {
  if (signal.aborted && signal.reason === TIMED_OUT) {
    return { code: 'timeout', message: `no result within ${limitMs} ms; the worker was stopped and replaced` };
  }
  const e = error as { code?: unknown; message?: unknown } | undefined;
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { code: 'out-of-memory', message: `the worker ran out of memory on this document and was replaced (${String(e.message)})` };
  return { code: 'worker-crashed', message: `the worker died on this document and was replaced: ${String(e?.message ?? error)}` };
}

/**
 * Extracts facts from many documents over a pool of worker threads and yields one record per
 * input: `{ id, ok: true, facts }` or `{ id, ok: false, error: { code, message } }`. Reads at
 * most 2 × `workers` × `groupSize` inputs ahead of what the consumer has taken (constant
 * memory on an endless source). Results come as they complete unless `ordered: true`.
 *
 * @example
 * for await (const r of extractMany(docs, { workers: 2, timeoutMs: 10_000 })) {
 *   if (r.ok) console.log(r.id, r.facts.event?.name);
 *   else console.error(r.id, r.error.code);
 * }
 */
export async function* extractMany(source: BatchSource, options: BatchPoolOptions & RunOptions = {}): AsyncGenerator<BatchResult> {
  const { ordered, ...poolOptions } = options;
  const pool = createBatchPool({ ...poolOptions, format: 'objects' });
  try {
    yield* pool.extractMany(source, ordered === undefined ? {} : { ordered });
  } finally {
    await pool.close();
  }
}
