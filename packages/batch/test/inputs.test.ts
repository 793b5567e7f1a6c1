import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_INPUT_LENGTH as LIBRARY_DEFAULT } from 'pressfacts';
import { describe, expect, it } from 'vitest';
import { BatchCommandError } from '../src/index.js';
import { countInputs, DEFAULT_MAX_INPUT_LENGTH, expandInputs, readInputs } from '../src/inputs.js';

async function tree() {
  const cwd = await mkdtemp(join(tmpdir(), 'pf-inputs-'));
  await mkdir(join(cwd, 'in', 'sub'), { recursive: true });
  await writeFile(join(cwd, 'in', 'b.txt'), 'Bee');
  await writeFile(join(cwd, 'in', 'sub', 'a.txt'), 'Ay');
  await writeFile(join(cwd, 'in', 'notes.md'), 'not an input');
  await writeFile(join(cwd, 'in', 'docs.jsonl'), '{"id":"j1","text":"one"}\n\n{"id":"j2","text":"two"}');
  return cwd;
}

describe('expandInputs', () => {
  it('expands a directory to its .txt and .jsonl files, ids relative to the cwd', async () => {
    const cwd = await tree();
    const specs = await expandInputs(['in'], cwd);
    expect(specs.map((s) => (s.kind === 'stdin' ? '-' : `${s.kind}:${s.id}`))).toEqual(['text:in/b.txt', 'jsonl:in/docs.jsonl', 'text:in/sub/a.txt']);
    expect(await countInputs(specs)).toBe(4);
  });

  it('takes globs, single files, absolute paths and stdin', async () => {
    const cwd = await tree();
    const glob = await expandInputs(['in/**/*.txt'], cwd);
    expect(glob.map((s) => s.kind !== 'stdin' && s.id)).toEqual(['in/b.txt', 'in/sub/a.txt']);
    const abs = await expandInputs([join(cwd, 'in', 'b.txt'), '-'], cwd);
    expect(abs).toEqual([{ kind: 'text', path: join(cwd, 'in', 'b.txt'), id: join(cwd, 'in', 'b.txt') }, { kind: 'stdin' }]);
    expect(await countInputs(abs)).toBeNull();
  });

  it('refuses a missing path, an empty glob and stdin twice', async () => {
    const cwd = await tree();
    await expect(expandInputs(['nope'], cwd)).rejects.toEqual(new BatchCommandError('input', 'cannot read nope: no such file or directory'));
    await expect(expandInputs(['in/*.pdf'], cwd)).rejects.toMatchObject({ kind: 'input', message: 'no file matches in/*.pdf' });
    await expect(expandInputs(['-', '-'], cwd)).rejects.toMatchObject({ kind: 'usage' });
  });
});

describe('readInputs', () => {
  it('reads text files as bytes, skips resumed ids, and refuses files too big to fit without reading them', async () => {
    const cwd = await tree();
    await writeFile(join(cwd, 'in', 'big.txt'), 'x'.repeat(40));
    const specs = await expandInputs(['in'], cwd);
    const got = [];
    for await (const input of readInputs(specs, { stdin: process.stdin, maxInputLength: 10, skip: new Set(['j2', 'in/b.txt']) })) got.push(input);
    expect(got.map((i) => ('error' in i ? `${i.id}:${i.error.code}` : 'bytes' in i ? `${i.id}:${Buffer.from(i.bytes).toString()}` : `${i.id}:${i.text}`))).toEqual([
      'in/big.txt:input-too-large',
      'j1:one',
      'in/sub/a.txt:Ay',
    ]);
  });

  it('uses the same default length limit as the library', () => {
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(LIBRARY_DEFAULT);
  });
});
