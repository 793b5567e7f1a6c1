import { segmentFromView, type Segment, type Span, type TextView } from '@pressfacts/document';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Moves an item found in `view.text` (its `start`/`end`/`text` are normalised) onto the raw input,
 * adding `norm`; returns the same object. In place, because the items come from a dozen rules
 * with as many object shapes, and a spread copy (`{ ...item, ...segment }`) of so many shapes
 * takes V8's slow path: it cost more than the rest of a stage's bookkeeping. The keys stay in
 * the order a spread would give (the item's own, then `norm`).
 *
 * @example toViewSpan(view, { start: 0, end: 4, text: 'June', kind: 'x' }) // { start, end, text, kind: 'x', norm: { start: 0, end: 4 } }
 */
export function toViewSpan<T extends Span>(view: TextView, item: T): T & Segment {
  const { start, end, text, norm } = segmentFromView(view, item.start, item.end);
  const out = item as unknown as Writable<Segment>;
  out.start = start;
  out.end = end;
  out.text = text;
  out.norm = norm;
  return item as T & Segment;
}
