/**
 * Index of the first value at or after `offset` in ascending `sorted` (its length when there is
 * none); equally, how many values lie below `offset`. The one binary search the facts' offset
 * indexes share.
 *
 * @example lowerBound([3, 7, 7, 12], 7) // 1
 */
export function lowerBound(sorted: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
