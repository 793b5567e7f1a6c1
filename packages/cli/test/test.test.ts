import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SummitFacts } from '@pressfacts/schema';
import { makeFacts, RELEASE } from '../../scoring/test/make-facts.js';
import { runCli } from './run-cli.js';

// The pipeline is mocked: these tests pin the regression tool, not the extractor.
const outputs = new Map<string, SummitFacts>();
vi.mock('pressfacts', () => ({
  extract: vi.fn((text: string) => {
    const facts = outputs.get(text);
    if (!facts) throw new Error(`no mocked output for ${JSON.stringify(text.slice(0, 20))}`);
    return structuredClone(facts);
  }),
  PressfactsError: class PressfactsError extends Error {},
}));

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const expectedOf = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')) as SummitFacts;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pf-cli-test-'));
  outputs.clear();
  outputs.set(RELEASE, makeFacts());
  outputs.set('second release', { ...makeFacts(), document: { ...makeFacts().document, id: 'second' } });
  write('golden/input.txt', RELEASE);
  write('golden/expected.json', JSON.stringify(makeFacts(), null, 2));
  write('golden/context.json', '{ "referenceDate": "2025-06-18", "id": "forum-2025" }');
  write('tune/second/input.txt', 'second release');
  write('tune/second/expected.json', JSON.stringify(outputs.get('second release')));
  write('tune/pending/input.txt', 'not reviewed yet');
});

describe('pressfacts test', () => {
  it('passes when the output equals expected.json, printing the F1 table', async () => {
    const { code, stdout } = await runCli(['test', root]);
    expect(code).toBe(0);
    expect(stdout).toContain('F1 per fact type against expected.json');
    expect(stdout).toMatch(/golden\s+pass\s+1\.00\s+1\.00\s+1\.00/);
    expect(stdout).toMatch(/SKIP .*tune\/pending: no expected\.json yet/);
    expect(stdout).toMatch(/3 fixtures: 2 passed, 1 skipped; micro F1 1\.000\n$/);
  });

  it('fails on one changed fact, naming the document, field, expected and actual value; --update restores', async () => {
    const changed = makeFacts();
    changed.participants[0]!.representative = 'Li Qiang';
    write('golden/expected.json', JSON.stringify(changed, null, 2));

    const failing = await runCli(['test', root]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/FAIL .*golden \(document "forum-2025"\): 1 difference/);
    expect(failing.stdout).toContain('~ participants[China].representative: expected "Li Qiang", actual "Xi Jinping" (incorrect)');
    expect(failing.stdout).toMatch(/golden\s+fail/);

    outputs.set('not reviewed yet', { ...makeFacts(), document: { ...makeFacts().document, id: 'pending' } });
    const update = await runCli(['test', root, '--update']);
    expect(update.code).toBe(0);
    expect(update.stdout).toMatch(/UPDATE .*golden\/expected\.json: 1 change\n/);
    expect(update.stdout).toContain('~ participants[China].representative: expected "Li Qiang", actual "Xi Jinping" (incorrect)');
    expect(update.stdout).toMatch(/UPDATE .*tune\/pending\/expected\.json: created/);
    expect(expectedOf('golden')).toEqual(makeFacts());

    const again = await runCli(['test', root]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/3 fixtures: 3 passed/);
  });

  it('ignores confidence changes under 0.05 but not a changed rule', async () => {
    const facts = makeFacts();
    facts.people[0]!.provenance.confidence = 0.93;
    outputs.set(RELEASE, facts);
    expect((await runCli(['test', root, '--filter', 'golden'])).code).toBe(0);
    facts.people[0]!.provenance.rule = 'people/other';
    const { code, stdout } = await runCli(['test', root, '--filter', 'golden']);
    expect(code).toBe(1);
    expect(stdout).toContain('~ people[Xi Jinping].provenance.rule: expected "people/title-name", actual "people/other" (incorrect)');
  });

  it('an invalid expected.json is an error naming the file and the schema path', async () => {
    const bad = makeFacts() as unknown as { event: { edition: unknown } };
    bad.event.edition = 'second';
    write('golden/expected.json', JSON.stringify(bad));
    const { code, stdout } = await runCli(['test', root]);
    expect(code).toBe(1);
    expect(stdout).toContain(`golden: invalid expected.json: ${join(root, 'golden', 'expected.json')}: /event/edition: must be integer\n`);
  });

  it('an extractor that throws is an error for that fixture only', async () => {
    outputs.delete('second release');
    const { code, stdout } = await runCli(['test', root]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/ERROR .*tune\/second: extract failed: no mocked output/);
    expect(stdout).toMatch(/golden\s+pass/);
  });

  it('--filter takes a substring or a glob', async () => {
    const sub = await runCli(['test', root, '--filter', 'second', '--summary']);
    expect(sub.stdout).toMatch(/1 fixture: 1 passed/);
    const glob = await runCli(['test', root, '--filter', 'tune/*', '--summary']);
    expect(glob.stdout).toMatch(/2 fixtures: 1 passed, 1 skipped/);
    const none = await runCli(['test', root, '--filter', 'nothing-like-this']);
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/no fixture folder/);
  });

  it('--json prints a machine-readable report; --junit writes XML', async () => {
    const changed = makeFacts();
    changed.figures[0]!.value = 1;
    write('golden/expected.json', JSON.stringify(changed));
    const junit = join(root, 'junit.xml');
    const { code, stdout } = await runCli(['test', root, '--json', '--junit', junit]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { fixtures: { name: string; status: string; diffs: { factType: string; classification: string }[] }[] };
    const golden = report.fixtures.find((f) => f.name.endsWith('golden'))!;
    expect(golden.status).toBe('fail');
    expect(golden.diffs.map((d) => [d.factType, d.classification])).toEqual([
      ['figures', 'missing'],
      ['figures', 'spurious'],
    ]);
    expect(report.fixtures.map((f) => f.status)).toEqual(['fail', 'skip', 'pass']);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="pressfacts.fixtures" tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('<failure message="2 differences from expected.json">');
    expect(xml).toContain('- figures[1 USD]: missing');
  });

  it('--against facts scores the hand-written facts.json; --min-f1 gates', async () => {
    write('golden/facts.json', JSON.stringify({ participants: [{ country: 'China', representative: 'Xi Jinping', role: 'President' }, { country: 'Russia', representative: null, role: null }] }));
    const ok = await runCli(['test', root, '--against', 'facts', '--summary']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('F1 per fact type against facts.json (hand-written)');
    // participants: 1 correct, 1 missing (Russia), 1 spurious (Kazakhstan): P = R = F1 = 0.5
    expect(ok.stdout).toMatch(/golden\s+fail\s+0\.50\s+0\.50\n/);
    const gated = await runCli(['test', root, '--against', 'facts', '--min-f1', '0.6', '--summary']);
    expect(gated.code).toBe(1);
    expect(gated.stdout).toContain('micro F1 0.500 is below --min-f1 0.6');
  });

  it('usage errors', async () => {
    expect((await runCli(['test', root, '--against', 'nope'])).code).toBe(2);
    expect((await runCli(['test', root, '--min-f1', '0.5'])).code).toBe(2);
    expect((await runCli(['test', root, '--update', '--against', 'facts'])).code).toBe(2);
    expect((await runCli(['test', '--help'])).stdout).toContain('Usage: pressfacts test');
  });
});
