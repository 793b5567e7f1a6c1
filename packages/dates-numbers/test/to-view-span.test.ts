import { identityView, type TextView } from '@pressfacts/document';
import { describe, expect, it } from 'vitest';
import { toViewSpan } from '../src/text/to-view-span.js';

describe('toViewSpan', () => {
  it('moves an item onto the raw input in place, keys in the order a spread gives', () => {
    // "&amp;" in the raw text is "&" in the view: view offsets 0-2 are raw 0-2, view 2 is raw 2-7.
    const raw = 'A &amp; B';
    const view: TextView = { text: 'A & B', raw, rawStart: Int32Array.from([0, 1, 2, 7, 8, 9]), rawEnd: Int32Array.from([1, 2, 7, 8, 9]) };
    const item = { start: 2, end: 5, text: '& B', value: 1, provenance: { rule: 'x', confidence: 1 } };
    const spread = { ...item, start: 2, end: 9, text: '&amp; B', norm: { start: 2, end: 5 } };
    const moved = toViewSpan(view, item);
    expect(moved).toBe(item);
    expect(moved).toEqual(spread);
    expect(Object.keys(moved)).toEqual(Object.keys(spread));
    expect(raw.slice(moved.start, moved.end)).toBe(moved.text);
  });

  it('keeps offsets on an identity view', () => {
    expect(toViewSpan(identityView('in June'), { start: 3, end: 7, text: 'June' })).toEqual({ start: 3, end: 7, text: 'June', norm: { start: 3, end: 7 } });
  });
});
