import type { BatchError, BatchInput } from './types.js';

/** An input that goes to a worker (one that arrives already failed does not). */
export type RunnableInput = Exclude<BatchInput, { error: BatchError }>;

/** Starts a group of documents on a free worker slot; resolves to one reply per document, in order (never rejects). */
export type Dispatch<R> = (inputs: readonly RunnableInput[], slot: number) => Promise<readonly R[]>;

export interface ScheduleOptions<R> {
  readonly source: AsyncIterable<BatchInput> | Iterable<BatchInput>;
  readonly workers: number;
  /** Most documents in one group. */
  readonly groupSize: number;
  readonly ordered: boolean;
  readonly ready: () => Promise<void>;
  readonly dispatch: Dispatch<R>;
  /** The reply for an input that arrives already failed. */
  readonly failed: (id: string, error: BatchError) => R;
}

/** A group closes at this many characters (or bytes) even if it has room for more documents: big documents gain nothing from a group and would only make its memory and retries dearer. */
const GROUP_CHARS = 256 * 1024;
/** How long a group that is not full waits for more input while a worker is free (a slow source such as a pipe). */
const LINGER_MS = 10;

const weight = (input: RunnableInput) => ('bytes' in input ? input.bytes.length : input.text.length);

/**
 * The batch loop. Invariants: at most `workers` groups run (one per slot, so a group never
 * waits in the pool's queue while its time limit runs); at most `2 × workers × groupSize`
 * inputs are read and not yet yielded (backpressure: a slow consumer stops the reading); the
 * source is pulled one item at a time. A group is sent when it is full (`groupSize` documents
 * or {@link GROUP_CHARS}), or, with a worker free, when no more input can come (end of the
 * source, a full window) or none came for {@link LINGER_MS}; at the end of the source the last
 * documents are shared among the free workers.
 */
export async function* schedule<R>(options: ScheduleOptions<R>): AsyncGenerator<R> {
  const { workers, groupSize, ordered, dispatch, failed } = options;
  const window = workers * 2 * groupSize;
  await options.ready();
  const iterator = asyncIterator(options.source);
  const waiting: { seq: number; input: RunnableInput }[] = [];
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
  let lingerTimer: NodeJS.Timeout | undefined;
  let lingered = false;

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
  // How many waiting documents to send as the next group now (0: wait for more).
  const nextGroupSize = (): number => {
    let size = 0;
    let chars = 0;
    while (size < waiting.length && size < groupSize && (size === 0 || chars + weight(waiting[size]!.input) <= GROUP_CHARS)) {
      chars += weight(waiting[size]!.input);
      size++;
    }
    if (sourceDone) return Math.min(size, Math.ceil(waiting.length / freeSlots.length));
    if (size < waiting.length || size === groupSize) return size;
    return outstanding >= window || lingered ? size : 0;
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
        const size = nextGroupSize();
        if (size === 0) break;
        const group = waiting.splice(0, size);
        const slot = freeSlots.pop()!;
        clearTimeout(lingerTimer);
        lingerTimer = undefined;
        lingered = false;
        void dispatch(
          group.map((g) => g.input),
          slot,
        ).then((replies) => {
          freeSlots.push(slot);
          if (!closed) for (const [i, reply] of replies.entries()) complete(group[i]!.seq, reply);
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
      if (changed || yielded) continue;
      if (freeSlots.length > 0 && waiting.length > 0 && lingerTimer === undefined && !lingered) {
        lingerTimer = setTimeout(() => {
          lingerTimer = undefined;
          lingered = true;
          notify();
        }, LINGER_MS);
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closed = true;
    clearTimeout(lingerTimer);
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
