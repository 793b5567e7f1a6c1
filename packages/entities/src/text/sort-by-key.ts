/**
 * `items` in ascending order of `keys` (one number per item), ties in their given order: what
 * `items.sort((a, b) => keyOf(a) - keyOf(b))` gives for keys without NaN, without a comparator call per
 * comparison (a call from the built-in sort back into JavaScript costs more than the comparison).
 * A bottom-up merge sort of indices (plain arrays: a typed array is allocated outside the heap,
 * dearer for the few dozen items sorted here); `keys` must hold no NaN.
 *
 * @example sortByKey(['b', 'a', 'c'], [2, 1, 2]) // ['a', 'b', 'c']
 */
export function sortByKey<T>(items: readonly T[], keys: readonly number[]): T[] {
  const n = items.length;
  let from: number[] = [];
  for (let k = 0; k < n; k++) from.push(k);
  let to: number[] = from.slice();
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // `<=`: on equal keys the left run's item (given earlier) comes first.
      while (i < mid && j < hi) to[k++] = (keys[from[i] as number] as number) <= (keys[from[j] as number] as number) ? (from[i++] as number) : (from[j++] as number);
      while (i < mid) to[k++] = from[i++] as number;
      while (j < hi) to[k++] = from[j++] as number;
    }
    [from, to] = [to, from];
  }
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(items[from[k] as number] as T);
  return out;
}
