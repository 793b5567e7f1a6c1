import { createInterface } from 'node:readline';
import type { BatchInput } from './types.js';

/**
 * Reads one JSONL input line `{ "id"?, "text", "referenceDate"? }`. A line that is not JSON
 * or not such a record becomes an error input with `fallbackId` (file and line number), never
 * an exception. Only own properties are read and the parsed object is never merged into
 * anything, so `__proto__` / `constructor` keys cannot pollute prototypes.
 *
 * @example
 * parseJsonlRecord('{"id":"a","text":"…"}', 'in.jsonl:1'); // { id: 'a', text: '…' }
 * parseJsonlRecord('{oops', 'in.jsonl:2'); // { id: 'in.jsonl:2', error: { code: 'invalid-json', … } }
 */
export function parseJsonlRecord(line: string, fallbackId: string): BatchInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: fallbackId, error: { code: 'invalid-json', message: `not JSON: ${(error as Error).message}` } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallbackId, error: { code: 'invalid-record', message: 'a line must be a JSON object { "id", "text", "referenceDate"? }' } };
  }
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const rawId = own('id');
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : fallbackId;
  const text = own('text');
  if (typeof text !== 'string') return { id, error: { code: 'invalid-record', message: 'the record has no "text" string' } };
  const referenceDate = own('referenceDate');
  if (referenceDate === undefined || referenceDate === null) return { id, text };
  if (typeof referenceDate !== 'string') return { id, error: { code: 'invalid-record', message: '"referenceDate" must be a YYYY-MM-DD string' } };
  return { id, text, referenceDate };
}

/**
 * Reads JSONL from a stream, one input per non-blank line; `label` names the source in the
 * fallback ids (`label:lineNumber`). Lines in `skip` (by id) are left out.
 */
export async function* readJsonl(stream: NodeJS.ReadableStream, label: string, skip?: ReadonlySet<string>): AsyncGenerator<BatchInput> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      const input = parseJsonlRecord(line, `${label}:${n}`);
      if (skip?.has(input.id)) continue;
      yield input;
    }
  } finally {
    lines.close();
  }
}
