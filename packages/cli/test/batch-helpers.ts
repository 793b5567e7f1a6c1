import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';

/** The batch tests' stand-in extract module (fast, can misbehave on demand). */
export const FAKE_EXTRACT = fileURLToPath(new URL('../../batch/test/support/fake-extract.ts', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url));
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `pressfacts` in-process with `stdin` as input; resolves to the exit code and output. */
export async function runBatchCli(argv: readonly string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([stdin]), isTTY: false });
  return { code, stdout: out, stderr: err };
}

export interface Record {
  readonly id: string;
  readonly ok: boolean;
  readonly facts?: { readonly document: { readonly id: string }; readonly diagnostics: readonly { readonly code: string }[] };
  readonly error?: { readonly code: string; readonly message: string };
}

export const parseLines = (jsonl: string): Record[] =>
  jsonl
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record);
