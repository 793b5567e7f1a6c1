/**
 * Batch over a folder: every `*.txt` under a directory through a pool of worker threads, one
 * JSON line per document written as results complete. One bad file never stops the batch: it
 * becomes an error record. The second run hands the workers an extractor of your own.
 *
 * Run: pnpm --filter @pressfacts/examples batch [folder] [out.jsonl]
 * (The command line does the same: `pressfacts batch <folder> -o out.jsonl`.)
 */
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BatchInput, extractMany } from '@pressfacts/batch';

const folder = process.argv[2] ?? fileURLToPath(new URL('../fixtures/tune', import.meta.url));
const out = process.argv[3] ?? join(await mkdtemp(join(tmpdir(), 'pressfacts-batch-')), 'facts.jsonl');

/** Every .txt file under `dir`, read lazily: the pool reads at most 2 × workers documents ahead. */
async function* releases(dir: string): AsyncGenerator<BatchInput> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const path = join(entry.parentPath, entry.name);
    // Bytes, not text: the worker decodes them (invalid UTF-8 → U+FFFD and a diagnostic; NUL bytes → an error record).
    yield { id: relative(dir, path), bytes: await readFile(path) };
  }
}

const sink = createWriteStream(out);
let ok = 0;
let failed = 0;
const started = performance.now();
for await (const result of extractMany(releases(folder), { workers: 2, timeoutMs: 20_000 })) {
  sink.write(`${JSON.stringify(result)}\n`);
  if (result.ok) {
    ok += 1;
    console.log(`ok     ${result.id}: ${result.facts.event?.name ?? '(no event)'}`);
  } else {
    failed += 1;
    console.log(`failed ${result.id}: ${result.error.code} ${result.error.message}`);
  }
}
await new Promise<void>((done) => sink.end(done));
const seconds = (performance.now() - started) / 1000;
console.log(`${ok + failed} documents in ${seconds.toFixed(1)} s: ${ok} ok, ${failed} failed -> ${out}`);

// The same pool with your own extractor: a module exporting `extract(text, options)`.
const custom = new URL('./my-extractor.ts', import.meta.url);
const inline: BatchInput[] = [
  { id: 'retreat', text: "LANGKAWI, May 27, 2025 -- The ASEAN Leaders' Retreat opened on Tuesday." },
  { id: 'empty', text: '' },
];
for await (const result of extractMany(inline, { workers: 1, extractModule: custom, ordered: true })) {
  console.log(`custom ${result.id}: ${result.ok ? (result.facts.event?.name ?? '(no event)') : result.error.code}`);
  if (result.id === 'retreat') assert.equal(result.ok && result.facts.event?.name, "ASEAN Leaders' Retreat");
}

assert.ok(ok > 0, 'at least one release extracted');
