import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { extractModuleSpecifier, locateWorker } from './worker-location.js';
import { READY, toLine, type BatchLine, type PingTask, type WorkerReply, type WorkerSetup, type WorkerTask } from './protocol.js';
import { schedule, type Dispatch } from './schedule.js';
import type { BatchError, BatchInput, BatchResult } from './types.js';

/** Options of {@link createBatchPool} and {@link extractMany}. */
export interface BatchPoolOptions {
  /** Worker threads (default: `os.availableParallelism()`). Each loads the models once. */
  readonly workers?: number;
  /** Per-document time limit in ms, counted from when a worker starts the document (default 30,000; 0 = none). */
  readonly timeoutMs?: number;
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
   * holds back the others. `true`: in input order (a slow document then delays the output,
   * never the reading window: still at most 2 × workers documents are read ahead).
   */
  readonly ordered?: boolean;
}

/** A pool of extraction workers that runs any number of batches; close it when done. */
export interface BatchPool {
  readonly workers: number;
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

interface Running {
  readonly controller: AbortController;
}

/**
 * Starts a pool of worker threads (piscina) that extract facts from documents, each worker
 * loading the models once. A worker that crashes, runs out of memory or passes the time
 * limit is replaced, and only its document gets an error record.
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
  const format = options.format ?? 'objects';
  const extractModule = extractModuleSpecifier(options.extractModule);
  const location = locateWorker(extractModule);
  const startTimes = new SharedArrayBuffer(workers * BigInt64Array.BYTES_PER_ELEMENT);
  const starts = new BigInt64Array(startTimes);
  const setup: WorkerSetup = { extractModule, startTimes, format };
  const piscina = new Piscina<WorkerTask | PingTask, WorkerReply | typeof READY>({
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
    // The worker stamps the start of each document in shared memory, so the limit counts
    // the document's own time, not a queue wait or a replacement worker's start-up.
    watchdog = setInterval(
      () => {
        const now = BigInt(Date.now());
        running.forEach((task, slot) => {
          const started = Atomics.load(starts, slot);
          if (task !== undefined && started > 0n && now - started > BigInt(timeoutMs)) task.controller.abort(TIMED_OUT);
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

  const dispatch: Dispatch<WorkerReply> = (input, slot) => {
    const controller = new AbortController();
    Atomics.store(starts, slot, 0n);
    running[slot] = { controller };
    const task: WorkerTask = {
      slot,
      id: input.id,
      ...('bytes' in input ? { bytes: input.bytes } : { text: input.text }),
      ...((input.referenceDate ?? options.referenceDate) !== undefined ? { referenceDate: (input.referenceDate ?? options.referenceDate)! } : {}),
      ...(options.maxInputLength !== undefined ? { maxInputLength: options.maxInputLength } : {}),
    };
    return piscina.run(task, { signal: controller.signal }).then(
      (reply) => {
        running[slot] = undefined;
        return reply as WorkerReply;
      },
      (error: unknown) => {
        running[slot] = undefined;
        const failure = failureOf(error, controller.signal, timeoutMs);
        const record: BatchResult = { id: input.id, ok: false, error: failure };
        return format === 'lines' ? toLine(record) : record;
      },
    );
  };

  const run = <T extends WorkerReply>(source: BatchSource, runOptions: RunOptions, wanted: 'objects' | 'lines') => {
    if (wanted !== format) throw new Error(`this pool was created with format "${format}"; use ${format === 'lines' ? 'extractLines' : 'extractMany'}`);
    const failed = (id: string, error: BatchError): WorkerReply => {
      const record: BatchResult = { id, ok: false, error };
      return format === 'lines' ? toLine(record) : record;
    };
    return schedule<WorkerReply>({ source, workers, ordered: runOptions.ordered ?? false, ready, dispatch, failed }) as AsyncGenerator<T>;
  };

  return {
    workers,
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

function failureOf(error: unknown, signal: AbortSignal, timeoutMs: number): BatchError {
  if (signal.aborted && signal.reason === TIMED_OUT) {
    return { code: 'timeout', message: `no result within ${timeoutMs} ms; the worker was stopped and replaced` };
  }
  const e = error as { code?: unknown; message?: unknown } | undefined;
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { code: 'out-of-memory', message: `the worker ran out of memory on this document and was replaced (${String(e.message)})` };
  return { code: 'worker-crashed', message: `the worker died on this document and was replaced: ${String(e?.message ?? error)}` };
}

/**
 * Extracts facts from many documents over a pool of worker threads and yields one record per
 * input: `{ id, ok: true, facts }` or `{ id, ok: false, error: { code, message } }`. Reads at
 * most 2 × `workers` inputs ahead of what the consumer has taken (constant memory on an
 * endless source). Results come as they complete unless `ordered: true`.
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
