// Issue 7 asks for no `eval`/`Function` anywhere in what we ship: a hostile release must never be
// able to reach a code-generating call. ajv normally compiles validators with `new Function`; ours
// is precompiled at build time (packages/schema/src/validate.generated.ts), which this test also
// covers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

// Matches `eval(`, `new Function(`, `Function(` as a call, and the string forms of timers, which
// are eval in disguise.
const DYNAMIC_CODE = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w.])Function\s*\(|\bset(?:Timeout|Interval)\s*\(\s*['"`]/;

const shippedFiles = readdirSync(join(root, 'packages')).flatMap((pkg) => {
  const src = join(root, 'packages', pkg, 'src');
  try {
    return sourceFiles(src);
  } catch {
    return [];
  }
});

describe('no dynamic code in shipped sources', () => {
  it('scans every package source file, including the precompiled validator', () => {
    expect(shippedFiles.length).toBeGreaterThan(50);
    expect(shippedFiles.some((file) => file.endsWith('validate.generated.ts'))).toBe(true);
  });

  it('finds no eval, Function constructor or string timer', () => {
    const offenders = shippedFiles.filter((file) => DYNAMIC_CODE.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the pattern does catch each form it is meant to catch', () => {
    for (const code of [
      'eval(x)',
      'const f = new Function("a", "return a")',
      'Function("return this")()',
      "setTimeout('x()', 1)",
    ]) {
      expect(DYNAMIC_CODE.test(code), code).toBe(true);
    }
    for (const code of ['evaluate(x)', 'isFunction(x)', 'obj.Function(x)', 'setTimeout(() => 1, 1)']) {
      expect(DYNAMIC_CODE.test(code), code).toBe(false);
    }
  });
});
