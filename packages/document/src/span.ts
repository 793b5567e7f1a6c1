/**
 * A half-open range `[start, end)` of UTF-16 code units in the raw input, with the text it covers.
 * Invariant everywhere in pressfacts: `input.slice(start, end) === text`.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A span that also knows where it lies in the normalised view of the text (see {@link TextView}).
 * Stages match patterns on the normalised text and keep both coordinates, so that later stages can
 * slice the normalised text again while the output still points into the raw input.
 */
export interface Segment extends Span {
  readonly norm: { readonly start: number; readonly end: number };
}

/**
 * Makes a span over `input`, clamping to its bounds.
 *
 * @example makeSpan('Hello world', 6, 11) // { start: 6, end: 11, text: 'world' }
 */
export function makeSpan(input: string, start: number, end: number): Span {
  const s = Math.max(0, Math.min(start, input.length));
  const e = Math.max(s, Math.min(end, input.length));
  return { start: s, end: e, text: input.slice(s, e) };
}

/**
 * Drops the normalised coordinates of a segment: what goes into output `evidence`.
 *
 * @example
 * const segment = segmentFromView(identityView('Leaders met in Astana.'), 15, 21); // with `norm`
 * toSpan(segment); // { start: 15, end: 21, text: 'Astana' }
 */
export function toSpan(segment: Span): Span {
  return { start: segment.start, end: segment.end, text: segment.text };
}

/**
 * True when `span` slices `input` to its own text (the sacred invariant).
 *
 * @example
 * isHonestSpan('Leaders met in Astana.', { start: 15, end: 21, text: 'Astana' }); // true
 * isHonestSpan('Leaders met in Astana.', { start: 0, end: 6, text: 'Astana' }); // false
 */
export function isHonestSpan(input: string, span: Span): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= input.length &&
    input.slice(span.start, span.end) === span.text
  );
}

/**
 * Orders spans by start, then by end.
 *
 * @example
 * [{ start: 5, end: 9, text: 'a' }, { start: 0, end: 4, text: 'b' }, { start: 0, end: 2, text: 'c' }].sort(compareSpans);
 * // [{ start: 0, end: 2, … }, { start: 0, end: 4, … }, { start: 5, end: 9, … }]
 */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
