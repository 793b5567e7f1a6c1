import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyFacts } from 'pressfacts';
import type { SummitFacts } from '@pressfacts/schema';
import { makeFacts, RELEASE, span } from '../../scoring/test/make-facts.js';
import { runCli } from './run-cli.js';

// compare never extracts; it takes the library's empty facts for a document a run failed on.
vi.mock('pressfacts', async () => {
  const { emptyFacts } = await vi.importActual<typeof import('../../pressfacts/src/facts/empty.js')>('../../pressfacts/src/facts/empty.js');
  return { extract: vi.fn(), emptyFacts: vi.fn(emptyFacts), PressfactsError: class PressfactsError extends Error {} };
});

const withId = (id: string): SummitFacts => ({ ...makeFacts(), document: { ...makeFacts().document, id } });
const line = (id: string, facts: SummitFacts) => JSON.stringify({ id, ok: true, facts });
const failed = (id: string) => JSON.stringify({ id, ok: false, error: { code: 'timeout', message: 'took longer than 5000 ms' } });

let root: string;
let runA: string;
let runB: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pf-compare-'));
  const changed = withId('doc-2');
  changed.participants[0]!.representative = 'Xi';
  changed.figures = [];
  changed.people.push({ name: 'Li Qiang', titles: ['Premier'], affiliation: null, country: 'China', evidence: [span('Xi Jinping')], provenance: { rule: 'people/title-name', confidence: 0.8 } });
  runA = join(root, 'a.jsonl');
  runB = join(root, 'b.jsonl');
  writeFileSync(runA, [line('doc-1', withId('doc-1')), line('doc-2', withId('doc-2')), line('doc-3', withId('doc-3')), failed('doc-5'), ''].join('\n'));
  writeFileSync(runB, [line('doc-1', withId('doc-1')), line('doc-2', changed), failed('doc-3'), line('doc-4', withId('doc-4')), failed('doc-5')].join('\n'));
  // fixtures for --expected: doc-2 matched by document id, doc-3 by folder name
  for (const id of ['doc-2', 'doc-3']) {
    mkdirSync(join(root, 'fixtures', id), { recursive: true });
    writeFileSync(join(root, 'fixtures', id, 'input.txt'), RELEASE);
    writeFileSync(join(root, 'fixtures', id, 'expected.json'), JSON.stringify(withId(id)));
  }
});

describe('pressfacts compare', () => {
  it('names every gained, lost and changed fact, document by document', async () => {
    const { code, stdout } = await runCli(['compare', runA, runB]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('doc-1:');
    expect(stdout).toContain('doc-2: +1 gained, -1 lost, ~1 changed\n');
    expect(stdout).toContain('  ~ participants[China].representative: expected "Xi Jinping", actual "Xi" (partial)');
    expect(stdout).toContain('  - figures[94,800,000,000 USD]: missing {"value":94800000000,');
    expect(stdout).toContain('  + people[Li Qiang]: spurious {"name":"Li Qiang","titles":["Premier"],"affiliation":null,"country":"China"}');
    // a document that now fails loses all its facts: counted, not listed one by one
    expect(stdout).toContain('doc-3: +0 gained, -24 lost, ~0 changed (fails in b: timeout: took longer than 5000 ms)\ndoc-5');
    expect(vi.mocked(emptyFacts)).toHaveBeenCalledWith('doc-3');
    expect(stdout).toContain('doc-4: only in run b');
    expect(stdout).toContain('doc-5: fails in both (timeout)');
    expect(stdout).toContain('5 documents: 1 unchanged, 1 changed, 1 newly failing, 0 newly succeeding, 1 failing in both, 0 only in a, 1 only in b');
    expect(stdout).toContain('facts: +1 gained, -25 lost, ~1 changed\n');
    // a: 72 facts (3 documents × 24); b: 48 facts, 1 partial, 25 lost, 1 gained:
    // recall (72 - 25 - 0.5) / 72 = 0.6458, precision 46.5 / 48 = 0.9688
    expect(stdout).toContain('agreement of b with a (strict): P 0.97 R 0.65 F1 0.78');
    expect(stdout).toMatch(/drop: 0\.3542 \(1 - recall of b against a\)\n$/);
  });

  it('with --expected, scores both runs against the fixtures and prints the delta', async () => {
    const { code, stdout } = await runCli(['compare', runA, runB, '--expected', join(root, 'fixtures'), '--summary']);
    expect(code).toBe(0);
    expect(stdout).toContain('against expected.json (2 fixtures, micro F1):');
    expect(stdout).toMatch(/ {2}participants {3}a 1\.00 {2}b 0\.50 {2}Δ -0\.500\n/);
    expect(stdout).toMatch(/ {2}overall {8}a 1\.00 {2}b 0\.\d\d {2}Δ -0\.\d{3}\n/);
    expect(stdout).toMatch(/drop: 0\.\d{4} \(F1\(a\) - F1\(b\) against expected\.json\)/);
    expect(stdout).not.toContain('~ participants');
  });

  it('--fail-on-drop is a CI gate', async () => {
    const gated = await runCli(['compare', runA, runB, '--fail-on-drop', '0.01', '--summary']);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/drop 0\.\d{4} exceeds --fail-on-drop 0\.01/);
    expect((await runCli(['compare', runA, runA, '--fail-on-drop', '0'])).code).toBe(0);
    expect((await runCli(['compare', runA, runB, '--fail-on-drop', '1'])).code).toBe(0);
  });

  it('--json reports every document', async () => {
    const { stdout } = await runCli(['compare', runA, runB, '--json']);
    const report = JSON.parse(stdout) as { documents: { id: string; state: string; gained: number; lost: number; changed: number }[]; drop: number };
    expect(report.documents.map((d) => [d.id, d.state])).toEqual([
      ['doc-1', 'same'],
      ['doc-2', 'changed'],
      ['doc-3', 'now-fails'],
      ['doc-5', 'both-fail'],
      ['doc-4', 'only-b'],
    ]);
    expect(report.documents[1]).toMatchObject({ gained: 1, lost: 1, changed: 1 });
  });

  it('rejects a malformed line with file and line number', async () => {
    const bad = join(root, 'bad.jsonl');
    writeFileSync(bad, `${line('x', withId('x'))}\n{"id": 3, "ok": true}\n`);
    const { code, stderr } = await runCli(['compare', runA, bad]);
    expect(code).toBe(3);
    expect(stderr).toContain(`bad.jsonl:2: "id" must be a string`);
    expect((await runCli(['compare', runA])).code).toBe(2);
  });
});
