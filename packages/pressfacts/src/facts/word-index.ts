import type { FactsContext } from './context.js';

/**
 * Where each word of a document stands, for the cheap "could this rule match here at all?" test
 * the topic, commitment and quote rules run before their large case-insensitive patterns. A word
 * is a run of `[A-Za-z0-9_]`, case aside: exactly what `\b` bounds in a RegExp without the `u`
 * flag, so a pattern that needs the whole word "will" can match only where the index has it.
 *
 * Words are kept as hashes (no string per word: a third of the cost). Two words with one hash
 * only make the test say "maybe" more often; it never says "no" where a word stands.
 */
export interface WordIndex {
  /** True when the normalised range may hold a word of every list of `needs`. */
  holds(needs: WordNeeds, start: number, end: number): boolean;
}

/** Lists of words (see `cueTriggers`), compiled once for `WordIndex.holds`. */
export interface WordNeeds {
  readonly lists: readonly (readonly number[])[];
}

/**
 * Compiles lists of words for the index: a range holds them when it holds a word of each list.
 *
 * @example const NEEDS = wordNeeds([['is', 'are'], ['ready']]); wordIndex(ctx).holds(NEEDS, s.norm.start, s.norm.end)
 */
export function wordNeeds(lists: readonly (readonly string[])[]): WordNeeds {
  return { lists: lists.map((words) => words.map((w) => hashOf(w, 0, w.length))) };
}

/**
 * The document's word index, built on first use and shared by the rules (one scan per document).
 *
 * @example wordIndex(ctx).holds(wordNeeds([['will', 'would']]), s.norm.start, s.norm.end)
 */
export function wordIndex(ctx: FactsContext): WordIndex {
  let index = INDEXES.get(ctx);
  if (index === undefined) INDEXES.set(ctx, (index = buildIndex(ctx.text)));
  return index;
}

const INDEXES = new WeakMap<FactsContext, WordIndex>();

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The hash of `text[start, end)` read case-insensitively (`| 32` lower-cases A-Z and keeps a-z and digits). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h & SMALL;
}

// Keys kept to 30 bits stay small integers in V8 (a larger one is a heap number, allocated per word).
const SMALL = 0x3fffffff;

function buildIndex(text: string): WordIndex {
  // Start offsets of each word (by hash), in text order.
  const at = new Map<number, number[]>();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    const start = i;
    let h = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      h = (Math.imul(h, 31) + (c | 32)) | 0;
    }
    h &= SMALL;
    const list = at.get(h);
    if (list === undefined) at.set(h, [start]);
    else list.push(start);
  }
  const inRange = (h: number, start: number, end: number, cut: readonly number[]) => {
    const list = at.get(h);
    return (list !== undefined && firstAtOrAfter(list, start) < end) || cut.includes(h);
  };
  return {
    holds(needs, start, end) {
      const cut = cutWords(text, start, end);
      return needs.lists.every((list) => list.some((h) => inRange(h, start, end, cut)));
    },
  };
}

const NONE: readonly number[] = [];

/** The words a range cuts at its edges ("will|ing" holds "will"), which the index does not list. */
function cutWords(text: string, start: number, end: number): readonly number[] {
  const cutBefore = start > 0 && start < end && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start));
  const cutAfter = end < text.length && end > start && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1));
  if (!cutBefore && !cutAfter) return NONE;
  const out: number[] = [];
  if (cutBefore) {
    let b = start + 1;
    while (b < end && isWordChar(text.charCodeAt(b))) b++;
    out.push(hashOf(text, start, b));
  }
  if (cutAfter) {
    let a = end - 1;
    while (a > start && isWordChar(text.charCodeAt(a - 1))) a--;
    out.push(hashOf(text, a, end));
  }
  return out;
}

/** The first offset in the sorted list at or after `offset` (Infinity when none is). */
function firstAtOrAfter(list: readonly number[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo]! : Number.POSITIVE_INFINITY;
}
