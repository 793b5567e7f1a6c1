import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { extractModuleSpecifier, locateWorker } from '../src/worker-location.js';

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));

describe('locateWorker', () => {
  it('runs the TypeScript worker through tsx (registered inside the worker) from source', () => {
    expect(locateWorker('pressfacts', 'file:///repo/packages/batch/src/worker-location.ts')).toEqual({
      filename: 'file:///repo/packages/batch/src/source-worker.mjs',
      execArgv: ['--conditions=pressfacts-source'],
    });
  });

  it('runs plain worker.js from dist, unless the extract module itself is TypeScript', () => {
    expect(locateWorker('pressfacts', 'file:///repo/packages/batch/dist/worker-location.js')).toEqual({
      filename: 'file:///repo/packages/batch/dist/worker.js',
      execArgv: [],
    });
    expect(locateWorker('file:///x/my-extract.ts', 'file:///repo/packages/batch/dist/worker-location.js').filename).toBe(
      'file:///repo/packages/batch/src/source-worker.mjs',
    );
  });

  it('turns paths into file URLs and keeps package names', () => {
    expect(extractModuleSpecifier(undefined)).toBe('pressfacts');
    expect(extractModuleSpecifier('my-extractor')).toBe('my-extractor');
    expect(extractModuleSpecifier('/abs/x.js')).toBe('file:///abs/x.js');
    expect(extractModuleSpecifier('./rel/x.js')).toBe(pathToFileURL(join(process.cwd(), 'rel/x.js')).href);
  });
});

describe('the built package', () => {
  // Transpiled like `tsc` would (no type check: fast), under dist/ (git-ignored).
  const outDir = join(packageDir, 'dist', `.test-${process.pid}`);
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it('runs its plain-JS workers under plain node, without tsx', async () => {
    await mkdir(outDir, { recursive: true });
    for (const file of await readdir(join(packageDir, 'src'))) {
      if (!file.endsWith('.ts')) continue;
      const source = await readFile(join(packageDir, 'src', file), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
      await writeFile(join(outDir, file.replace(/\.ts$/, '.js')), outputText);
    }
    const script = join(outDir, 'run.mjs');
    await writeFile(
      script,
      `const { extractMany } = await import('./index.js');
const out = [];
for await (const r of extractMany([{ id: 'a', text: 'A' }, { id: 'b', bytes: new Uint8Array([66]) }], { workers: 2, ordered: true, extractModule: process.argv[2] })) out.push([r.id, r.ok && r.facts.document.headline]);
console.log(JSON.stringify(out));`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [script, join(packageDir, 'test', 'support', 'fake-extract.mjs')], { env: { ...process.env, NODE_OPTIONS: '' } });
    expect(JSON.parse(stdout)).toEqual([
      ['a', 'A'],
      ['b', 'B'],
    ]);
  });
});
