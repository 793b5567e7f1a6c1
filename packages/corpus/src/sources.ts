import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A release the generator rewrites. */
export interface SourceRelease {
  /** Where it came from, e.g. `tune/brics-kazan-2024-xinhua`. */
  readonly id: string;
  readonly text: string;
}

/**
 * Reads the fixture releases under `fixturesDir`: `tune/<case>/input.txt` and the golden
 * `<case>/input.txt`, never `blind/` (held out to judge the extractor), sorted by id.
 *
 * @example
 * const sources = loadFixtureSources('fixtures'); // [{ id: 'tune/…', text }, …]
 */
export function loadFixtureSources(fixturesDir: string): SourceRelease[] {
  const found: SourceRelease[] = [];
  const collect = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || (prefix === '' && (entry.name === 'blind' || entry.name === 'tune'))) continue;
      const input = join(dir, entry.name, 'input.txt');
      if (existsSync(input)) found.push({ id: `${prefix}${entry.name}`, text: readFileSync(input, 'utf8') });
    }
  };
  collect(fixturesDir, '');
  collect(join(fixturesDir, 'tune'), 'tune/');
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
