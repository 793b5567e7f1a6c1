import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFixtures, FixtureError, matchesFilter, readExpected, readFixtureInput } from '../src/fixtures/index.js';
import { makeFacts, RELEASE } from './make-facts.js';

function fixtureTree() {
  const root = mkdtempSync(join(tmpdir(), 'pf-fixtures-'));
  const make = (dir: string, files: Record<string, string>) => {
    mkdirSync(join(root, dir), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, dir, name), text);
  };
  make('golden-a', { 'input.txt': RELEASE, 'expected.json': JSON.stringify(makeFacts()), 'context.json': '{"referenceDate":"2025-06-18"}' });
  make('tune/g20-rio', { 'input.txt': 'text' });
  make('tune/not-a-fixture', { 'notes.md': 'x' });
  make('blind/b1', { 'input.txt': 'text', 'expected.json': '{"schemaVersion":"1","event":{"edition":"2"}}' });
  make('blind/b2', { 'input.txt': 'text', 'context.json': '{"referenceDate":"18 June"}' });
  return root;
}

describe('discoverFixtures', () => {
  const root = fixtureTree();
  it('finds every folder holding input.txt, sorted', () => {
    expect(discoverFixtures(['.'], { cwd: root }).map((f) => [f.name, f.hasExpected, f.hasContext])).toEqual([
      ['blind/b1', true, false],
      ['blind/b2', false, true],
      ['golden-a', true, true],
      ['tune/g20-rio', false, false],
    ]);
  });
  it('filters by substring or glob', () => {
    expect(discoverFixtures(['.'], { cwd: root, filter: 'g20' }).map((f) => f.name)).toEqual(['tune/g20-rio']);
    expect(discoverFixtures(['.'], { cwd: root, filter: 'blind/*' }).map((f) => f.name)).toEqual(['blind/b1', 'blind/b2']);
    expect(discoverFixtures(['tune', 'golden-a'], { cwd: root }).map((f) => f.name)).toEqual(['golden-a', 'tune/g20-rio']);
  });
  it('reads input and context; rejects a bad context and a bad expected.json with file and schema path', () => {
    const [b1, b2, golden] = discoverFixtures(['.'], { cwd: root });
    expect(readFixtureInput(golden!)).toEqual({ text: RELEASE, context: { referenceDate: '2025-06-18' } });
    expect(readExpected(golden!)).toEqual(makeFacts());
    expect(() => readFixtureInput(b2!)).toThrow(/blind\/b2\/context\.json: \/referenceDate: must be a YYYY-MM-DD string/);
    let error: unknown;
    try {
      readExpected(b1!);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FixtureError);
    expect((error as FixtureError).file).toBe(join(root, 'blind/b1/expected.json'));
    expect((error as FixtureError).problems).toContain('/event/edition: must be integer');
  });
});

describe('matchesFilter', () => {
  it('substring', () => {
    expect(matchesFilter('fixtures/tune/g20-rio', 'g20')).toBe(true);
    expect(matchesFilter('fixtures/tune/g20-rio', 'brics')).toBe(false);
  });
  it('glob: * within a segment, ** across', () => {
    expect(matchesFilter('fixtures/tune/g20-rio', 'tune/*')).toBe(true);
    expect(matchesFilter('fixtures/tune/g20-rio', 'g20-*')).toBe(true);
    expect(matchesFilter('fixtures/tune/g20-rio', 'fixtures/*')).toBe(false);
    expect(matchesFilter('fixtures/tune/g20-rio', 'fixtures/**')).toBe(true);
    expect(matchesFilter('fixtures/tune/g20-rio', 'g2?-rio')).toBe(true);
    expect(matchesFilter('fixtures/tune/g20-rio', '*brics*')).toBe(false);
  });
});
