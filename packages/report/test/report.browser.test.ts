import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { renderReport } from '../src/index.js';
import { makeFacts, RELEASE, span } from '../../scoring/test/make-facts.js';

// A real headless browser: Debian's chromium driven by playwright-core. CI installs chromium;
// without it these tests skip and say so.
const CHROMIUM = '/usr/bin/chromium';

// The project compiles without the DOM lib: the little of it the page callbacks use, typed here.
interface El {
  readonly dataset: Record<string, string | undefined>;
  readonly textContent: string | null;
}
interface PageGlobals {
  readonly document: { getElementById(id: string): El | null; querySelectorAll(selector: string): Iterable<El> };
  readonly pwned?: number;
}

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const blocked: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const facts = makeFacts();
    facts.participants[0]!.representative = 'Xi';
    facts.places.pop();
    facts.organizations.push({ name: 'Forum <b>bold</b>', acronym: null, evidence: [span('Forum')], provenance: { rule: 'orgs/capitalised-noun', confidence: 0.4 } });
    const html = renderReport({ text: `${RELEASE}\n<script>window.pwned = 1</script>`, facts, expected: makeFacts() });
    const file = join(mkdtempSync(join(tmpdir(), 'pf-report-')), 'report.html');
    writeFileSync(file, html);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Prove there is no network: every request that is not file: or data: is aborted and recorded.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no network request but the file itself', () => {
    expect(blocked).toEqual([]);
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(/^file:.*report\.html$/);
  });

  it('shows the highlight counts per type in the legend and in the text', async () => {
    const counts = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      const byType: Record<string, Set<string>> = {};
      const data = JSON.parse(document.getElementById('pf-data')!.textContent!) as { annotations: { id: number; type: string; status: string }[] };
      for (const el of document.querySelectorAll('#text .hl')) {
        for (const id of el.dataset.ann!.split(' ')) {
          const a = data.annotations[Number(id)]!;
          if (a.status === 'missing') continue;
          (byType[a.type] ??= new Set()).add(id);
        }
      }
      const legend = Object.fromEntries([...document.querySelectorAll('#legend [data-type]')].map((el) => [el.dataset.type, Number(el.dataset.spans)]));
      return { drawn: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, v.size])), legend };
    });
    const expected = { document: 1, event: 1, participants: 2, people: 3, organizations: 1, places: 2, agreements: 1, figures: 1, quotes: 1, timeline: 2, commitments: 1 };
    expect(counts.drawn).toEqual(expected);
    expect(counts.legend).toEqual({ ...expected, topics: 0 });
    expect(await page.locator('#legend [data-type="people"] b').textContent()).toBe('2');
  });

  it('clicking a highlight shows the fact, its rule and confidence', async () => {
    await page.locator('#text .hl.t-agreements').first().click();
    const card = page.locator('#detail .card').first();
    await expect.poll(() => card.locator('[data-role="rule"]').textContent()).toBe('rule agreements/titled-document · confidence 0.9');
    expect(await card.locator('h3').textContent()).toContain('agreements · Astana Declaration');
    expect(JSON.parse((await card.locator('pre').textContent())!)).toMatchObject({ title: 'Astana Declaration', kind: 'declaration', action: 'signed' });
    // the agreement's span lies inside a timeline entry's: both facts are shown and selected
    expect(await page.locator('#detail .card').evaluateAll((cards) => cards.map((c) => (c as unknown as El).dataset.fact))).toEqual(['agreements:0', 'timeline:1']);
    expect(await page.locator('tr.fact.selected').evaluateAll((rows) => rows.map((r) => (r as unknown as El).dataset.fact))).toEqual(['agreements:0', 'timeline:1']);
  });

  it('hover text names the type, the fact and the rule', async () => {
    const title = await page.locator('#text .hl.t-figures').first().getAttribute('title');
    // the figure lies inside a timeline entry: the innermost fact first, one line per fact
    expect(title).toBe('figures: 94,800,000,000 USD · money/number-scale-currency (0.9)\ntimeline: 2024 Trade reached 94.8 billion U.S. dollars · timeline/dated-clause (0.9)');
  });

  it('marks missing, spurious and partial facts', async () => {
    expect(await page.locator('#text .hl.st-missing').count()).toBe(1);
    expect(await page.locator('#text .hl.st-missing').textContent()).toBe('Kazakhstan');
    expect(await page.locator('#text .hl.st-spurious').textContent()).toBe('Forum');
    expect(await page.locator('tr.fact[data-status="missing"]').count()).toBe(1);
    expect(await page.locator('tr.fact[data-status="partial"]').first().getAttribute('data-fact')).toBe('participants:0');
  });

  it('renders untrusted text as text', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).pwned)).toBeUndefined();
    expect(await page.locator('#text').textContent()).toContain('<script>window.pwned = 1</script>');
    expect(await page.locator('tr.fact[data-fact="organizations:0"] td').first().textContent()).toBe('Forum <b>bold</b>');
    expect(await page.locator('#facts b').count()).toBe(0);
  });

  it('clicking a row selects its highlights; a screenshot reads well', async () => {
    await page.locator('tr.fact[data-fact="people:0"]').click();
    expect(await page.locator('#text .hl.selected').count()).toBeGreaterThanOrEqual(2);
    await page.locator('#text .hl.t-quotes').first().click();
    await page.screenshot({ path: join(tmpdir(), 'pressfacts-report.png') });
    expect(existsSync(join(tmpdir(), 'pressfacts-report.png'))).toBe(true);
  });
});
