import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/main.js';

// Cold start: `pressfacts extract` must not load what only batch, test, compare or report need
// (worker pools, scoring, the HTML report). Each command module holds its name and help; its
// implementation (`<name>-run.ts`) is imported when the command runs.

const dir = fileURLToPath(new URL('../src/commands/', import.meta.url));
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((m) => m[1] ?? '');

describe('lazy commands', () => {
  it('every command module imports nothing at run time; its implementation loads on first run', () => {
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('-run.ts') && f !== 'regression-format.ts');
    expect(modules.sort()).toEqual(['batch.ts', 'compare.ts', 'extract.ts', 'report.ts', 'test.ts']);
    for (const file of modules) {
      expect({ file, imports: importsOf(`${dir}${file}`) }).toEqual({ file, imports: [] });
      expect(readFileSync(`${dir}${file}`, 'utf8')).toContain(`await import('./${file.replace('.ts', '-run.js')}')`);
    }
  });

  it('the input reader takes the decoder from its own entry point, not the batch package root', () => {
    expect(importsOf(fileURLToPath(new URL('../src/io.ts', import.meta.url)))).toEqual(['node:fs/promises', '@pressfacts/batch/decode', './errors.js']);
  });

  it('lists every command with its help text without loading any of them', () => {
    expect(commands.map((c) => c.name)).toEqual(['extract', 'test', 'compare', 'report', 'batch']);
    for (const c of commands) expect(c.help).toMatch(new RegExp(`^Usage: pressfacts ${c.name} `));
  });
});
