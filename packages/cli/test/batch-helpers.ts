import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

/** The batch tests' stand-in extract module (fast, can misbehave on demand). */
export const FAKE_EXTRACT = fileURLToPath(new URL('../../batch/test/support/fake-extract.ts', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../../fixtures', import.meta.url));
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `pressfacts` in-process with `stdin` as input; resolves to the exit code and output. */
export const runBatchCli = (argv: readonly string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> => runCli(argv, stdin);

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
