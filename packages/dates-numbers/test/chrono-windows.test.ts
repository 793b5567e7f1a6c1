import { readdirSync, readFileSync } from 'node:fs';
import { casual, type ParsedComponents, type ParsedResult, type ParsingContext } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHRONO_CUES, CHRONO_WORDS } from '../src/dates/chrono-cues.js';
import { createDateParser } from '../src/dates/chrono-instance.js';
import { chronoWindows } from '../src/dates/chrono-windows.js';
import { chunkRanges } from '../src/text/chunks.js';
import { GOLDEN } from './helpers.js';

const REF = { instant: new Date(Date.UTC(2025, 5, 18, 12)), timezone: 0 };
const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour'] as const;
const parts = (c: ParsedComponents) => COMPONENTS.map((k) => [c.get(k), c.isCertain(k)]);
const plain = (results: ParsedResult[]) =>
  results.map((r) => [r.index, r.text, parts(r.start), r.end ? parts(r.end) : null, [...r.tags()].sort()]);

const parser = createDateParser();
const whole = (text: string) => plain(parser.parse(text, REF));
const windowed = (text: string) => plain(parser.parse(text, REF, { windows: chronoWindows(text) } as object));

const tune = new URL('../../../fixtures/tune/', import.meta.url);
const RELEASES = [GOLDEN, ...readdirSync(tune).map((name) => readFileSync(new URL(`${name}/input.txt`, tune), 'utf8'))];

/** The enabled parsers' regexes, read off the instance (a context is all `pattern` needs). */
const SOURCES = createDateParser({ gates: false }).parsers.map((p) => {
  const context = { text: '', option: {}, refDate: REF.instant } as unknown as ParsingContext;
  return [p.constructor.name === 'Object' ? 'wrapped' : p.constructor.name, p.pattern(context).source] as const;
});
// The windowed wrapper hides the class name: the unwrapped casual parsers carry the same patterns.
const CASUAL_SOURCES = casual.parsers.map((p) => {
  const context = { text: '', option: {}, refDate: REF.instant } as unknown as ParsingContext;
  return [p.constructor.name, p.pattern(context).source] as const;
});
const ENABLED = new Set(CHRONO_CUES.flatMap((row) => row.parsers));

const WORDS = new Set(CHRONO_WORDS);
/** True when `run` is CHRONO_WORDS glued together. */
function isWords(run: string): boolean {
  const reach = [true];
  for (let i = 0; i < run.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 1; j <= run.length; j++) if (WORDS.has(run.slice(i, j))) reach[j] = true;
  }
  return reach[run.length] === true;
}

describe('chrono cue rows (rules as data)', () => {
  const names = casual.parsers.map((p) => p.constructor.name);

  it('name each parser of the instance once, and only parsers chrono has', () => {
    const rowNames = CHRONO_CUES.flatMap((row) => row.parsers);
    expect(new Set(rowNames).size).toBe(rowNames.length);
    for (const name of rowNames) expect(names, name).toContain(name);
    // Every parser we run is wrapped (a plain object); an unlisted one would keep its class name.
    expect(SOURCES.filter(([name]) => name !== 'wrapped')).toEqual([]);
    expect(SOURCES.length).toBe(rowNames.length);
  });

  it.each(CHRONO_CUES.map((r) => [r.id, r] as const))('%s: each parser reads the example, windowed as whole', (_id, row) => {
    for (const name of row.parsers) {
      const only = createDateParser({ filters: false, gates: false });
      only.parsers = casual.parsers.filter((p) => p.constructor.name === name);
      expect(only.parse(row.example, REF).length, `${name} reads "${row.example}"`).toBeGreaterThan(0);
    }
    expect(whole(row.example).length).toBeGreaterThan(0);
    expect(windowed(row.example)).toEqual(whole(row.example));
  });

  it('hold every letter sequence of the enabled patterns (CHRONO_WORDS)', () => {
    const sources = CASUAL_SOURCES.filter(([name]) => ENABLED.has(name));
    expect(sources.length).toBe(ENABLED.size);
    for (const [name, source] of sources) {
      const bare = source.replace(/\\[a-zA-Z]/g, ' ');
      // A class of letters would let a match hold any word; none of the enabled patterns has one.
      expect(bare.match(/\[[^\]]*[a-zA-Z][^\]]*\]/g), name).toBeNull();
      for (const m of bare.matchAll(/[a-zA-Z]+(?=([?*+{])?)/g)) {
        const piece = m[0].toLowerCase();
        expect(isWords(piece), `${name}: "${piece}"`).toBe(true);
        // "an?" also matches "a".
        if (m[1] !== undefined) expect(isWords(piece.slice(0, -1)) || piece.length === 1, `${name}: "${piece}"`).toBe(true);
      }
    }
  });
});

describe('chronoWindows', () => {
  it('opens at the boundary word before a cue and closes after the one after it', () => {
    const text = 'The leaders met on Tuesday in Astana.';
    const windows = chronoWindows(text);
    expect(windows[2]).toEqual([12, 37]);
    expect(text.slice(12, 37)).toBe('met on Tuesday in Astana.');
    expect(windows.filter((w, i) => i !== 2 && w.length > 0)).toEqual([]);
  });

  it('gives no window to a text without cues, nor to a cue inside a boundary word', () => {
    expect(chronoWindows('The leaders decided to strengthen common cooperation.').every((w) => w.length === 0)).toBe(true);
    expect(chronoWindows('').every((w) => w.length === 0)).toBe(true);
  });

  it('reads glued words and digits', () => {
    const text = 'Leaders said onMonday that talks began yearsago and 5june.';
    const [digits, months, weekdays, , , , ago] = chronoWindows(text);
    expect(text.slice(weekdays?.[0], weekdays?.[1])).toContain('onMonday');
    expect(text.slice(ago?.[0], ago?.[1])).toContain('yearsago');
    expect(text.slice(months?.[0], months?.[1])).toContain('5june');
    expect(text.slice(digits?.[0], digits?.[1])).toContain('5june');
  });
});

/** Words chrono reads, glued forms, words it cannot read, and every kind of separator its patterns use. */
const TOKENS = [
  'June', 'Jun.', 'Sept.', 'may', 'MARCH', 'Dec', 'decided', 'common', 'mayor', 'Tuesday', 'Sun', 'sat', 'weekend',
  'on', 'in', 'of', 'the', 'a', 'an', 'to', 'until', 'till', 'through', 'and', 'first', 'twenty-first', 'thirty first',
  'this', 'last', 'past', 'next', 'after', 'year', 'years', 'month', 'week', 'day', 'days', 'y', 'd', 'few', 'several',
  'couple', 'half', 'about', 'ago', 'before', 'earlier', 'now', 'today', 'tonight', 'tomorrow', 'yesterday', 'night',
  'end', 'AD', 'BC', 'am', 'pm', 'o', 'clock', 'oclock', 'ocl', 'T', 'Z', 'st', 'th', '18th', '5', '18', '2025',
  '06', '1', '12', '31', '99', '2025-06-18', '6/18/2025', '6/2025', '18.06', '10:30', 'onMonday', 'inMay', '5june',
  'yearsago', '3yago', 'lastnight', 'firstjune', 'leaders', 'summit', 'met', 'signed', 'Astana', 'x', 'foo_bar',
  // lone words whose results the filters reject, and what may keep them (chrono-lone-words.ts)
  'for', 'Mon', 'wed', 'Thurs', 'NOW', 'Weekday', 'EST', 'est', 'UN', 'GMT+8', 'UTC', '-5', 'Minister', 'Sun.', 'BC',
  'é', 'café', '中国', ' ', ' ', '  ', '\n', '\n\n', ',', ', ', '.', '. ', '-', '–', '/', '(', ')', '（', '）', ':',
  '+', '!', '?', '"', "'", ';',
];
const releaseText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));

describe('chrono in windows (property)', () => {
  it('finds exactly what it finds in the whole text, on every tuning release', () => {
    expect(RELEASES.length).toBeGreaterThan(20);
    for (const release of RELEASES) {
      for (const [start, end] of chunkRanges(release, 4000)) {
        const chunk = release.slice(start, end);
        expect(windowed(chunk)).toEqual(whole(chunk));
      }
    }
  });

  it('finds exactly what it finds in the whole text, on generated texts', () => {
    fc.assert(
      fc.property(releaseText, (text) => {
        expect(windowed(text)).toEqual(whole(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds exactly what it finds in the whole text, on sentences cut from the releases and glued', () => {
    const sentences = RELEASES.flatMap((r) => r.split(/(?<=[.\n])/));
    const glued = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }).map((s) => s.join(''));
    fc.assert(
      fc.property(glued, (text) => {
        expect(windowed(text)).toEqual(whole(text));
      }),
      { numRuns: 300 },
    );
  });
});
