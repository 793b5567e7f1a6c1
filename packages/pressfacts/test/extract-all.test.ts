import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractAll, PressfactsError, type ExtractResult } from 'pressfacts';

const root = join(import.meta.dirname, '../../../fixtures');
const releases = readdirSync(join(root, 'tune'))
  .map((name) => join(root, 'tune', name, 'input.txt'))
  .filter((path) => existsSync(path))
  .slice(0, 11)
  .map((path) => readFileSync(path, 'utf8'));

function factsOrCode(results: readonly ExtractResult[]): unknown[] {
  return results.map((r) => (r.ok ? r.facts : (r.error as PressfactsError).code));
}

describe('extractAll', () => {
  it('gives, in input order, the facts extract gives one by one, whatever the group size', () => {
    expect(releases.length).toBe(11);
    const oneByOne = releases.map((text) => extract(text));
    expect(oneByOne.filter((f) => f.event !== null).length).toBeGreaterThan(5);
    for (const groupSize of [1, 3, 8, 32]) {
      expect(factsOrCode([...extractAll(releases, { groupSize })])).toEqual(oneByOne);
    }
  });

  it('passes each input its own options', () => {
    const text = 'Leaders met in Geneva on Tuesday for the summit.';
    const [a, b] = [...extractAll([{ text, id: 'a', referenceDate: '2025-06-18' }, { text, id: 'b' }])];
    expect(a).toEqual({ ok: true, facts: extract(text, { id: 'a', referenceDate: '2025-06-18' }) });
    expect(b).toEqual({ ok: true, facts: extract(text, { id: 'b' }) });
    expect(a?.ok && a.facts.document.id).toBe('a');
  });

  it('turns a refused input into a result and loses none of the others', () => {
    const inputs = [
      releases[0]!,
      42 as unknown as string,
      { text: releases[1]!, referenceDate: '18/06/2025' },
      { text: 'x'.repeat(50), maxInputLength: 10 },
      { text: releases[2]!, colour: 'red' } as unknown as string,
      null as unknown as string,
      releases[3]!,
    ];
    const results = [...extractAll(inputs, { groupSize: 3 })];
    expect(results.map((r) => (r.ok ? 'ok' : (r.error as PressfactsError).code))).toEqual([
      'ok',
      'invalid-input',
      'invalid-option',
      'input-too-large',
      'invalid-option',
      'invalid-input',
      'ok',
    ]);
    expect(results[1]!.ok === false && results[1]!.error).toBeInstanceOf(PressfactsError);
    expect(results[6]).toEqual({ ok: true, facts: extract(releases[3]!) });
  });

  it('reads its inputs lazily, one group at a time', () => {
    const read: number[] = [];
    function* inputs() {
      for (let i = 0; i < 5; i++) {
        read.push(i);
        yield releases[i]!;
      }
    }
    const results = extractAll(inputs(), { groupSize: 2 });
    expect(read).toEqual([]);
    expect(results.next().value).toEqual({ ok: true, facts: extract(releases[0]!) });
    expect(read).toEqual([0, 1]);
    expect([...results].length).toBe(4);
    expect(read).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives nothing for no inputs, and bad documents their diagnostics', () => {
    expect([...extractAll([])]).toEqual([]);
    const [empty] = [...extractAll([''])];
    expect(empty?.ok && empty.facts.diagnostics.map((d) => d.code)).toContain('empty-input');
  });

  it('refuses a bad call where it is made', () => {
    expect(() => extractAll(['a'], { groupSize: 0 })).toThrowError(/"groupSize" must be a positive integer/);
    expect(() => extractAll(['a'], { groupSize: 2.5 })).toThrowError(PressfactsError);
    expect(() => extractAll(42 as unknown as string[])).toThrowError(/needs an iterable/);
    expect(() => extractAll(null as unknown as string[])).toThrowError(/needs an iterable/);
  });
});
