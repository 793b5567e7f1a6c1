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

/**
 * Index of the first item whose `norm.start` is at or after `offset` in items ordered by start
 * (their count when there is none): the binary search over tokens, mentions, dates and figures.
 * `!(start >= offset)` rather than `start < offset`: a NaN offset comes after every item.
 *
 * @example firstStartingAt(tokens, q.norm.end) // the token right after a figure
 */
export function firstStartingAt(items: readonly { readonly norm: { readonly start: number } }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (!((items[mid] as { readonly norm: { readonly start: number } }).norm.start >= offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
