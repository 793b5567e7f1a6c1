import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFacts, RELEASE } from '../../scoring/test/make-facts.js';
import { runCli } from './run-cli.js';

const calls: unknown[] = [];
vi.mock('pressfacts', () => ({
  extract: vi.fn((_text: string, options: unknown) => {
    calls.push(options);
    return makeFacts();
  }),
  PressfactsError: class PressfactsError extends Error {},
}));

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pf-report-cli-'));
  mkdirSync(join(root, 'fixture'));
  writeFileSync(join(root, 'fixture', 'input.txt'), RELEASE);
  writeFileSync(join(root, 'fixture', 'context.json'), '{"referenceDate":"2025-06-18","id":"forum-2025"}');
  const expected = makeFacts();
  expected.organizations.push({ name: 'Central Asia Forum Secretariat', acronym: null, evidence: [{ start: 0, end: 7, text: 'BEIJING' }], provenance: { rule: 'r', confidence: 1 } });
  writeFileSync(join(root, 'fixture', 'expected.json'), JSON.stringify(expected));
});

describe('pressfacts report', () => {
  it('writes a self-contained page for a fixture folder, extracted with its context', async () => {
    const out = join(root, 'report.html');
    const { code, stderr } = await runCli(['report', join(root, 'fixture'), '-o', out]);
    expect(code).toBe(0);
    expect(stderr).toBe(`pressfacts: wrote ${out}\n`);
    expect(calls.at(-1)).toEqual({ id: 'forum-2025', referenceDate: '2025-06-18' });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('data-type="people" data-spans="3" data-facts="2"');
    expect(html).not.toContain('id="scores"');
  });

  it('--expected marks missing facts and adds the scores', async () => {
    const out = join(root, 'with-expected.html');
    const { code } = await runCli(['report', join(root, 'fixture', 'input.txt'), '-o', out, '--expected', join(root, 'fixture', 'expected.json')]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('data-fact="organizations:expected:0" data-status="missing"');
    expect(html).toContain('id="scores"');
  });

  it('--facts draws given facts without extracting; -o - writes to stdout', async () => {
    const before = calls.length;
    const { code, stdout } = await runCli(['report', join(root, 'fixture', 'input.txt'), '--facts', join(root, 'fixture', 'expected.json'), '-o', '-']);
    expect(code).toBe(0);
    expect(calls.length).toBe(before);
    expect(stdout).toContain('data-type="organizations" data-spans="1" data-facts="1"');
  });

  it('usage and input errors', async () => {
    expect((await runCli(['report', join(root, 'fixture')])).code).toBe(2);
    expect((await runCli(['report', '-o', 'x.html'])).code).toBe(2);
    const missing = await runCli(['report', join(root, 'nope.txt'), '-o', join(root, 'x.html')]);
    expect(missing.code).toBe(3);
    expect(existsSync(join(root, 'x.html'))).toBe(false);
    writeFileSync(join(root, 'bad.json'), '{"schemaVersion":"1"}');
    const bad = await runCli(['report', join(root, 'fixture'), '-o', join(root, 'y.html'), '--facts', join(root, 'bad.json')]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/bad\.json: \/: must have required property/);
  });
});
