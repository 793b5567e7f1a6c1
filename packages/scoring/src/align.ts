/**
 * Best-match assignment: pairs rows with columns so that the summed weight is largest
 * (Hungarian algorithm, O(n³)). Weights <= 0 mean "may not be paired". Returns [row, column]
 * pairs. Above `greedyAbove` cells it falls back to a greedy assignment by descending weight.
 *
 * @example assignBest([[1, 5], [4, 0]]) // [[0, 1], [1, 0]]
 */
export function assignBest(weights: readonly (readonly number[])[], greedyAbove = 250_000): [number, number][] {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return [];
  if (rows * cols > greedyAbove) return assignGreedy(weights);
  const transpose = rows > cols;
  const w = (i: number, j: number) => (transpose ? weights[j]![i]! : weights[i]![j]!);
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  let max = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) max = Math.max(max, w(i, j));
  const cost = (i: number, j: number) => max - Math.max(0, w(i, j));

  // e-maxx formulation, 1-indexed, n <= m.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    const [row, col] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if (weights[row]![col]! > 0) pairs.push([row, col]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

function assignGreedy(weights: readonly (readonly number[])[]): [number, number][] {
  const cells: [number, number, number][] = [];
  weights.forEach((row, i) => row.forEach((w, j) => w > 0 && cells.push([w, i, j])));
  cells.sort((a, b) => b[0] - a[0]);
  const usedRows = new Set<number>();
  const usedCols = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cells) {
    if (usedRows.has(i) || usedCols.has(j)) continue;
    usedRows.add(i);
    usedCols.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
