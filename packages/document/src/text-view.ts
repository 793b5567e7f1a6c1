import type { Segment } from './span.js';

/**
 * The normalised view of the raw input: quotes, dashes, whitespace, entities and line ends made
 * uniform so that patterns can be simple, with a map back to the raw input so that every match
 * still yields an honest raw span.
 */
export interface TextView {
  /** The normalised text; patterns run on this. */
  readonly text: string;
  /** Raw offset of each normalised code unit's first raw code unit (length `text.length + 1`). */
  readonly rawStart: Int32Array;
  /** Raw offset just past each normalised code unit's raw source (length `text.length`). */
  readonly rawEnd: Int32Array;
  /** The raw input this view was made from. */
  readonly raw: string;
}

/**
 * Maps a normalised range `[start, end)` back to a raw {@link Segment}.
 *
 * @example segmentFromView(view, 0, 5) // { start, end, text, norm: { start: 0, end: 5 } }
 */
export function segmentFromView(view: TextView, start: number, end: number): Segment {
  const n = view.text.length;
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  const rawStart = view.rawStart[s] ?? view.raw.length;
  const rawEnd = e > s ? (view.rawEnd[e - 1] ?? rawStart) : rawStart;
  return { start: rawStart, end: rawEnd, text: view.raw.slice(rawStart, rawEnd), norm: { start: s, end: e } };
}

/**
 * The identity view, for text that needs no normalisation (and for tests).
 *
 * @example
 * const view = identityView('Leaders met in Astana.');
 * view.text === view.raw; // true: offsets in the view are offsets in the input
 * segmentFromView(view, 15, 21); // { start: 15, end: 21, text: 'Astana', norm: { start: 15, end: 21 } }
 */
export function identityView(raw: string): TextView {
  const rawStart = new Int32Array(raw.length + 1);
  const rawEnd = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    rawStart[i] = i;
    rawEnd[i] = i + 1;
  }
  rawStart[raw.length] = raw.length;
  return { text: raw, raw, rawStart, rawEnd };
}
