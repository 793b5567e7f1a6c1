import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, loadFixtureSources, writeCorpusFiles } from '@pressfacts/corpus';
import { extract } from 'pressfacts';
import { describe, expect, it } from 'vitest';
import { FIXTURES, parseLines, runBatchCli } from './batch-helpers.js';

// The real pipeline in the workers (loaded from TypeScript source through tsx).
describe('pressfacts batch with the real extractor', () => {
  it('gives 200 generated releases (5% broken) one record each, and the intact ones the same facts as extract()', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pf-batch-real-'));
    const docs = [...generateCorpus({ count: 200, seed: 2025, sources: loadFixtureSources(FIXTURES), broken: { rate: 0.05, hugeLength: 200_001 } })];
    await writeCorpusFiles(join(dir, 'corpus'), docs);
    const out = join(dir, 'out.jsonl');
    const { code, stderr } = await runBatchCli(['batch', join(dir, 'corpus'), '-o', out, '--workers', '2', '--max-input-length', '200000', '--reference-date', '2025-06-18']);
    expect(code, stderr).toBe(1);
    const records = new Map(parseLines(await readFile(out, 'utf8')).map((r) => [r.id, r]));
    expect(records.size).toBe(200);
    for (const doc of docs) {
      const id = join(dir, 'corpus', `${doc.id}.txt`);
      const record = records.get(id)!;
      if (doc.broken === 'binary') expect(record.error?.code).toBe('binary-input');
      else if (doc.broken === 'huge') expect(record.error?.code).toBe('input-too-large');
      else if (doc.broken === 'empty') expect(record.ok).toBe(true);
      else if (doc.broken === 'invalid-utf8') expect(record.facts?.diagnostics.at(-1)?.code).toBe('invalid-utf8');
      else if (Number(doc.id.slice(-3)) % 4 === 0) {
        // A sample (keeps the test short): the same facts as extract() in this thread.
        expect(record.facts, doc.id).toEqual(extract(doc.text, { id, referenceDate: '2025-06-18' }));
      } else expect(record.ok, doc.id).toBe(true);
    }
  }, 120_000);
});
