import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, renderReport } from '../src/index.js';
import { segment } from '../src/segments.js';
import { makeFacts, RELEASE, span } from '../../scoring/test/make-facts.js';

const ann = (id: number, start: number, end: number) => ({ id, type: 'people' as const, fact: `people:${id}`, start, end, status: null });

describe('escaping', () => {
  it('escapes HTML and keeps JSON from closing its script element', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    expect(jsonForScript({ a: '</script><!--\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
    expect(JSON.parse(jsonForScript({ a: '</script>&' }))).toEqual({ a: '</script>&' });
  });
});

describe('segment', () => {
  it('cuts nested and crossing spans into flat runs, innermost first', () => {
    const segs = segment(12, [ann(0, 2, 10), ann(1, 4, 6), ann(2, 8, 12)]);
    expect(segs.map((s) => [s.start, s.end, s.annotations.map((a) => a.id)])).toEqual([
      [0, 2, []],
      [2, 4, [0]],
      [4, 6, [1, 0]],
      [6, 8, [0]],
      [8, 10, [2, 0]],
      [10, 12, [2]],
    ]);
  });
  it('handles no annotations and empty text', () => {
    expect(segment(5, []).map((s) => [s.start, s.end])).toEqual([[0, 5]]);
    expect(segment(0, [])).toEqual([]);
  });
});

describe('renderReport', () => {
  it('is self-contained: no external URL, a CSP that allows nothing else', () => {
    const html = renderReport({ text: RELEASE, facts: makeFacts() });
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; script-src &#39;sha256-/);
  });

  it('highlights every evidence span, keeping the text intact', () => {
    const facts = makeFacts();
    const html = renderReport({ text: RELEASE, facts });
    const text = html.slice(html.indexOf('<div id="text"'), html.indexOf('</div>', html.indexOf('<div id="text"')));
    const visible = text.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(visible).toBe(RELEASE);
    expect(html).toContain('<span class="item" data-type="people" data-spans="3" data-facts="2">');
    expect(html).toContain('<span class="item" data-type="participants" data-spans="2" data-facts="2">');
  });

  it('escapes untrusted text everywhere', () => {
    const text = 'Talks <script>window.pwned=1</script> ended.';
    const facts = makeFacts();
    facts.people = [{ name: '<img src=x onerror=alert(1)>', titles: [], affiliation: null, country: null, evidence: [{ start: 6, end: 14, text: '<script>' }], provenance: { rule: '"><b>', confidence: 1 } }];
    const html = renderReport({ text, facts, title: '</title><script>x()</script>' });
    expect(html).not.toContain('<script>window.pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('"><b>');
    expect(html).toMatch(/>&lt;script&gt;<\/span>window\.pwned=1&lt;\/script&gt; ended\./);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
    // exactly the two scripts of the page
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('drops spans that do not slice the text (a stale expectation)', () => {
    const facts = makeFacts();
    facts.people[0]!.evidence = [{ start: 0, end: 5, text: 'WRONG' }];
    const html = renderReport({ text: RELEASE, facts });
    expect(html).toContain('data-type="people" data-spans="1"');
  });

  it('with an expectation, marks missing, spurious and partial facts', () => {
    const expected = makeFacts();
    const facts = makeFacts();
    facts.participants[0]!.representative = 'Xi';
    facts.places.pop(); // Kazakhstan missing
    facts.organizations.push({ name: 'Forum', acronym: null, evidence: [span('Forum')], provenance: { rule: 'orgs/x', confidence: 0.4 } });
    const html = renderReport({ text: RELEASE, facts, expected });
    expect(html).toContain('data-fact="places:expected:2" data-status="missing"');
    expect(html).toContain('data-fact="organizations:0" data-status="spurious"');
    expect(html).toContain('data-fact="participants:0" data-status="partial"');
    expect(html).toContain('representative: expected &quot;Xi Jinping&quot;, actual &quot;Xi&quot; (partial)');
    expect(html.match(/class="hl t-places st-missing"/g)).toHaveLength(1);
    expect(html).toContain('<table class="scores" id="scores">');
  });
});
