import type { BatchError, BatchInput } from './types.js';

/** Starts one document on a free worker slot; resolves to its reply (never rejects). */
export type Dispatch<R> = (input: Exclude<BatchInput, { error: BatchError }>, slot: number) => Promise<R>;

export interface ScheduleOptions<R> {
  readonly source: AsyncIterable<BatchInput> | Iterable<BatchInput>;
  readonly workers: number;
  readonly ordered: boolean;
  readonly ready: () => Promise<void>;
  readonly dispatch: Dispatch<R>;
  /** The reply for an input that arrives already failed. */
  readonly failed: (id: string, error: BatchError) => R;
}

/**
 * The batch loop. Invariants: at most `workers` documents run (one per slot, so a document
 * never waits in the pool's queue while its time limit runs); at most `2 × workers` inputs are
 * read and not yet yielded (backpressure: a slow consumer stops the reading); the source is
 * pulled one item at a time.
 */
export async function* schedule<R>(options: ScheduleOptions<R>): AsyncGenerator<R> {
  const { workers, ordered, dispatch, failed } = options;
  const window = workers * 2;
  await options.ready();
  const iterator = asyncIterator(options.source);
  const waiting: { seq: number; input: Exclude<BatchInput, { error: BatchError }> }[] = [];
  const finishedInOrder = new Map<number, R>();
  const finished: R[] = [];
  const freeSlots = Array.from({ length: workers }, (_, i) => workers - 1 - i);
  let nextSeq = 0;
  let nextOut = 0;
  let outstanding = 0;
  let sourceDone = false;
  let pulling = false;
  let sourceError: { error: unknown } | undefined;
  let changed = false;
  let wake: (() => void) | undefined;
  let closed = false;

  const notify = () => {
    changed = true;
    const w = wake;
    wake = undefined;
    w?.();
  };
  const complete = (seq: number, reply: R) => {
    if (ordered) finishedInOrder.set(seq, reply);
    else finished.push(reply);
    notify();
  };
  const admit = (input: BatchInput) => {
    const seq = nextSeq++;
    outstanding++;
    if ('error' in input) complete(seq, failed(input.id, input.error));
    else waiting.push({ seq, input });
  };
  const pull = () => {
    pulling = true;
    iterator.next().then(
      (step) => {
        pulling = false;
        if (closed) return;
        if (step.done) sourceDone = true;
        else admit(step.value);
        notify();
      },
      (error: unknown) => {
        pulling = false;
        sourceDone = true;
        sourceError = { error };
        notify();
      },
    );
  };

  try {
    for (;;) {
      changed = false;
      if (sourceError !== undefined) throw sourceError.error;
      while (freeSlots.length > 0 && waiting.length > 0) {
        const { seq, input } = waiting.shift()!;
        const slot = freeSlots.pop()!;
        void dispatch(input, slot).then((reply) => {
          freeSlots.push(slot);
          if (!closed) complete(seq, reply);
        });
      }
      if (!sourceDone && !pulling && outstanding < window) pull();
      let yielded = false;
      if (ordered) {
        while (finishedInOrder.has(nextOut)) {
          const reply = finishedInOrder.get(nextOut)!;
          finishedInOrder.delete(nextOut++);
          outstanding--;
          yielded = true;
          yield reply;
        }
      } else {
        while (finished.length > 0) {
          outstanding--;
          yielded = true;
          yield finished.shift()!;
        }
      }
      if (sourceDone && !pulling && outstanding === 0) return;
      // Yielding made room in the window: go round again to pull before waiting.
      if (!changed && !yielded) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closed = true;
    // Close the source (files, streams) unless a read is still pending on it (an endless stdin).
    if (!sourceDone && !pulling) await iterator.return?.();
  }
}

function asyncIterator<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const it = source[Symbol.iterator]();
  return {
    next: async () => it.next(),
    return: async () => it.return?.() ?? { done: true, value: undefined },
  };
}
