import type { Token } from '@pressfacts/document';
import { firstStartingAt } from './lower-bound.js';

/**
 * Binary searches over position-ordered tokens and chunks: the exact answers of the linear
 * `findIndex` scans they replace, in log time, so that a rule run once per figure or date stays
 * linear on one giant sentence (adversarial text: thousands of figures in one sentence).
 */

/**
 * `tokens.findIndex((t) => t.norm.start >= offset)` for tokens in order of start.
 *
 * @example firstTokenFrom(tokens, q.norm.end) // the token right after a figure, or -1
 */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  const i = firstStartingAt(tokens, offset);
  return i < tokens.length ? i : -1;
}

/** Token ranges `[from, to)` of chunks in text order (empty ones allowed). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/**
 * `(offset) => chunks.findIndex((c) => c.to > c.from && tokens[c.from].norm.start <= offset && offset < tokens[c.to - 1].norm.end)`
 * for chunks that follow each other over tokens in order: the chunk holding an offset, or -1.
 *
 * @example chunkLookup(tokens, chunks)(date.norm.start) // 2
 */
export function chunkLookup(tokens: readonly Token[], chunks: readonly TokenRange[]): (offset: number) => number {
  const index: number[] = [];
  for (let k = 0; k < chunks.length; k++) if (chunks[k]!.to > chunks[k]!.from) index.push(k);
  return (offset) => {
    let lo = 0;
    let hi = index.length;
    // The last non-empty chunk that starts at or before the offset is the only one that can hold it.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[chunks[index[mid]!]!.from]!.norm.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return -1;
    const k = index[lo - 1]!;
    return offset < tokens[chunks[k]!.to - 1]!.norm.end ? k : -1;
  };
}
