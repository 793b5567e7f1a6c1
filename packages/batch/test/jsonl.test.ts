import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseJsonlRecord } from '../src/index.js';
import { readJsonl } from '../src/jsonl.js';

describe('parseJsonlRecord', () => {
  it('reads id, text and referenceDate', () => {
    expect(parseJsonlRecord('{"id":"a","text":"Hello","referenceDate":"2025-06-18"}', 'f:1')).toEqual({ id: 'a', text: 'Hello', referenceDate: '2025-06-18' });
    expect(parseJsonlRecord('{"id":7,"text":""}', 'f:2')).toEqual({ id: '7', text: '' });
    expect(parseJsonlRecord('{"text":"no id"}', 'f:3')).toEqual({ id: 'f:3', text: 'no id' });
    expect(parseJsonlRecord('{"id":"","text":"empty id","referenceDate":null}', 'f:4')).toEqual({ id: 'f:4', text: 'empty id' });
  });

  it('turns a bad line into an error record named after the line, never a throw', () => {
    expect(parseJsonlRecord('{"id":"a","text":"unterminated', 'in.jsonl:5')).toMatchObject({ id: 'in.jsonl:5', error: { code: 'invalid-json' } });
    expect(parseJsonlRecord('[1,2]', 'in.jsonl:6')).toMatchObject({ id: 'in.jsonl:6', error: { code: 'invalid-record' } });
    expect(parseJsonlRecord('"text"', 'in.jsonl:7')).toMatchObject({ id: 'in.jsonl:7', error: { code: 'invalid-record' } });
    expect(parseJsonlRecord('null', 'in.jsonl:8')).toMatchObject({ id: 'in.jsonl:8', error: { code: 'invalid-record' } });
    expect(parseJsonlRecord('{"id":"b","text":42}', 'in.jsonl:9')).toEqual({ id: 'b', error: { code: 'invalid-record', message: 'the record has no "text" string' } });
    expect(parseJsonlRecord('{"id":"c","text":"x","referenceDate":20250618}', 'in.jsonl:10')).toMatchObject({ id: 'c', error: { code: 'invalid-record' } });
  });

  it('does not let __proto__ or constructor keys pollute prototypes', () => {
    const lines = [
      '{"__proto__":{"polluted":"yes","text":"inherited"},"id":"p1"}',
      '{"id":"p2","text":"t","constructor":{"prototype":{"polluted":"yes"}}}',
      '{"id":"__proto__","text":"an id like any other"}',
      '{"id":"p4","__proto__":{"id":"other"},"text":"own text"}',
    ];
    const parsed = lines.map((l, i) => parseJsonlRecord(l, `f:${i + 1}`));
    expect(parsed).toEqual([
      { id: 'p1', error: { code: 'invalid-record', message: 'the record has no "text" string' } },
      { id: 'p2', text: 't' },
      { id: '__proto__', text: 'an id like any other' },
      { id: 'p4', text: 'own text' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed[3])).toBe(Object.prototype);
  });
});

describe('readJsonl', () => {
  it('numbers lines from 1, skips blank lines and ids to resume past', async () => {
    const stream = Readable.from(['{"id":"a","text":"1"}\n\n{bad\r\n', '{"id":"b","text":"2"}\n{"id":"c","text":"3"}']);
    const got = [];
    for await (const input of readJsonl(stream, 'stdin', new Set(['b']))) got.push(input);
    expect(got).toEqual([
      { id: 'a', text: '1' },
      { id: 'stdin:3', error: { code: 'invalid-json', message: expect.stringMatching(/^not JSON: /) } },
      { id: 'c', text: '3' },
    ]);
  });
});
