import { PassThrough } from 'node:stream';
import { main } from '../src/main.js';

/** Runs the CLI in-process and returns its exit code and what it wrote. */
export async function runCli(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough(), isTTY: false });
  return { code, stdout: out, stderr: err };
}
