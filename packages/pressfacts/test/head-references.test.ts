import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAD_REFERENCE_SCAN, HEAD_WORD, headReferences } from '../src/facts/head-references.js';
import { matchesOf } from '../src/facts/text.js';
import { contextOf } from './support/context.js';

const HEADS = new Set(['summit', 'meeting', 'forum']);

/** What the pattern's global scan over the text from `base` finds, kept to `heads`. */
function scanned(text: string, base: number, heads: ReadonlySet<string>) {
  return matchesOf(HEAD_REFERENCE_SCAN.global, text.slice(base))
    .filter((m) => heads.has(m[1]!))
    .map((m) => ({ at: base + m.index, head: m[1]! }));
}

describe('headReferences: "the <head>" read from where the head words stand', () => {
  it('finds the lower-case references to a head, with where "the" starts', () => {
    const ctx = contextOf('The summit opened in Lima. Leaders said the ministerial meeting and The meeting went well; the Meeting did not.', null);
    expect(headReferences(ctx, 0, HEADS)).toEqual([
      { at: 0, head: 'summit' },
      { at: ctx.text.indexOf('The meeting'), head: 'meeting' },
    ]);
  });

  it('misses what the pattern misses: a capital, a word glued on, "the" inside a word, the "the" a match took', () => {
    for (const text of ['THE summit', 'the summitX', 'bathe summit', 'the Summit', 'the summit2', 'the_summit', 'the the summit']) {
      const ctx = contextOf(text, null);
      expect(headReferences(ctx, 0, HEADS), text).toEqual(scanned(ctx.text, 0, HEADS));
      expect(headReferences(ctx, 0, HEADS), text).toEqual([]);
    }
    const ctx = contextOf('the the the summit', null);
    expect(headReferences(ctx, 0, HEADS)).toEqual([{ at: 8, head: 'summit' }]);
  });

  it('finds what the global scan finds, on any text from any offset', () => {
    const piece = fc.constantFrom('the', 'The', 'THE', 'the\u00a0', 'summit', 'summits', 'summit-level', 'meeting', 'Meeting', 'forum', 'talks', 'four-day', 'a-b', 'x', '_', '2', ',', '.', 'é', 'bathe', '\n');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '  ', '', '-'), fc.nat(), (parts, glue, a) => {
        const ctx = contextOf(parts.join(glue), null);
        const base = a % (ctx.text.length + 1);
        return JSON.stringify(headReferences(ctx, base, HEADS)) === JSON.stringify(scanned(ctx.text, base, HEADS));
      }),
      { numRuns: 400 },
    );
  });

  it('reads the head word a name ends in', () => {
    expect(HEAD_WORD.exec('g20 leaders summit')?.[1]).toBe('summit');
    expect(HEAD_WORD.exec('ministerial meeting on trade')?.[1]).toBe('meeting');
    expect(HEAD_WORD.exec('summit of the forum on china-africa cooperation')?.[1]).toBe('summit');
    expect(HEAD_WORD.exec('belt and road initiative')).toBeNull();
  });
});
