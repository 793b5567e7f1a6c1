import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from 'pressfacts';
import { TOPIC_CUES, TOPIC_TRAILING_CUES } from '../src/data/topic-cues.js';
import { BOILERPLATE_HEADINGS } from '../src/data/boilerplate-headings.js';
import { mayListItems, readTopicList } from '../src/facts/topic-list.js';
import { contextOf } from './support/context.js';

const topics = (text: string) => extract(text).topics;

describe('topics: every cue row finds the list in its example', () => {
  it.each([...TOPIC_CUES, ...TOPIC_TRAILING_CUES].map((r) => [r.cue, r.example]))('%s', (_cue, example) => {
    const expected = example.includes('culture') ? ['energy', 'health', 'tourism', 'culture', 'sport'] : ['energy', 'health', 'tourism'];
    expect(topics(example)).toEqual(expected);
  });
});

describe('topics: where a list ends and how it splits', () => {
  it('keeps "and" inside an item when the list has an Oxford comma', () => {
    expect(topics('The leaders agreed to deepen cooperation in mining, science and technology, and tourism.')).toEqual([
      'mining',
      'science and technology',
      'tourism',
    ]);
  });

  it('splits the last two items of a list without an Oxford comma, and stops at an adjunct', () => {
    expect(topics('The ministers will focus on water, fisheries and ocean governance over the next decade.')).toEqual(['water', 'fisheries', 'ocean governance']);
  });

  it('keeps a prepositional item whole and ends the list at a relative clause', () => {
    expect(topics('The new chair said the year would focus on roads, ports and peace in the Sahel, where fighting continues.')).toEqual([
      'roads',
      'ports',
      'peace in the Sahel',
    ]);
  });

  it('ends the list before a second verb phrase', () => {
    expect(topics('Modi called for deeper cooperation in shipping, fintech and the blue economy, and urged members to cut tariffs.')).toEqual([
      'shipping',
      'fintech',
      'blue economy',
    ]);
  });

  it('reads a colon list grouped by semicolons, one or two topics a group', () => {
    expect(
      topics(
        'The communique covers three issues: the safety of dams, including the Kariba dam; water sharing and navigation on the Zambezi and the Limpopo; and flood warnings and the return of displaced families.',
      ),
    ).toEqual(['safety of dams', 'water sharing', 'navigation on the Zambezi and the Limpopo', 'flood warnings', 'return of displaced families']);
  });

  it('drops a sentence-initial capital, keeps names as written, and does not repeat a topic', () => {
    expect(topics('Fisheries dominated the agenda. Later sessions will cover the Middle East, fisheries and cyber security.')).toEqual([
      'fisheries',
      'Middle East',
      'cyber security',
    ]);
  });
});

describe('topics: what is not a list of topics', () => {
  it.each([
    ['a past fact, not an agenda', 'The two countries have seen robust cooperation in steel, textiles and tourism.'],
    ['what a thing does', 'The three centers, focusing on energy, health and tourism, open in May.'],
    ['a single item after a weak cue', 'The leaders discussed trade.'],
    ['dates after "talks on"', 'They held talks on Friday, Saturday and Sunday.'],
    ['names only', 'They agreed to deepen cooperation with Kenya, Ghana and Nigeria.'],
    ['figures', 'They agreed to deepen cooperation in 2025, 2026 and 2027.'],
    ['no cue at all', 'Delegates from energy, health and tourism ministries attended.'],
  ])('%s', (_case, text) => {
    expect(topics(text)).toEqual([]);
  });

  const story = 'Leaders of the region met in Lima on Friday for two days of talks at the convention centre.\n\n'.repeat(4);

  it('ignores the issuer boilerplate after an "About" heading', () => {
    const heading = BOILERPLATE_HEADINGS[0]!.example;
    expect(topics(`${story}${heading}\n\nNorthwind is a newsletter covering energy, health and tourism.`)).toEqual([]);
  });

  it.each(BOILERPLATE_HEADINGS.map((r) => [r.example]))('treats "%s" as the start of boilerplate', (heading) => {
    expect(topics(`${story}${heading}\n\nThe talks covered energy, health and tourism.`)).toEqual([]);
  });

  it('reads an "About" section early in the release as story', () => {
    expect(topics(`About the summit\n\nThe talks covered energy, health and tourism.\n\n${story}`)).toEqual(['energy', 'health', 'tourism']);
  });
});

describe('topics: the comma bound a long-list cue is skipped by (mayListItems)', () => {
  // Every list readTopicList reads without semicolons has at most two items more than the commas
  // after its start: so a cue whose minimum the commas cannot reach reads nothing there.
  const root = join(import.meta.dirname, '../../../fixtures');
  const texts = [join(root, 'tune'), root]
    .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name, 'input.txt')))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, 'utf8'));
  texts.push('It will launch eight initiatives, in energy, health, tourism, culture and sport.', 'They discussed energy, health and tourism, and trade.');

  it('never skips a list of that many items (every comma and word start of the tuning releases)', () => {
    let lists = 0;
    for (const text of texts) {
      const ctx = contextOf(text, null);
      for (const s of ctx.bodySentences) {
        for (let from = s.norm.start; from < s.norm.end; from++) {
          if (ctx.text[from - 1] !== ',' && !(ctx.text[from - 1] === ' ' && ctx.text[from] !== ' ')) continue;
          const list = readTopicList(ctx, from, s.norm.end, { semicolons: false, stopAtTrailingCue: /(?!)/g });
          if (list === null) continue;
          lists++;
          expect(mayListItems(ctx, from, s.norm.end, list.items.length), ctx.text.slice(from, s.norm.end)).toBe(true);
        }
      }
    }
    expect(lists).toBeGreaterThan(100);
  });

  it('tells a list that the commas cannot make that long', () => {
    const ctx = contextOf('Leaders met in Astana, in May, for talks on trade and energy.', null);
    const from = ctx.text.indexOf(', in') + 4;
    expect(mayListItems(ctx, from, ctx.text.length, 5)).toBe(false);
    expect(mayListItems(ctx, from, ctx.text.length, 3)).toBe(true);
  });
});
