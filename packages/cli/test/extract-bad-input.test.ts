import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Every bad input goes through the real `pressfacts` binary (a child process), as a user runs it.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/cli/src/bin.ts');
const run = promisify(execFile);

async function pressfacts(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--conditions=pressfacts-source', '--import', 'tsx', bin, ...args], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pressfacts-bad-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const release = 'ASTANA, July 4, 2024 (Xinhua) -- The 24th SCO summit opened in Astana on Thursday.';

describe.concurrent('pressfacts extract: bad input through the real binary', () => {
  it('missing file: exit 3, one line on stderr, no stack trace', async () => {
    const r = await pressfacts('extract', join(dir, 'nope.txt'));
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(`pressfacts: cannot read ${join(dir, 'nope.txt')}: no such file`);
    expect(r.stdout).toBe('');
  });

  it('a directory: exit 3', async () => {
    const r = await pressfacts('extract', dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('it is a directory');
  });

  it('a binary file: exit 3', async () => {
    const r = await pressfacts('extract', file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1])));
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('looks like a binary file');
  });

  it('invalid UTF-8: decoded with replacement, a note on stderr, facts out', async () => {
    const cut = release.indexOf('opened');
    const bytes = Buffer.concat([Buffer.from(release.slice(0, cut)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(release.slice(cut))]);
    const r = await pressfacts('extract', '--compact', file('latin.txt', bytes));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('not valid UTF-8');
    const facts = JSON.parse(r.stdout);
    expect(facts.document.wire).toBe('Xinhua');
  });

  it('UTF-16 with a byte order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(release, 'utf16le')]);
    const r = await pressfacts('extract', '--compact', file('utf16.txt', bytes));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document.dateline.place).toBe('Astana');
  });

  it('an empty file: valid empty facts and an empty-input diagnostic', async () => {
    const r = await pressfacts('extract', '--compact', file('empty.txt', ''));
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(facts.event).toBeNull();
    expect(facts.diagnostics.map((d: { code: string }) => d.code)).toContain('empty-input');
  });

  it('a release in another language: unsupported-language, empty facts', async () => {
    const french =
      'PARIS, 5 juin 2025 - Les dirigeants des pays membres se sont réunis mardi à Paris pour le sommet annuel. ' +
      'Ils ont adopté une déclaration commune sur le commerce, le climat et la sécurité alimentaire, a déclaré le président.';
    const r = await pressfacts('extract', '--compact', file('fr.txt', french));
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(facts.diagnostics.map((d: { code: string }) => d.code)).toContain('unsupported-language');
    expect(facts.people).toEqual([]);
  });

  it('an HTML page: tags stripped, spans honest against the HTML as given', async () => {
    const html = `<!DOCTYPE html><html><head><style>p{}</style></head><body><p>${release}</p><p>"We met," said President Kassym-Jomart Tokayev of Kazakhstan.</p></body></html>`;
    const r = await pressfacts('extract', '--compact', file('page.html', html));
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout);
    expect(facts.document.dateline.place).toBe('Astana');
    expect(facts.diagnostics.map((d: { code: string }) => d.code)).toContain('html-input');
    for (const p of facts.people) for (const s of p.evidence) expect(html.slice(s.start, s.end)).toBe(s.text);
  });

  it('oversized input: exit 3 with the limit named', async () => {
    const big = file('big.txt', 'word '.repeat(420_000));
    const r = await pressfacts('extract', big);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/more than maxInputLength 2000000/);
  });

  it('usage errors: exit 2', async () => {
    expect((await pressfacts('extract')).code).toBe(2);
    expect((await pressfacts('extract', 'a', '--reference-date', '18/06/2025')).stderr).toContain('--reference-date must be a date');
    expect((await pressfacts('frobnicate')).code).toBe(2);
  });
});
