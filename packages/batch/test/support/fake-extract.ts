// A stand-in for `pressfacts` extract in batch tests: fast, deterministic, and able to
// misbehave on demand (the text says how), so the pool's failure handling can be tested
// without depending on the real pipeline.
import type { SummitFacts } from '@pressfacts/schema';

class PressfactsError extends Error {
  override readonly name = 'PressfactsError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const loadedAt = Date.now();

export function extract(text: string, options: { id?: string; referenceDate?: string; maxInputLength?: number } = {}): SummitFacts {
  if (text.length > (options.maxInputLength ?? 2_000_000)) throw new PressfactsError('input-too-large', `input is ${text.length} characters`);
  if (text.startsWith('LOOP')) for (;;);
  if (text.startsWith('EXIT')) process.exit(7);
  if (text.startsWith('THROW')) throw new TypeError('boom');
  if (text.startsWith('ASYNC-CRASH')) setImmediate(() => { throw new Error('async boom'); });
  if (text.startsWith('ALLOC')) {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1_000_000).fill(1));
  }
  const sleep = /^SLEEP (\d+)/.exec(text);
  if (sleep) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(sleep[1]));
  const spin = /^SPIN (\d+)/.exec(text);
  if (spin) {
    const end = Date.now() + Number(spin[1]);
    while (Date.now() < end);
  }
  return {
    schemaVersion: '1',
    document: { id: options.id ?? 'x', publisher: null, wire: null, dateline: null, headline: text.slice(0, 40) || null },
    event: null,
    participants: [],
    people: [],
    organizations: [],
    places: [],
    agreements: [],
    figures: [],
    quotes: [],
    timeline: [],
    commitments: [],
    topics: options.referenceDate === undefined ? [] : [options.referenceDate],
    diagnostics: [],
  };
}
