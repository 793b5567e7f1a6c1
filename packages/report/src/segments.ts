import type { Annotation } from './annotations.js';

/** A run of text covered by the same annotations (innermost first). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly annotations: readonly Annotation[];
}

/**
 * Cuts `[0, length)` at every annotation boundary so overlapping and nested spans can be drawn
 * as flat runs; each run lists the annotations covering it, shortest (innermost) first.
 *
 * @example segment(10, [{ start: 2, end: 5, … }]) // [0,2) [], [2,5) [a], [5,10) []
 */
export function segment(length: number, annotations: readonly Annotation[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const a of annotations) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((x, y) => x - y);
  const starts = [...annotations].sort((x, y) => x.start - y.start);
  const active: Annotation[] = [];
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < starts.length && starts[next]!.start <= start) active.push(starts[next++]!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= start) active.splice(k, 1);
    const covering = active.filter((a) => a.start <= start && a.end >= end).sort((x, y) => x.end - x.start - (y.end - y.start) || x.id - y.id);
    out.push({ start, end, annotations: covering });
  }
  return out;
}
