import { open, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** What an earlier run left in the output file. */
export interface PreviousRun {
  /** Ids that already have a record. */
  readonly ids: Set<string>;
  /** Error records among them, by code. */
  readonly failures: Map<string, number>;
  /** Bytes of an unfinished last line (a killed run) that were cut off, 0 if none. */
  readonly truncatedBytes: number;
  /** Complete lines that were not records (left as they are; their documents are redone). */
  readonly unreadableLines: number;
}

const RECORD_START = /^\{"id":("(?:[^"\\]|\\.)*"),"ok":(true|false)(?:,"error":\{"code":"([^"\\]*)")?/;

/**
 * Prepares an output file for `--resume`: cuts off an unfinished last line (a run killed
 * mid-write) so that appending continues on a line boundary, and collects the ids that
 * already have a record. A missing file is an empty previous run.
 *
 * @example
 * const previous = await readPreviousRun('out.jsonl'); // a missing file is an empty run
 * previous.ids.has('gen-000001'); // true when that document already has a record
 * previous.truncatedBytes; // bytes of an unfinished last line cut off (a killed run), else 0
 */
export async function readPreviousRun(path: string): Promise<PreviousRun> {
  const previous: PreviousRun = { ids: new Set(), failures: new Map(), truncatedBytes: 0, unreadableLines: 0 };
  let handle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return previous;
    throw error;
  }
  let truncatedBytes = 0;
  try {
    const { size } = await handle.stat();
    const keep = await endOfLastLine(handle, size);
    if (keep < size) await handle.truncate(keep);
    truncatedBytes = size - keep;
  } finally {
    await handle.close();
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let unreadable = 0;
  for await (const line of lines) {
    if (line === '') continue;
    const record = readRecordHead(line);
    if (record === undefined) {
      unreadable++;
      continue;
    }
    previous.ids.add(record.id);
    if (record.code !== undefined) previous.failures.set(record.code, (previous.failures.get(record.code) ?? 0) + 1);
  }
  return { ...previous, truncatedBytes, unreadableLines: unreadable };
}

/** The offset just past the last newline (0 when there is none). */
async function endOfLastLine(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await handle.read(chunk, 0, end - start, start);
    const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (at >= 0) return start + at + 1;
    end = start;
  }
  return 0;
}

/** The id (and error code) of a record line, read from its head; undefined if it is not one. */
export function readRecordHead(line: string): { id: string; code?: string } | undefined {
  const head = RECORD_START.exec(line);
  if (head !== null && line.endsWith('}')) {
    const id = JSON.parse(head[1]!) as string;
    return head[2] === 'false' && head[3] !== undefined ? { id, code: head[3] } : { id };
  }
  try {
    const value = JSON.parse(line) as unknown;
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, 'id')) return undefined;
    const id = (value as { id: unknown }).id;
    if (typeof id !== 'string') return undefined;
    const error = Object.hasOwn(value, 'error') ? (value as { error: { code?: unknown } | null }).error : null;
    return typeof error?.code === 'string' ? { id, code: error.code } : { id };
  } catch {
    return undefined;
  }
}
