import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityView, isHonestSpan, type Token } from '@pressfacts/document';
import { resolveCountry } from '../src/countries.js';
import { findPeople } from '../src/people/index.js';
import { isKnownPlaceOrOrg, people } from './people-support.js';

const pieces = fc.constantFrom(
  'President', 'Prime Minister', 'Chinese', 'Kazakh', 'Xi', 'Jinping', "Xi's", "Xi'an", 'Tokayev', 'Kassym-Jomart',
  'von', 'der', 'Leyen', 'da', 'Silva', 'bin', 'Al', 'Sheikh', 'Mr.', 'Dr.', 'said', 'says', 'told', 'according to',
  'on Tuesday', 'of', 'the', 'The', 'director', 'secretary-general', 'at', 'University', 'Center', 'for', 'and',
  ',', '.', '"', '\u201c', '\u2019s', '-', '\u2013', '\n', '\n\n', ' ', '  ', 'II', 'S.', 'Nausėda', '习近平', '😀',
  '\ud800', '\udfff', 'É', 'ÉMIR', 'UN', 'Astana', 'New Delhi', 'Efforts', 'Data', 'June', '2025', '94.8',
);

const textArb = fc.oneof(
  fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(' ')),
  fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('findPeople: properties', () => {
  it('never throws, and every mention is an honest span in text order', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const found = people(text);
        const ids = new Set<string>();
        for (const p of found) {
          expect(p.kind).toBe('person');
          expect(p.name.length).toBeGreaterThan(0);
          expect(p.mentions.length).toBeGreaterThan(0);
          expect(p.provenance.confidence).toBeGreaterThan(0);
          expect(p.provenance.confidence).toBeLessThanOrEqual(1);
          expect(ids.has(p.id)).toBe(false);
          ids.add(p.id);
          let last = -1;
          for (const m of p.mentions) {
            expect(isHonestSpan(text, m)).toBe(true);
            expect(m.start).toBeGreaterThan(last);
            last = m.start;
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on tokens with odd offsets', () => {
    const tokenArb = fc.record({
      start: fc.integer({ min: -5, max: 60 }),
      len: fc.integer({ min: -2, max: 12 }),
      sentence: fc.integer({ min: 0, max: 3 }),
      pos: fc.constantFrom('PROPN', 'NOUN', 'VERB', ''),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(tokenArb, { maxLength: 30 }), (text, raw) => {
        const view = identityView(text);
        const tokens: Token[] = raw.map((t) => {
          const start = t.start;
          const end = t.start + t.len;
          return {
            start,
            end,
            text: text.slice(Math.max(0, start), Math.max(0, end)),
            norm: { start, end },
            value: '',
            kind: 'word',
            pos: t.pos,
            sentence: t.sentence,
          };
        });
        const found = findPeople({ view, sentences: [], tokens, resolveCountry, isKnownPlaceOrOrg });
        for (const p of found) for (const m of p.mentions) expect(isHonestSpan(text, m)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, blank and very long input', () => {
    expect(people('')).toEqual([]);
    expect(people(' \n\t ')).toEqual([]);
    const long = 'Chinese President Xi Jinping said trade grew. '.repeat(2300);
    expect(long.length).toBeGreaterThan(100_000);
    const found = people(long);
    expect(found.map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(found[0]!.mentions).toHaveLength(2300);
  });
});
