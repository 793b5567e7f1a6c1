import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, loadFixtureSources, writeCorpusFiles } from '@pressfacts/corpus';
import { describe, expect, it } from 'vitest';
import { FAKE_EXTRACT, FIXTURES, parseLines, runBatchCli } from './batch-helpers.js';

describe('pressfacts batch', () => {
  it('accounts for every one of 200 generated releases, 5% of them broken on purpose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pf-batch-'));
    const docs = [...generateCorpus({ count: 200, seed: 11, sources: loadFixtureSources(FIXTURES), broken: { rate: 0.05, hugeLength: 300_001 } })];
    await writeCorpusFiles(join(dir, 'corpus'), docs);
    const out = join(dir, 'out.jsonl');
    const { code, stdout, stderr } = await runBatchCli(['batch', join(dir, 'corpus'), '-o', out, '--workers', '2', '--max-input-length', '300000', '--extract-module', FAKE_EXTRACT]);
    expect(stdout).toBe('');
    const records = parseLines(await readFile(out, 'utf8'));
    expect(records).toHaveLength(200);
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.size).toBe(200);
    const expectedOutcome = { empty: 'ok', 'invalid-utf8': 'ok', binary: 'binary-input', huge: 'input-too-large' } as const;
    const broken = docs.filter((d) => d.broken !== undefined);
    expect(new Set(broken.map((d) => d.broken))).toEqual(new Set(['empty', 'binary', 'invalid-utf8', 'huge']));
    for (const doc of docs) {
      const record = byId.get(join(dir, 'corpus', `${doc.id}.txt`));
      expect(record, doc.id).toBeDefined();
      const outcome = record!.ok ? 'ok' : record!.error!.code;
      expect(outcome, doc.id).toBe(doc.broken === undefined ? 'ok' : expectedOutcome[doc.broken]);
      if (record!.ok) expect(record!.facts!.document.id).toBe(record!.id);
      const warned = record!.facts?.diagnostics.some((d) => d.code === 'invalid-utf8') ?? false;
      expect(warned, doc.id).toBe(doc.broken === 'invalid-utf8');
    }
    const failed = broken.filter((d) => d.broken === 'binary' || d.broken === 'huge').length;
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^pressfacts batch: 200 docs in \\d+\\.\\d s \\(\\d+\\.\\d docs/s\\); ${200 - failed} ok, ${failed} failed \\((binary-input|input-too-large) \\d+, (binary-input|input-too-large) \\d+\\) -> `, 'm'));
  });

  it('reads JSONL from stdin, writes JSONL to stdout, and turns bad lines into error records', async () => {
    const stdin = [
      '{"id":"a","text":"first"}',
      '{"id":"b","text":',
      '{"__proto__":{"polluted":true},"id":"c","text":"third"}',
      '{"id":"d","text":"fourth","constructor":{"prototype":{"polluted":true}}}',
      '',
      '["not","a","record"]',
    ].join('\n');
    const { code, stdout } = await runBatchCli(['batch', '-', '-o', '-', '--ordered', '--workers', '1', '--extract-module', FAKE_EXTRACT], stdin);
    expect(code).toBe(1);
    expect(parseLines(stdout).map((r) => [r.id, r.ok ? 'ok' : r.error!.code])).toEqual([
      ['a', 'ok'],
      ['stdin:2', 'invalid-json'],
      ['c', 'ok'],
      ['d', 'ok'],
      ['stdin:6', 'invalid-record'],
    ]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('exits 0 when every document is ok', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pf-batch-'));
    await writeFile(join(dir, 'one.txt'), 'A release.');
    const { code, stdout } = await runBatchCli(['batch', join(dir, 'one.txt'), '--workers', '1', '--extract-module', FAKE_EXTRACT]);
    expect(code).toBe(0);
    expect(parseLines(stdout).map((r) => [r.id, r.ok])).toEqual([[join(dir, 'one.txt'), true]]);
  });

  it('hands --group-size to the workers (a module with extractAll tags what it ran together)', async () => {
    const grouped = FAKE_EXTRACT.replace(/fake-extract\.ts$/, 'grouped-extract.ts');
    const stdin = ['a', 'b', 'c'].map((id) => JSON.stringify({ id, text: id })).join('\n');
    const groups = async (size: string) => {
      const { code, stdout } = await runBatchCli(['batch', '-', '--workers', '1', '--ordered', '--group-size', size, '--extract-module', grouped], stdin);
      expect(code).toBe(0);
      return stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { facts: { topics: string[] } }).facts.topics);
    };
    expect(await groups('3')).toEqual([['group of 3'], ['group of 3'], ['group of 3']]);
    expect(await groups('1')).toEqual([[], [], []]);
  });

  it('exits 2 on a usage error and 3 when an input is missing', async () => {
    expect(await runBatchCli(['batch', '-', '--workers', '0'])).toMatchObject({ code: 2, stderr: 'pressfacts: --workers must be an integer >= 1, got "0"\n' });
    expect(await runBatchCli(['batch', '-', '--timeout', 'soon'])).toMatchObject({ code: 2 });
    expect(await runBatchCli(['batch', '-', '--group-size', '0'])).toMatchObject({ code: 2, stderr: 'pressfacts: --group-size must be an integer >= 1, got "0"\n' });
    expect(await runBatchCli(['batch', '-', '--frobnicate'])).toMatchObject({ code: 2 });
    expect(await runBatchCli(['batch', '-', '-o', '-', '--resume'])).toMatchObject({ code: 2, stderr: 'pressfacts: batch: --resume needs an output file (-o FILE), not stdout\n' });
    expect(await runBatchCli(['batch', 'no/such/dir'])).toMatchObject({ code: 3, stderr: 'pressfacts: batch: cannot read no/such/dir: no such file or directory\n' });
    expect(await runBatchCli(['batch', 'no/such/*.txt'])).toMatchObject({ code: 3 });
  });

  it('lists batch in the command help', async () => {
    const { stdout } = await runBatchCli(['batch', '--help']);
    expect(stdout).toMatch(/^Usage: pressfacts batch /);
    expect((await runBatchCli(['--help'])).stdout).toMatch(/^ {2}batch {6}extract many releases/m);
  });
});
