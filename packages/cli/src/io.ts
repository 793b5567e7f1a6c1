import { readFile, stat } from 'node:fs/promises';
import { decodeBytes as decodeWithBom, looksBinary } from '@pressfacts/batch/decode';
import { CliError, ExitCode } from './errors.js';

/** Text read from a file or stdin, with what the decoder had to say about it. */
export interface DecodedInput {
  readonly text: string;
  /** Human-readable notes, e.g. that invalid UTF-8 was replaced. */
  readonly notes: readonly string[];
}

/**
 * Reads `path` (or stdin for `-`) and decodes it: UTF-8 by default, UTF-16 when a BOM says so.
 *
 * @example
 * const input = await readInput('release.txt'); // or readInput('-', process.stdin)
 * input.text; // the decoded release
 * input.notes; // e.g. ['input is not valid UTF-8: invalid bytes were replaced with U+FFFD']
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<DecodedInput> {
  const bytes = path === '-' ? await readStream(stdin) : await readFileBytes(path);
  const decoded = decodeBytes(bytes);
  if (looksBinary(bytes)) {
    throw new CliError(`cannot read ${path === '-' ? 'stdin' : path}: it looks like a binary file, not text`, ExitCode.input);
  }
  return decoded;
}

async function readFileBytes(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError(`cannot read ${path}: no such file`, ExitCode.input);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`, ExitCode.input);
  try {
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`, ExitCode.input);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Decodes bytes: a UTF-16 BOM selects UTF-16; otherwise UTF-8 with replacement of invalid bytes.
 *
 * @example
 * decodeBytes(Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]));
 * // { text: 'Hi', notes: ['decoded as UTF-16LE (byte order mark)'] }
 */
export function decodeBytes(bytes: Uint8Array): DecodedInput {
  const decoded = decodeWithBom(bytes);
  const notes: string[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) notes.push('decoded as UTF-16LE (byte order mark)');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) notes.push('decoded as UTF-16BE (byte order mark)');
  else if (decoded.replaced) notes.push('input is not valid UTF-8: invalid bytes were replaced with U+FFFD');
  return { text: decoded.text, notes };
}
