import { describe, expect, it } from 'vitest';
import { createBatchPool, extractMany, type BatchInput, type BatchResult } from '../src/index.js';

const fake = new URL('./support/fake-extract.ts', import.meta.url);

const byId = (results: readonly BatchResult[]) => new Map(results.map((r) => [r.id, r]));

async function collect(source: Iterable<BatchInput> | AsyncIterable<BatchInput>, options: Parameters<typeof extractMany>[1]) {
  const results: BatchResult[] = [];
  for await (const r of extractMany(source, { extractModule: fake, ...options })) results.push(r);
  return results;
}

describe('extractMany', () => {
  it('turns every misbehaving document into its own error record and leaves the others alone', async () => {
    const inputs: BatchInput[] = [
      { id: 'a', text: 'alpha' },
      { id: 'loop', text: 'LOOP forever' },
      { id: 'exit', text: 'EXIT now' },
      { id: 'b', text: 'beta', referenceDate: '2025-06-18' },
      { id: 'throw', text: 'THROW please' },
      { id: 'binary', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x41]) },
      { id: 'nul-text', text: 'abc\u0000def' },
      { id: 'latin1', bytes: Uint8Array.from([0x43, 0x61, 0x66, 0xe9]) },
      { id: 'pre-failed', error: { code: 'invalid-json', message: 'not JSON' } },
      { id: 'too-long', text: 'x'.repeat(101) },
      { id: 'oom', text: 'ALLOC' },
      { id: 'empty', text: '' },
      { id: 'c', text: 'gamma' },
    ];
    const results = await collect(inputs, { workers: 2, timeoutMs: 1_000, maxInputLength: 100, workerMemoryMb: 64, referenceDate: '2024-01-01' });
    expect(results).toHaveLength(inputs.length);
    const r = byId(results);
    expect(new Set(results.map((x) => x.id)).size).toBe(inputs.length);
    const code = (id: string) => {
      const x = r.get(id);
      return x?.ok === false ? x.error.code : x?.ok;
    };
    expect(code('loop')).toBe('timeout');
    expect(code('exit')).toBe('worker-crashed');
    expect(code('throw')).toBe('extract-failed');
    expect(code('binary')).toBe('binary-input');
    expect(code('nul-text')).toBe('binary-input');
    expect(code('pre-failed')).toBe('invalid-json');
    expect(code('too-long')).toBe('input-too-large');
    expect(code('oom')).toBe('out-of-memory');
    for (const id of ['a', 'b', 'c', 'empty', 'latin1']) expect(code(id)).toBe(true);
    const b = r.get('b');
    // The document's own reference date wins over the batch default.
    expect(b?.ok && b.facts.topics).toEqual(['2025-06-18']);
    const a = r.get('a');
    expect(a?.ok && a.facts.topics).toEqual(['2024-01-01']);
    expect(a?.ok && a.facts.document.id).toBe('a');
    const latin1 = r.get('latin1');
    expect(latin1?.ok && latin1.facts.document.headline).toBe('Caf\uFFFD');
    expect(latin1?.ok && latin1.facts.diagnostics.map((d) => [d.level, d.code])).toEqual([['warning', 'invalid-utf8']]);
    expect(a?.ok && a.facts.diagnostics).toEqual([]);
    const timeout = r.get('loop');
    expect(timeout?.ok === false && timeout.error.message).toBe('no result within 1000 ms; the worker was stopped and replaced');
  });

  it('yields as documents complete by default, and in input order with ordered: true (one document per task)', async () => {
    const inputs: BatchInput[] = [
      { id: 'slow', text: 'SLEEP 600' },
      { id: 'f1', text: 'fast' },
      { id: 'f2', text: 'fast' },
      { id: 'f3', text: 'fast' },
    ];
    // Groups of 1: in a group, the fast documents of the slow one's group would complete with it.
    const pool = createBatchPool({ workers: 2, groupSize: 1, extractModule: fake });
    try {
      expect([pool.workers, pool.groupSize]).toEqual([2, 1]);
      const unordered: string[] = [];
      for await (const r of pool.extractMany(inputs)) unordered.push(r.id);
      expect(unordered.slice(0, 3).sort()).toEqual(['f1', 'f2', 'f3']);
      expect(unordered[3]).toBe('slow');
      const ordered: string[] = [];
      for await (const r of pool.extractMany(inputs, { ordered: true })) ordered.push(r.id);
      expect(ordered).toEqual(['slow', 'f1', 'f2', 'f3']);
    } finally {
      await pool.close();
    }
  });

  it('counts the time limit from when a worker starts the document, not from a queue or a worker restart', async () => {
    // One worker: the second and third documents wait for the first, and after the timeout
    // they run on a new worker that first has to load; neither wait may count against them.
    const results = await collect(
      [
        { id: 'runaway', text: 'LOOP' },
        { id: 'slowish-1', text: 'SPIN 250' },
        { id: 'slowish-2', text: 'SPIN 250' },
      ],
      { workers: 1, timeoutMs: 400, ordered: true },
    );
    expect(results.map((r) => [r.id, r.ok ? 'ok' : r.error.code])).toEqual([
      ['runaway', 'timeout'],
      ['slowish-1', 'ok'],
      ['slowish-2', 'ok'],
    ]);
  });

  it.each([1, 4])('never reads more than 2 × workers × groupSize inputs ahead of the consumer (backpressure), groups of %i', async (groupSize) => {
    let pulled = 0;
    let taken = 0;
    let maxAhead = 0;
    function* endless(): Generator<BatchInput> {
      for (let i = 0; ; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - taken);
        yield { id: `d${i}`, text: 'doc' };
      }
    }
    for await (const r of extractMany(endless(), { workers: 2, groupSize, extractModule: fake })) {
      taken++;
      expect(r.ok).toBe(true);
      if (taken % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 5)); // a slow consumer
      if (taken === 300) break;
    }
    expect(taken).toBe(300);
    // The generator counts a pull before the scheduler admits it: +1 for the read in flight.
    expect(maxAhead).toBeLessThanOrEqual(2 * 2 * groupSize + 1);
    expect(maxAhead).toBeGreaterThanOrEqual(2 * groupSize);
  });

  it('keeps memory flat over a long stream: RSS after 2,000 documents is close to RSS after 500', async () => {
    const text = `${'A summit release paragraph with enough words to weigh something. '.repeat(80)}`;
    function* endless(): Generator<BatchInput> {
      for (let i = 0; ; i++) yield { id: `doc-${i}`, text: `${i} ${text}` };
    }
    let n = 0;
    let rssAt500 = 0;
    let rssAt2000 = 0;
    for await (const r of extractMany(endless(), { workers: 2, extractModule: fake })) {
      expect(r.ok).toBe(true);
      n++;
      if (n === 500) rssAt500 = process.memoryUsage().rss;
      if (n === 2000) {
        rssAt2000 = process.memoryUsage().rss;
        break;
      }
    }
    const growthMb = (rssAt2000 - rssAt500) / 2 ** 20;
    expect(growthMb).toBeLessThan(40);
  });

  it('rejects bad pool options and a module without extract up front', async () => {
    expect(() => createBatchPool({ workers: 0 })).toThrow('workers must be a positive integer, got 0');
    expect(() => createBatchPool({ groupSize: 0 })).toThrow('groupSize must be a positive integer, got 0');
    expect(() => createBatchPool({ groupSize: 2.5 })).toThrow('groupSize must be a positive integer, got 2.5');
    const byDefault = createBatchPool({ workers: 1, extractModule: fake });
    expect(byDefault.groupSize).toBe(8);
    await byDefault.close();
    const results = extractMany([{ id: 'a', text: 'x' }], { workers: 1, extractModule: new URL('./support/no-extract.ts', import.meta.url) });
    await expect(results.next()).rejects.toThrow(/batch workers failed to start .*no-extract\.ts.*exports no extract function/);
  });
});
