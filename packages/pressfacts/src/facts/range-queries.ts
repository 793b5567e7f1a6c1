/*
 * Range queries over position-ordered items, each the exact equivalent of a linear scan
 * (`filter`, `find`, `some`) that a rule would otherwise run once per clause or per figure:
 * quadratic on a long release. Each falls back to the scan when the items are not in order of
 * start or hold a NaN, so the answers never differ from the scan's.
 */
import { lowerBound } from './lower-bound.js';

/** Normalised offsets of an item. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * `(start, end) => items.filter((i) => range(i).start >= start && range(i).end <= end)`: the items
 * that lie inside a range, in their order.
 *
 * @example rangeIndex(dates, (d) => d.norm)(sentence.norm.start, sentence.norm.end)
 */
export function rangeIndex<T>(items: readonly T[], range: (item: T) => Range): (start: number, end: number) => T[] {
  const starts = new Float64Array(items.length);
  let ordered = true;
  for (let i = 0; i < items.length; i++) {
    const r = range(items[i]!);
    starts[i] = r.start;
    // NaN fails every comparison, so an item with a NaN bound also takes the plain filter.
    if (!(r.end >= r.start) || (i > 0 && !(r.start >= starts[i - 1]!))) ordered = false;
  }
  if (!ordered) return (start, end) => items.filter((i) => range(i).start >= start && range(i).end <= end);
  return (start, end) => {
    const out: T[] = [];
    if (Number.isNaN(start)) return out;
    // Items starting after `end` also end after it: the scan stops there.
    for (let i = lowerBound(starts, start); i < items.length && starts[i]! <= end; i++) {
      if (range(items[i]!).end <= end) out.push(items[i]!);
    }
    return out;
  };
}

/**
 * `(start, end) => items.find((i) => range(i).start <= start && range(i).end >= end)`: the first
 * item that covers a range. Over items in order of start, that is the first item ending at or after
 * `end` (a binary search over the running maximum of ends), when it starts at or before `start`.
 *
 * @example coverLookup(mentions, (m) => m.segment.norm)(token.norm.start, token.norm.end)
 */
export function coverLookup<T>(items: readonly T[], range: (item: T) => Range): (start: number, end: number) => T | undefined {
  const n = items.length;
  const starts = new Float64Array(n);
  const maxEnds = new Float64Array(n);
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const { start, end } = range(items[i]!);
    if (Number.isNaN(end) || !(i === 0 || start >= starts[i - 1]!) || Number.isNaN(start)) ordered = false;
    starts[i] = start;
    maxEnds[i] = i === 0 ? end : Math.max(maxEnds[i - 1]!, end);
  }
  if (!ordered) return (start, end) => items.find((i) => range(i).start <= start && range(i).end >= end);
  return (start, end) => {
    if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
    const i = lowerBound(maxEnds, end);
    return i < n && starts[i]! <= start ? items[i] : undefined;
  };
}

/**
 * `(start, end) => items.some((i) => range(i).start < end && start < range(i).end)`: does any item
 * overlap a range? Among the items starting before `end` (in order of start), does one end after
 * `start`? Items in any order (they are sorted here).
 *
 * @example overlapLookup(dates, (d) => d.norm)(q.norm.start, q.norm.end)
 */
export function overlapLookup<T>(items: readonly T[], range: (item: T) => Range): (start: number, end: number) => boolean {
  const ranges = items.map(range);
  if (ranges.some((r) => Number.isNaN(r.start) || Number.isNaN(r.end))) {
    return (start, end) => ranges.some((r) => r.start < end && start < r.end);
  }
  ranges.sort((a, b) => a.start - b.start);
  // (A loop: `Float64Array.from` with a map function is far slower.)
  const starts = new Float64Array(ranges.length);
  const maxEnds = new Float64Array(ranges.length);
  for (let i = 0; i < ranges.length; i++) {
    starts[i] = ranges[i]!.start;
    maxEnds[i] = i === 0 ? ranges[i]!.end : Math.max(maxEnds[i - 1]!, ranges[i]!.end);
  }
  return (start, end) => {
    // Items starting before `end`: those before the first start at or after it (none for a NaN end).
    const before = lowerBound(starts, end);
    return before > 0 && maxEnds[before - 1]! > start;
  };
}
