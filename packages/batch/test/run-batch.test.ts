import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatchCommand, type BatchCommandIO } from '../src/index.js';

const fake = new URL('./support/fake-extract.ts', import.meta.url).pathname;

function io(stdin = '', isTTY = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const value: BatchCommandIO = { stdout, stderr, stdin: Readable.from([stdin]), isTTY };
  return { value, out: () => out, err: () => err };
}

async function jsonlFile(lines: readonly string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'pf-run-'));
  await writeFile(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

describe('runBatchCommand', () => {
  it('prints a quiet progress line now and then when stderr is not a terminal, and a summary', async () => {
    const dir = await jsonlFile(Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `d${i}`, text: i === 3 ? 'THROW' : 'SLEEP 60' })));
    const t = io();
    const summary = await runBatchCommand({ inputs: ['in.jsonl'], output: 'out.jsonl', cwd: dir, workers: 2, extractModule: fake, progressIntervalMs: 100 }, t.value);
    expect(summary).toMatchObject({ exitCode: 1, docs: 12, ok: 11, skipped: 0 });
    expect([...summary.failures]).toEqual([['extract-failed', 1]]);
    const lines = t.err().trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.slice(0, -1).every((l) => /^pressfacts batch: \d+\/12 docs, [01] errors, \d+\.\d docs\/s(, ETA \d+ s)?$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^pressfacts batch: 12 docs in \d+\.\d s \(\d+\.\d docs\/s\); 11 ok, 1 failed \(extract-failed 1\) -> out\.jsonl$/);
    expect(t.out()).toBe('');
    const out = (await readFile(join(dir, 'out.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(out).toHaveLength(12);
  });

  it('draws a progress bar with done/total, docs/s, ETA and errors on a terminal', async () => {
    const dir = await jsonlFile(Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'SLEEP 150' })));
    const t = io('', true);
    const summary = await runBatchCommand({ inputs: ['in.jsonl'], output: '-', cwd: dir, workers: 2, extractModule: fake }, t.value);
    expect(summary.exitCode).toBe(0);
    expect(t.err()).toMatch(/batch [█░]+ 6\/6 \| \d+\.\d docs\/s \| ETA \d+s \| 0 errors/);
    expect(t.out().trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id).sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5']);
  });

  it('reads JSONL from stdin and writes to stdout, so it can be a streaming mapper', async () => {
    const t = io('{"id":"x","text":"hello"}\nnot json\n{"id":"y","text":"world","referenceDate":"2025-01-02"}\n');
    const summary = await runBatchCommand({ inputs: ['-'], output: '-', workers: 1, extractModule: fake, ordered: true }, t.value);
    expect(summary.exitCode).toBe(1);
    const records = t.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; ok: boolean; error?: { code: string } });
    expect(records.map((r) => [r.id, r.ok, r.error?.code])).toEqual([
      ['x', true, undefined],
      ['stdin:2', false, 'invalid-json'],
      ['y', true, undefined],
    ]);
  });

  it('refuses --resume onto stdout and no inputs', async () => {
    await expect(runBatchCommand({ inputs: ['-'], output: '-', resume: true }, io().value)).rejects.toMatchObject({ kind: 'usage' });
    await expect(runBatchCommand({ inputs: [], output: 'x.jsonl' }, io().value)).rejects.toMatchObject({ kind: 'usage' });
  });
});
