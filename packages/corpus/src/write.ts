import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusBytes, type CorpusDocument } from './generate.js';

/**
 * Writes each document to `<dir>/<id>.txt` (its exact bytes, broken ones included) and
 * resolves to how many were written.
 *
 * @example
 * await writeCorpusFiles('/tmp/corpus', generateCorpus({ count: 200, sources }));
 */
export async function writeCorpusFiles(dir: string, docs: Iterable<CorpusDocument>): Promise<number> {
  await mkdir(dir, { recursive: true });
  let n = 0;
  for (const doc of docs) {
    await writeFile(join(dir, `${doc.id}.txt`), corpusBytes(doc));
    n++;
  }
  return n;
}

/**
 * One JSONL line (`{"id","text"}` and a newline) for batch input.
 *
 * @example
 * toJsonlLine({ id: 'gen-000001', text: 'Leaders met.' }); // '{"id":"gen-000001","text":"Leaders met."}\n'
 */
export function toJsonlLine(doc: Pick<CorpusDocument, 'id' | 'text'>): string {
  return `${JSON.stringify({ id: doc.id, text: doc.text })}\n`;
}
