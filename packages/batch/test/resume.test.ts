import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPreviousRun } from '../src/index.js';
import { readRecordHead } from '../src/resume.js';

const line = (id: string, ok = true) =>
  JSON.stringify(ok ? { id, ok: true, facts: { schemaVersion: '1' } } : { id, ok: false, error: { code: 'timeout', message: 'slow' } });

describe('readPreviousRun', () => {
  it('collects ids and failures and cuts off the unfinished last line of a killed run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pf-resume-'));
    const path = join(dir, 'out.jsonl');
    const complete = `${line('a')}\n${line('b "quoted"', false)}\n${line('c')}\n`;
    await writeFile(path, `${complete}{"id":"d","ok":true,"facts":{"schemaVer`);
    const previous = await readPreviousRun(path);
    expect([...previous.ids]).toEqual(['a', 'b "quoted"', 'c']);
    expect([...previous.failures]).toEqual([['timeout', 1]]);
    expect(previous.truncatedBytes).toBe(39);
    expect(previous.unreadableLines).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(complete);
  });

  it('treats a missing file as an empty run and keeps a file that ends on a newline as it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pf-resume-'));
    expect((await readPreviousRun(join(dir, 'none.jsonl'))).ids.size).toBe(0);
    const path = join(dir, 'out.jsonl');
    await writeFile(path, `${line('x')}\nnot a record\n`);
    const previous = await readPreviousRun(path);
    expect([...previous.ids]).toEqual(['x']);
    expect(previous.truncatedBytes).toBe(0);
    expect(previous.unreadableLines).toBe(1);
  });

  it('cuts a file with no newline at all down to nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pf-resume-'));
    const path = join(dir, 'out.jsonl');
    await writeFile(path, '{"id":"half');
    expect((await readPreviousRun(path)).ids.size).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('');
  });
});

describe('readRecordHead', () => {
  it('reads the id and error code of a record line, and nothing from other lines', () => {
    expect(readRecordHead(line('a'))).toEqual({ id: 'a' });
    expect(readRecordHead(line('b', false))).toEqual({ id: 'b', code: 'timeout' });
    expect(readRecordHead('{"ok":true,"id":"late"}')).toEqual({ id: 'late' });
    expect(readRecordHead('{"id":5}')).toBeUndefined();
    expect(readRecordHead('[]')).toBeUndefined();
    expect(readRecordHead('{"id":"a","ok":tr')).toBeUndefined();
  });
});
