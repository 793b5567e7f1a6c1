import { execFile as execFileCb } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The packages as the registry would get them: `pnpm -r build`, `pnpm pack`, then publint and
// arethetypeswrong on every tarball, and an empty project that installs the tarballs with plain
// npm (no workspace, no `pressfacts-source` condition, no tsx), imports the packages, type-checks
// against their .d.ts and runs the `pressfacts` bin. Third-party dependencies come from the
// registry (or npm's cache). Slow by nature (about a minute or two): one build, one install.

const execFile = promisify(execFileCb);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
const GOLDEN = join(root, 'fixtures', 'china-central-asia-summit-2025', 'input.txt');
const MINUTES = 60_000;

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports: Record<string, Record<string, string>>;
  bin?: Record<string, string>;
  files?: string[];
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** The workspace packages meant for the registry (not private), by directory. */
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter((p) => p.manifest.private !== true);

let work = '';
const tarballs = new Map<string, string>(); // package name -> tarball path
let consumer = '';

async function run(command: string, args: readonly string[], cwd: string, timeout = 5 * MINUTES) {
  try {
    return await execFile(command, args, {
      cwd,
      timeout,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
    );
  }
}

const pnpm = (args: readonly string[], cwd = root) => run('npx', ['-y', 'pnpm@12.4.2', ...args], cwd);

/** `tar -tzf` listing of a tarball, without the leading `package/`. */
async function listTarball(path: string): Promise<string[]> {
  const { stdout } = await run('tar', ['-tzf', path], work);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
}

async function packedManifest(path: string): Promise<Manifest> {
  const { stdout } = await run('tar', ['-xzOf', path, 'package/package.json'], work);
  return JSON.parse(stdout) as Manifest;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pressfacts-packaging-'));
  await pnpm(['-r', 'build']);
  const packs = join(work, 'tarballs');
  mkdirSync(packs);
  await pnpm(['-r', '--filter', './packages/*', 'pack', '--pack-destination', packs]);
  for (const file of readdirSync(packs)) {
    const manifest = await packedManifest(join(packs, file));
    if (manifest.private !== true) tarballs.set(manifest.name, join(packs, file));
  }
}, 8 * MINUTES);

afterAll(() => {
  if (work !== '' && process.env.PRESSFACTS_KEEP_PACKAGING !== '1') rmSync(work, { recursive: true, force: true });
});

describe('packed tarballs', () => {
  it('one tarball per public package', () => {
    expect([...tarballs.keys()].sort()).toEqual(packages.map((p) => p.manifest.name).sort());
  });

  it.each(packages.map((p) => [p.manifest.name, p] as const))(
    '%s: metadata for the registry',
    (_name, { dir, manifest }) => {
      expect(manifest.description, 'description').toMatch(/\S{10}/);
      expect(manifest.license).toBe('MIT');
      expect(existsSync(join(root, 'packages', dir, 'LICENSE')), 'LICENSE file').toBe(true);
      expect(existsSync(join(root, 'packages', dir, 'README.md')), 'README.md').toBe(true);
      expect(manifest.type).toBe('module');
      expect(manifest.sideEffects).toBe(false);
      expect(manifest.engines).toEqual({ node: '^20.19.0 || >=22.12.0' });
      expect((manifest.keywords as string[]).length).toBeGreaterThan(0);
      expect(manifest.files).toEqual(['dist', 'src']);
      for (const [subpath, conditions] of Object.entries(manifest.exports)) {
        // `types` before `default`; the source condition only ever points into src/ (shipped too).
        expect(Object.keys(conditions), subpath).toEqual(['pressfacts-source', 'types', 'default']);
        expect(conditions.types, subpath).toMatch(/^\.\/dist\/.*\.d\.ts$/);
        expect(conditions.default, subpath).toMatch(/^\.\/dist\/.*\.js$/);
        expect(conditions['pressfacts-source'], subpath).toMatch(/^\.\/src\/.*\.ts$/);
      }
    },
  );

  it.each(packages.map((p) => [p.manifest.name, p] as const))(
    '%s: dist has ESM JS, .d.ts and source maps for every export',
    async (name, { manifest }) => {
      const files = new Set(await listTarball(tarballs.get(name) ?? ''));
      for (const conditions of Object.values(manifest.exports)) {
        const js = (conditions.default ?? '').replace(/^\.\//, '');
        const dts = (conditions.types ?? '').replace(/^\.\//, '');
        expect(files.has(js), js).toBe(true);
        expect(files.has(`${js}.map`), `${js}.map`).toBe(true);
        expect(files.has(dts), dts).toBe(true);
        expect(files.has(`${dts}.map`), `${dts}.map`).toBe(true);
      }
      expect(files.has('LICENSE') && files.has('README.md') && files.has('package.json')).toBe(true);
      // No tests, configs or build info in the tarball.
      expect([...files].filter((f) => /^test\/|tsconfig|\.tsbuildinfo$|\.test\.[jt]s$/.test(f))).toEqual([]);
    },
  );

  it.each(packages.map((p) => [p.manifest.name] as const))('%s: workspace:* became the version', async (name) => {
    const manifest = await packedManifest(tarballs.get(name) ?? '');
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      expect(range, dep).not.toMatch(/^workspace:/);
    }
  });

  it.each(packages.map((p) => [p.manifest.name] as const))('%s: publint reports nothing', async (name) => {
    const tarball = readFileSync(tarballs.get(name) ?? '');
    const { messages, pkg } = await publint({
      pack: {
        tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer,
      },
      level: 'suggestion',
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`)).toEqual([]);
  });

  it.each(packages.map((p) => [p.manifest.name] as const))(
    '%s: arethetypeswrong (ESM-only profile) reports nothing',
    async (name) => {
      // attw exits 1 (and `run` throws with its table) when it finds a problem. node10 and require()
      // from CommonJS are out of scope for ESM-only packages: the esm-only profile ignores them.
      const { stdout } = await run(
        bin('attw'),
        [tarballs.get(name) ?? '', '--profile', 'esm-only', '--format', 'json'],
        work,
      );
      const { analysis } = JSON.parse(stdout) as {
        analysis: { problems: { kind: string; resolutionKind?: string }[] };
      };
      const relevant = analysis.problems.filter(
        (p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs',
      );
      expect(relevant).toEqual([]);
    },
  );

  it('the cli bin keeps its shebang', async () => {
    const manifest = await packedManifest(tarballs.get('@pressfacts/cli') ?? '');
    expect(manifest.bin).toEqual({ pressfacts: './dist/bin.js' });
    const { stdout } = await run('tar', ['-xzOf', tarballs.get('@pressfacts/cli') ?? '', 'package/dist/bin.js'], work);
    expect(stdout.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('installed with plain npm into an empty project', () => {
  beforeAll(async () => {
    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    const deps = Object.fromEntries([...tarballs].map(([name, path]) => [name, `file:${path}`]));
    // `overrides` makes every @pressfacts/* dependency of a tarball resolve to the local tarball
    // too, never to the registry.
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify(
        { name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: deps, overrides: deps },
        null,
        2,
      ),
    );
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--fetch-retries=5', '--loglevel=error'],
      consumer,
      6 * MINUTES,
    );
    cpSync(GOLDEN, join(consumer, 'release.txt'));
  }, 8 * MINUTES);

  it('imports every entry point without any export condition or loader', async () => {
    const entries = packages.flatMap(({ manifest }) =>
      Object.keys(manifest.exports)
        .map((sub) => (sub === '.' ? manifest.name : `${manifest.name}/${sub.slice(2)}`))
        // The vitest matcher needs vitest, an optional peer dependency not installed here.
        .filter((specifier) => specifier !== '@pressfacts/scoring/vitest'),
    );
    const script = `
      const entries = ${JSON.stringify(entries)};
      const out = {};
      for (const e of entries) out[e] = Object.keys(await import(e)).length;
      console.log(JSON.stringify(out));`;
    writeFileSync(join(consumer, 'imports.mjs'), script);
    const { stdout } = await run(process.execPath, ['imports.mjs'], consumer);
    const counts = JSON.parse(stdout) as Record<string, number>;
    expect(Object.keys(counts).sort()).toEqual([...entries].sort());
    for (const [entry, n] of Object.entries(counts)) expect(n, entry).toBeGreaterThan(0);
  });

  it('extract() runs from dist: the golden release, honest spans', async () => {
    writeFileSync(
      join(consumer, 'extract.mjs'),
      `import { readFileSync } from 'node:fs';
       import { extract, findDishonestSpans } from 'pressfacts';
       const text = readFileSync('release.txt', 'utf8');
       const facts = extract(text);
       console.log(JSON.stringify({ event: facts.event?.name, participants: facts.participants.length, dishonest: findDishonestSpans(text, facts).length }));`,
    );
    const { stdout } = await run(process.execPath, ['extract.mjs'], consumer);
    const result = JSON.parse(stdout) as { event: string; participants: number; dishonest: number };
    expect(result.event).toBe('China-Central Asia Summit');
    expect(result.participants).toBe(6);
    expect(result.dishonest).toBe(0);
  });

  it('the pressfacts bin: --help, extract, and batch over worker threads from dist', async () => {
    const pressfacts = join(consumer, 'node_modules', '.bin', 'pressfacts');
    const help = await run(pressfacts, ['--help'], consumer);
    expect(help.stdout).toMatch(/^Usage: pressfacts <command>/);

    const extracted = await run(pressfacts, ['extract', 'release.txt', '--compact'], consumer);
    const facts = JSON.parse(extracted.stdout) as { event: { name: string }; document: { wire: string } };
    expect(facts.event.name).toBe('China-Central Asia Summit');
    expect(facts.document.wire).toBe('GLOBE NEWSWIRE');

    mkdirSync(join(consumer, 'inbox'));
    cpSync(GOLDEN, join(consumer, 'inbox', 'a.txt'));
    writeFileSync(join(consumer, 'inbox', 'b.txt'), '');
    await run(pressfacts, ['batch', 'inbox', '-o', 'out.jsonl', '--workers', '1'], consumer);
    const records = readFileSync(join(consumer, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; ok: boolean; facts?: { event: { name: string } | null } });
    records.sort((a, b) => a.id.localeCompare(b.id));
    expect(records.map((r) => [r.id, r.ok, r.facts?.event?.name ?? null])).toEqual([
      ['inbox/a.txt', true, 'China-Central Asia Summit'],
      ['inbox/b.txt', true, null],
    ]);
  });

  it('type-checks against the published .d.ts (TypeScript, NodeNext, strict, no custom conditions)', async () => {
    writeFileSync(
      join(consumer, 'use.ts'),
      `import { extractMany, type BatchResult } from '@pressfacts/batch';
       import { createPipeline, type Stage } from '@pressfacts/document';
       import { EntityVocabularyError, type EntityVocabularies } from '@pressfacts/entities';
       import { discoverFixtures } from '@pressfacts/scoring/fixtures';
       import { scoreFacts } from '@pressfacts/scoring';
       import { createSummitPipeline, extract, factsOf, type SummitFacts } from 'pressfacts';

       const vocabularies: EntityVocabularies = { regions: [{ name: 'Great Steppe', forms: ['Great Steppe'], example: 'Across the Great Steppe.' }] };
       const stage: Stage<never, 'entities'> = { name: 'mine', requires: ['entities'], provides: [], run: () => ({}) };
       const pipeline = createSummitPipeline({ vocabularies, stages: [stage] });
       const facts: SummitFacts = factsOf(pipeline.process('text'));
       const name: string | null | undefined = extract('text', { referenceDate: '2025-06-18' }).event?.name;
       const f1: number | null = scoreFacts(facts, facts).overall.f1;
       // @ts-expect-error referenceDate is a string
       extract('text', { referenceDate: 20250618 });
       export const all = [name, f1, createPipeline, discoverFixtures, EntityVocabularyError, extractMany as unknown as BatchResult];`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
        },
        files: ['use.ts'],
      }),
    );
    await run(bin('tsc'), ['-p', 'tsconfig.json'], consumer);
  });
});
