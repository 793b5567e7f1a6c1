import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/main.js';

/**
 * Runs the CLI in-process and returns its exit code and what it wrote. With `stdin`, standard input
 * holds that text and then ends; without, it stays open and empty.
 */
export async function runCli(argv: readonly string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(argv, { stdout, stderr, stdin: stdin === undefined ? new PassThrough() : Readable.from([stdin]), isTTY: false });
  return { code, stdout: out, stderr: err };
}
