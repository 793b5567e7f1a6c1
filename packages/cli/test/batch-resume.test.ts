import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_EXTRACT, parseLines, REPO, runBatchCli } from './batch-helpers.js';

const DOCS = 200;

async function slowCorpus() {
  const dir = await mkdtemp(join(tmpdir(), 'pf-resume-'));
  await mkdir(join(dir, 'in'));
  // 20 ms each on 2 workers: about 2 s for the batch, time enough to kill it half-way.
  await Promise.all(Array.from({ length: DOCS }, (_, i) => writeFile(join(dir, 'in', `doc-${String(i).padStart(3, '0')}.txt`), `SLEEP 20 release ${i}`)));
  return dir;
}

const lineCount = async (path: string) => (await readFile(path, 'utf8').catch(() => '')).split('\n').length - 1;

describe('pressfacts batch --resume', () => {
  it('continues a batch killed half-way (SIGKILL) with every id exactly once', async () => {
    const dir = await slowCorpus();
    const out = join(dir, 'out.jsonl');
    const child = spawn(
      process.execPath,
      ['--conditions=pressfacts-source', '--import', 'tsx', 'packages/cli/src/bin.ts', 'batch', join(dir, 'in'), '-o', out, '--workers', '2', '--extract-module', FAKE_EXTRACT],
      { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let exitedEarly = false;
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => {
        exitedEarly = true;
        resolve(signal ?? code);
      }),
    );
    const deadline = Date.now() + 20_000;
    while (!exitedEarly && (await lineCount(out)) < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(exitedEarly, stderr).toBe(false);
    child.kill('SIGKILL');
    expect(await exited, stderr).toBe('SIGKILL');
    const before = await lineCount(out);
    expect(before).toBeGreaterThanOrEqual(60);
    expect(before).toBeLessThan(DOCS);

    const resumed = await runBatchCli(['batch', join(dir, 'in'), '-o', out, '--resume', '--workers', '2', '--extract-module', FAKE_EXTRACT]);
    expect(resumed.code).toBe(0);
    const records = parseLines(await readFile(out, 'utf8'));
    const ids = records.map((r) => r.id);
    expect(ids).toHaveLength(DOCS);
    expect(new Set(ids).size).toBe(DOCS);
    expect(records.every((r) => r.ok)).toBe(true);
    expect(resumed.stderr).toMatch(new RegExp(`; ${DOCS - before} ok, 0 failed; ${before} already in `));
  });

  it('drops an unfinished last line before appending', async () => {
    const dir = await slowCorpus();
    const out = join(dir, 'out.jsonl');
    await writeFile(out, `${JSON.stringify({ id: join(dir, 'in', 'doc-000.txt'), ok: true, facts: {} })}\n`);
    await appendFile(out, '{"id":"' + join(dir, 'in', 'doc-001.txt') + '","ok":true,"facts":{"sche');
    const size = (await stat(out)).size;
    const { code, stderr } = await runBatchCli(['batch', join(dir, 'in'), '-o', out, '--resume', '--workers', '2', '--timeout', '5000', '--extract-module', FAKE_EXTRACT]);
    expect(code).toBe(0);
    expect(stderr).toContain(`pressfacts batch: dropped an unfinished last line (${size - (await readFile(out, 'utf8')).indexOf('\n') - 1} bytes)`);
    const ids = parseLines(await readFile(out, 'utf8')).map((r) => r.id);
    expect(ids).toHaveLength(DOCS);
    expect(new Set(ids).size).toBe(DOCS);
    expect(ids[0]).toBe(join(dir, 'in', 'doc-000.txt'));
  });
});
