import { createDoc, segmentFromView } from '@pressfacts/document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenizer, normalize } from '../src/index.js';
import { normalizeView } from '../src/normalize/normalize.js';
import { expectHonest, tokenize } from './helpers.js';

/** Strings rich in what the tokenizer treats specially. */
const tricky = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '\r\n', '\r', '\n\n', '\u00a0', '\u2009', '\t', '\ufeff', '\u200b', '\u2029', '&amp;', '&nbsp;', '&#8217;',
        '&#x1F600;', '&copy', '&', '&#', '\u201c', '\u2019', '\u2014', '\u2013', '--', '\u2026', '\ud800', '\udc00',
        'U.S.', 'Mr.', 'Dec. 5', 'J. Smith', '"', '. ', 'date 2025-06-18 ', 'BEIJING, June 18, 2025 (GLOBE NEWSWIRE) -- ',
        'ASTANA, July 4 (Xinhua) -- ', 'Title Line\n\n', 'Nausėda ', '上海 ', '\u0000', '\u0085',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('normalize: every range of the view maps to an honest raw span', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), fc.nat(), (raw, a, b) => {
        const view = normalize(raw);
        const n = view.text.length;
        expect(view.rawStart.length).toBe(n + 1);
        expect(view.rawEnd.length).toBe(n);
        for (let i = 0; i < n; i++) {
          expect(view.rawStart[i]!).toBeLessThan(view.rawEnd[i]!);
          if (i > 0) expect(view.rawStart[i]!).toBeGreaterThanOrEqual(view.rawStart[i - 1]!);
          if (i > 0) expect(view.rawEnd[i]!).toBeGreaterThanOrEqual(view.rawEnd[i - 1]!);
        }
        const s = n === 0 ? 0 : a % (n + 1);
        const e = n === 0 ? 0 : s + (b % (n - s + 1));
        const seg = segmentFromView(view, s, e);
        expect(raw.slice(seg.start, seg.end)).toBe(seg.text);
        expect(seg.start).toBeLessThanOrEqual(seg.end);
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeView: a range without written units and as long as its raw span reads the same in both texts', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, tricky.map((t) => `<p>${t}</p><div>a &amp; b</div><br>`)), fc.boolean(), fc.nat(), fc.nat(), (raw, html, a, b) => {
        const { view, written } = normalizeView(raw, html);
        expect(view).toEqual(normalize(raw, html));
        const n = view.text.length;
        const s = n === 0 ? 0 : a % (n + 1);
        const e = n === 0 ? 0 : s + (b % (n - s + 1));
        const seg = segmentFromView(view, s, e);
        if (seg.end - seg.start === e - s && !written.some((w) => w >= s && w < e)) expect(seg.text).toBe(view.text.slice(s, e));
        // Every unit not written is a copy of its raw unit.
        for (let i = 0; i < n; i++) {
          if (!written.includes(i)) expect(view.raw.slice(view.rawStart[i], view.rawEnd[i])).toBe(view.text[i]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the stage never throws and every segment is honest (any unicode string)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), tricky), (raw) => {
        const doc = tokenize(raw);
        expect(doc.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
        expectHonest(doc);
        const sentences = doc.layers.sentences!;
        for (const t of doc.layers.tokens!) expect(sentences[t.sentence]).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('the stage run itself never throws', () => {
    const stage = createTokenizer();
    fc.assert(
      fc.property(tricky, (raw) => {
        expect(() => stage.run(createDoc(raw), { report: () => {} })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
