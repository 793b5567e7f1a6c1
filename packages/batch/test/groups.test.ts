import { describe, expect, it } from 'vitest';
import { extractMany, type BatchInput, type BatchResult } from '../src/index.js';

// A module with `extractAll` (tags each record it makes with 'group of N') and one without.
const grouped = new URL('./support/grouped-extract.ts', import.meta.url);
const plain = new URL('./support/fake-extract.ts', import.meta.url);

async function collect(source: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: Parameters<typeof extractMany>[1]) {
  const results: BatchResult[] = [];
  for await (const r of extractMany(source, { extractModule: grouped, ordered: true, ...options })) results.push(r);
  return results;
}

/** id -> 'group of N' (ran through extractAll), 'alone' (extract), or the error code. */
const how = (results: readonly BatchResult[]) =>
  Object.fromEntries(results.map((r) => [r.id, r.ok ? (r.facts.topics.find((t) => t.startsWith('group of')) ?? 'alone') : r.error.code]));

const docs = (...texts: string[]): BatchInput[] => texts.map((text, i) => ({ id: `d${i}`, text }));

describe('extractMany in groups', () => {
  it("sends groups of groupSize documents to the module's extractAll, and shares the last ones among the free workers", async () => {
    const results = await collect(docs(...Array.from({ length: 20 }, (_, i) => `doc ${i}`)), { workers: 2, groupSize: 8 });
    expect(results.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => `d${i}`));
    const sizes = Object.values(how(results));
    expect(sizes.filter((s) => s === 'group of 8')).toHaveLength(16);
    // The source ended with 4 waiting and at most 2 workers free: two groups of 2 or one of 4.
    expect(sizes.slice(16).every((s) => s === 'group of 2') || sizes.slice(16).every((s) => s === 'group of 4')).toBe(true);
    const small = await collect(docs('a', 'b', 'c', 'd'), { workers: 2, groupSize: 8 });
    expect(how(small)).toEqual({ d0: 'group of 2', d1: 'group of 2', d2: 'group of 2', d3: 'group of 2' });
  });

  it('runs a group of 1 through extract, as before groups', async () => {
    expect(how(await collect(docs('a', 'b', 'c'), { workers: 1, groupSize: 1 }))).toEqual({ d0: 'alone', d1: 'alone', d2: 'alone' });
  });

  // A long limit except for the runaway: filling a 64 MB heap can take a while on a busy machine.
  it.each([
    ['LOOP', 'timeout', 300],
    ['EXIT', 'worker-crashed', 20_000],
    ['ALLOC', 'out-of-memory', 20_000],
    ['THROW', 'extract-failed', 20_000],
  ])('gives only the document that does %s in the middle of a group an error record (%s); the others are run again alone', async (bad, code, timeoutMs) => {
    const results = await collect(docs('a', 'b', `${bad} here`, 'c', 'd'), { workers: 1, groupSize: 5, timeoutMs, workerMemoryMb: 64 });
    expect(how(results)).toEqual({ d0: 'alone', d1: 'alone', d2: code, d3: 'alone', d4: 'alone' });
    const failure = results[2];
    // Alone, the document had its own limit, not the group's.
    if (code === 'timeout') expect(failure?.ok === false && failure.error.message).toBe('no result within 300 ms; the worker was stopped and replaced');
    if (code === 'extract-failed') expect(failure?.ok === false && failure.error.message).toBe('TypeError: boom');
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.facts.document.headline)).toEqual(['a', 'b', 'c', 'd']);
  }, 30_000);

  it('keeps a refused or binary document in its place without breaking up the group', async () => {
    const inputs: BatchInput[] = [
      { id: 'a', text: 'alpha' },
      { id: 'too-long', text: 'x'.repeat(101) },
      { id: 'binary', bytes: Uint8Array.from([0x50, 0x4b, 0x00]) },
      { id: 'latin1', bytes: Uint8Array.from([0x43, 0x61, 0x66, 0xe9]) },
      { id: 'b', text: 'beta', referenceDate: '2025-06-18' },
    ];
    const results = await collect(inputs, { workers: 1, groupSize: 5, maxInputLength: 100, referenceDate: '2024-01-01' });
    // Four documents decoded (not the binary one) went through extractAll together.
    expect(how(results)).toEqual({ a: 'group of 4', 'too-long': 'input-too-large', binary: 'binary-input', latin1: 'group of 4', b: 'group of 4' });
    const [a, , , latin1, b] = results;
    expect(a?.ok && a.facts.topics).toEqual(['2024-01-01', 'group of 4']);
    expect(b?.ok && b.facts.topics).toEqual(['2025-06-18', 'group of 4']);
    expect(latin1?.ok && latin1.facts.diagnostics.map((d) => d.code)).toEqual(['invalid-utf8']);
  });

  it('gives a group timeoutMs × its documents: slow documents each under the limit pass together', async () => {
    const results = await collect(docs('SPIN 200', 'SPIN 200', 'SPIN 200', 'SPIN 200'), { workers: 1, groupSize: 4, timeoutMs: 300 });
    expect(how(results)).toEqual({ d0: 'group of 4', d1: 'group of 4', d2: 'group of 4', d3: 'group of 4' });
  });

  it('runs groups with a module that has only extract, document by document', async () => {
    const results = await collect(docs('a', 'THROW', 'c'), { workers: 1, groupSize: 3, extractModule: plain });
    expect(how(results)).toEqual({ d0: 'alone', d1: 'extract-failed', d2: 'alone' });
  });

  it('does not wait for a full group when the source is slow (a pipe): a free worker takes what has come', async () => {
    let received!: () => void;
    const firstReceived = new Promise<void>((resolve) => (received = resolve));
    async function* slow(): AsyncGenerator<BatchInput> {
      yield { id: 'first', text: 'one' };
      await firstReceived; // the next input comes only once the first record is out
      yield { id: 'second', text: 'two' };
    }
    const ids: string[] = [];
    for await (const r of extractMany(slow(), { workers: 1, groupSize: 8, extractModule: grouped })) {
      ids.push(r.id);
      received();
    }
    expect(ids).toEqual(['first', 'second']);
  });
});
