import { fileURLToPath } from 'node:url';
import currencyCodes from 'currency-codes';
import { describe, expect, it } from 'vitest';
import { BROKEN_KINDS, createRandom, generateCorpus, loadFixtureSources, rewriteRelease } from '../src/index.js';
import { findPersonNames } from '../src/people.js';
import { CURRENCY_STYLES } from '../src/pools/currencies.js';
import { LEADER_NAMES } from '../src/pools/leaders.js';
import { TITLES_BEFORE_NAMES } from '../src/pools/titles.js';

const fixtures = fileURLToPath(new URL('../../../fixtures', import.meta.url));

const RELEASE = `Leaders Gather for Regional Summit

NAIROBI, June 18, 2025 (GLOBE NEWSWIRE) -- President William Ruto of Kenya welcomed Prime Minister Narendra Modi to Nairobi on June 17 for the third Kenya-India Summit.

Trade between Kenya and India reached $4.5 billion in 2024, up 12.5 percent, Ruto said. Modi said Indian companies would invest 1,250 million in Kenyan ports.

The G20 partners also discussed COVID-19 recovery on the 30th anniversary of the partnership.`;

describe('rewriteRelease', () => {
  const out = rewriteRelease(RELEASE, createRandom(42));

  it('replaces people, countries, demonyms, cities and currency consistently', () => {
    for (const old of ['William Ruto', 'Ruto', 'Narendra Modi', 'Modi', 'Kenya', 'India', 'Indian', 'Kenyan', 'Nairobi', 'NAIROBI', '$4.5']) {
      expect(out).not.toContain(old);
    }
    const amount = /reached (\S+) billion/.exec(out)?.[1] ?? '';
    expect(CURRENCY_STYLES.some((c) => amount.startsWith(c.symbol)), amount).toBe(true);
    const leaders = LEADER_NAMES.filter((l) => out.includes(l.name));
    expect(leaders).toHaveLength(2);
    // Later short mentions ("Ruto said") become the new leader's surname.
    for (const leader of leaders) expect(out).toContain(`${leader.surname} said`);
    const summit = /the third (.+)-(.+) Summit/.exec(out);
    expect(summit).not.toBeNull();
    expect(out.match(new RegExp(`${summit![1]!}`, 'g'))!.length).toBeGreaterThanOrEqual(3);
  });

  it('shifts dates, scales amounts in the same format, keeps shares at most 100 and leaves names like G20 alone', () => {
    expect(out).toMatch(/^[A-Z ]+, (January|February|March|April|May|June|July|August|September|October|November|December) 18, 20\d\d \(GLOBE NEWSWIRE\)/m);
    expect(out).toMatch(/reached \S+\d+\.\d (billion|trillion|crore)? ?/);
    expect(out).toMatch(/up (\d\d?\.\d) percent/);
    expect(Number(/up (\d+\.\d) percent/.exec(out)![1])).toBeLessThanOrEqual(100);
    expect(out).toMatch(/invest \d,\d{3} million/);
    for (const kept of ['G20', 'COVID-19', '30th anniversary', 'the third', 'GLOBE NEWSWIRE']) expect(out).toContain(kept);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(rewriteRelease(RELEASE, createRandom(42))).toBe(out);
    expect(rewriteRelease(RELEASE, createRandom(43))).not.toBe(out);
  });
});

describe('findPersonNames', () => {
  it('finds the name after every title in the table (each row runs its example)', () => {
    for (const [title, example] of TITLES_BEFORE_NAMES) {
      const name = example.slice(title.length + 1);
      expect(findPersonNames(`Yesterday ${example} arrived.`, () => false), title).toEqual([name]);
    }
  });

  it('finds names before a role and after "said", and stops at places and months', () => {
    const isPlace = (w: string) => w === 'Brazil';
    expect(findPersonNames('said Ursula von der Leyen. Ana Pereira, director of the institute, spoke.', isPlace)).toEqual(['Ursula von der Leyen', 'Ana Pereira']);
    expect(findPersonNames('President Lula Brazil June', isPlace)).toEqual(['Lula']);
    expect(findPersonNames('The President said the Summit would open.', isPlace)).toEqual([]);
    expect(findPersonNames("Prime Minister Narendra Modi's visit", isPlace)).toEqual(['Narendra Modi']);
  });
});

describe('data pools', () => {
  it('uses real ISO 4217 codes and formats each currency example with its symbol or word', () => {
    for (const c of CURRENCY_STYLES) {
      expect(currencyCodes.code(c.code)?.code, c.code).toBe(c.code);
      expect(c.example.startsWith(c.symbol) || c.example.endsWith(c.word), c.example).toBe(true);
    }
  });

  it('has unique leader names whose surname is part of the name', () => {
    expect(new Set(LEADER_NAMES.map((l) => l.name)).size).toBe(LEADER_NAMES.length);
    for (const l of LEADER_NAMES) expect(l.name.endsWith(l.surname) || l.name.startsWith(l.surname), l.name).toBe(true);
  });
});

describe('generateCorpus', () => {
  const sources = loadFixtureSources(fixtures);

  it('reads the tune and golden fixtures and never the blind ones', () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(sources.some((s) => s.id === 'china-central-asia-summit-2025')).toBe(true);
    expect(sources.some((s) => s.id.startsWith('tune/'))).toBe(true);
    expect(sources.some((s) => s.id.includes('blind'))).toBe(false);
  });

  it('makes count documents with unique ids, deterministically, lazily', () => {
    const a = [...generateCorpus({ count: 40, seed: 9, sources })];
    const b = [...generateCorpus({ count: 40, seed: 9, sources })];
    expect(a.map((d) => d.id)).toEqual(Array.from({ length: 40 }, (_, i) => `gen-${String(i + 1).padStart(6, '0')}`));
    expect(b).toEqual(a);
    expect(new Set(a.map((d) => d.text)).size).toBe(40);
    expect(a.every((d) => d.broken === undefined && d.text.length > 200)).toBe(true);
    const endless = generateCorpus({ count: Infinity, seed: 9, sources });
    expect(endless.next().value).toEqual(a[0]);
  });

  it('injects broken inputs at the rate, cycling through every kind', () => {
    const docs = [...generateCorpus({ count: 200, seed: 5, sources, broken: { rate: 0.1, hugeLength: 50_001 } })];
    const broken = docs.filter((d) => d.broken !== undefined);
    expect(broken.length).toBeGreaterThanOrEqual(10);
    expect(broken.length).toBeLessThanOrEqual(35);
    expect(broken.slice(0, 4).map((d) => d.broken)).toEqual([...BROKEN_KINDS]);
    for (const d of broken) {
      if (d.broken === 'empty') expect(d.bytes?.length).toBe(0);
      if (d.broken === 'huge') expect(d.text.length).toBe(50_001);
      if (d.broken === 'binary') expect(d.bytes?.includes(0)).toBe(true);
      if (d.broken === 'invalid-utf8') {
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(d.bytes)).toThrow();
        expect(d.text).toContain('\uFFFD');
      }
    }
  });
});

describe('rewriteRelease on times, ranges and old years', () => {
  it('leaves clock times and compounds alone and shifts every year like the others', () => {
    const text = 'Updated 20:15 CEST. A 10-year pact, signed in 1949 and renewed in 2024, runs 2024-2034.';
    const out = rewriteRelease(text, createRandom(3));
    expect(out).toContain('20:15 CEST');
    expect(out).toContain('A 10-year pact');
    const [y1949, y2024] = [/signed in (\d{4})/.exec(out)![1], /renewed in (\d{4})/.exec(out)![1]].map(Number) as [number, number];
    expect(y2024 - y1949).toBe(2024 - 1949);
    expect(out).toContain('runs 2024-2034');
  });
});
