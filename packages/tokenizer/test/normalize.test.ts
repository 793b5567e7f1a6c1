import { segmentFromView, type TextView } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { normalizeView } from '../src/normalize/normalize.js';
import { CHAR_RULES } from '../src/normalize/char-map.js';

/** The raw text each normalised code unit maps back to. */
const sources = (view: TextView): string[] =>
  [...view.text].length === view.text.length
    ? Array.from(view.text, (_, i) => view.raw.slice(view.rawStart[i], view.rawEnd[i]))
    : [];

describe('normalize: the char map rows', () => {
  for (const rule of CHAR_RULES) {
    it(`${rule.id}: ${JSON.stringify(rule.example[0])}`, () => {
      const view = normalize(rule.example[0]);
      expect(view.text).toBe(rule.example[1]);
      expect(segmentFromView(view, 0, view.text.length).text).toBe(rule.example[0].replace(/^\ufeff/, '').replace(/[\u2060]$/, ''));
    });
  }
});

describe('normalize', () => {
  it('leaves plain text alone and maps it one to one', () => {
    const view = normalize('Leaders met in Astana.');
    expect(view.text).toBe('Leaders met in Astana.');
    expect(Array.from(view.rawStart)).toEqual([...Array(23).keys()]);
    expect(Array.from(view.rawEnd)).toEqual([...Array(22).keys()].map((i) => i + 1));
  });

  it('maps the units before the first one it changes one to one, and those after it shifted', () => {
    // A long one-to-one prefix before the first unit that changes.
    const prefix = 'Leaders met in Astana. '.repeat(300);
    const view = normalize(`${prefix}\u201cYes\u201d`);
    const n = prefix.length;
    expect(view.text).toBe(`${prefix}"Yes"`);
    expect(Array.from(view.rawStart.subarray(0, n + 1))).toEqual([...Array(n + 1).keys()]);
    expect(Array.from(view.rawEnd.subarray(0, n))).toEqual([...Array(n).keys()].map((i) => i + 1));
    expect(sources(view).slice(n)).toEqual(['\u201c', 'Y', 'e', 's', '\u201d']);
    expect(view.rawStart.length).toBe(view.text.length + 1);
    expect(view.rawEnd.length).toBe(view.text.length);
    // A shorter plain text afterwards gets maps of its own length, not the table's.
    expect(Array.from(normalize('Talks ended.').rawEnd)).toEqual([...Array(12).keys()].map((i) => i + 1));
  });

  it('turns CRLF and lone CR into \\n, each mapping to its whole raw line end', () => {
    const view = normalize('a\r\nb\rc\n');
    expect(view.text).toBe('a\nb\nc\n');
    expect(sources(view)).toEqual(['a', '\r\n', 'b', '\r', 'c', '\n']);
    expect(segmentFromView(view, 1, 3)).toEqual({ start: 1, end: 4, text: '\r\nb', norm: { start: 1, end: 3 } });
  });

  it('turns NBSP, thin, narrow and figure spaces and tabs into a plain space', () => {
    const view = normalize('US$\u00a05\u2009bn\u202fin\u20072024\tnow');
    expect(view.text).toBe('US$ 5 bn in 2024 now');
    expect(segmentFromView(view, 4, 8)).toEqual({ start: 4, end: 8, text: '5\u2009bn', norm: { start: 4, end: 8 } });
  });

  it('drops the BOM and zero-width characters, keeping spans over them honest', () => {
    const raw = '\ufeffXi\u200bJin\u200cping\u200d said\u2060.';
    const view = normalize(raw);
    expect(view.text).toBe('XiJinping said.');
    const name = segmentFromView(view, 0, 9);
    expect(name).toEqual({ start: 1, end: 12, text: 'Xi\u200bJin\u200cping', norm: { start: 0, end: 9 } });
    // the dropped characters at the edges stay outside the span
    expect(segmentFromView(view, 10, 14).text).toBe('said');
    expect(segmentFromView(view, 0, view.text.length).text).toBe(raw.slice(1));
  });

  it('makes curly quotes and primes straight', () => {
    const view = normalize('\u201cIt\u2019s a milestone,\u201d he said at 5\u2032');
    expect(view.text).toBe('"It\'s a milestone," he said at 5\'');
    expect(sources(view).slice(0, 5)).toEqual(['\u201c', 'I', 't', '\u2019', 's']);
  });

  it('makes en and em dashes, the bar, the minus sign and the non-breaking hyphen a hyphen, and keeps --', () => {
    const view = normalize('2023\u20132024 \u2014 \u2015 \u22125 co\u2011op -- x');
    expect(view.text).toBe('2023-2024 - - -5 co-op -- x');
    expect(segmentFromView(view, 4, 5).text).toBe('\u2013');
  });

  it('decodes HTML entities; every decoded char maps to the whole entity', () => {
    const raw = 'Xi&#8217;an &amp; Astana&nbsp;&quot;ok&quot; &#x1F600; &copy2024 &foo; AT&T';
    const view = normalize(raw);
    expect(view.text).toBe('Xi\'an & Astana "ok" \u{1F600} \u00a92024 &foo; AT&T');
    expect(segmentFromView(view, 2, 3)).toEqual({ start: 2, end: 9, text: '&#8217;', norm: { start: 2, end: 3 } });
    expect(segmentFromView(view, 6, 7).text).toBe('&amp;');
    expect(segmentFromView(view, 14, 15).text).toBe('&nbsp;');
    expect(segmentFromView(view, 15, 19).text).toBe('&quot;ok&quot;');
    // both halves of an astral character decoded from one entity map to the entity
    const emoji = view.text.indexOf('\u{1F600}');
    expect(segmentFromView(view, emoji, emoji + 1).text).toBe('&#x1F600;');
    expect(segmentFromView(view, emoji + 1, emoji + 2).text).toBe('&#x1F600;');
    // legacy entity without a semicolon, unknown entity, bare ampersand
    expect(segmentFromView(view, emoji + 3, emoji + 4).text).toBe('&copy');
    expect(view.text.endsWith('&foo; AT&T')).toBe(true);
  });

  it('normalises what an entity decodes to: &nbsp; &mdash; &#8203; &#13;', () => {
    const view = normalize('a&nbsp;b&mdash;c&#8203;d&#13;e');
    expect(view.text).toBe('a b-cd\ne');
    expect(sources(view)).toEqual(['a', '&nbsp;', 'b', '&mdash;', 'c', 'd', '&#13;', 'e']);
  });

  it('keeps the ellipsis and --, and expands a paragraph separator to a blank line', () => {
    const view = normalize('Wait\u2026 -- a\u2029b');
    expect(view.text).toBe('Wait\u2026 -- a\n\nb');
    expect(sources(view).slice(-3)).toEqual(['\u2029', '\u2029', 'b']);
  });

  it('replaces lone surrogates and keeps pairs', () => {
    const view = normalize('a\ud800b\udc00 \u{1F600}');
    expect(view.text).toBe('a\ufffdb\ufffd \u{1F600}');
    expect(segmentFromView(view, 1, 2).text).toBe('\ud800');
    expect(segmentFromView(view, 5, 7).text).toBe('\u{1F600}');
  });

  it('maps the end of the view to the end of the raw text', () => {
    const view = normalize('ab\u200b\ufeff');
    expect(view.text).toBe('ab');
    expect(view.rawStart.length).toBe(3);
    expect(view.rawStart[2]).toBe(4);
    expect(segmentFromView(view, 2, 2)).toEqual({ start: 4, end: 4, text: '', norm: { start: 2, end: 2 } });
  });

  it('lists the units it wrote rather than copied, and none for text it copies whole', () => {
    const { view, written } = normalizeView('\u201cOk\u201d\r\nA&amp;B\u200bC\u2029', false);
    expect(view.text).toBe('"Ok"\nA&BC\n\n');
    expect(written).toEqual([0, 3, 4, 6, 9, 10]);
    expect(normalizeView('Leaders met.', false).written).toEqual([]);
  });

  it('handles the empty string', () => {
    const view = normalize('');
    expect(view.text).toBe('');
    expect(Array.from(view.rawStart)).toEqual([0]);
    expect(view.rawEnd.length).toBe(0);
  });
});
