import type { FactsContext } from './context.js';

/**
 * Where each word of a document stands, for the cheap "could this rule match here at all?" test
 * the topic, commitment and quote rules run before their large case-insensitive patterns. A word
 * is a run of `[A-Za-z0-9_]`, lower-cased: exactly what `\b` bounds in a RegExp without the `u`
 * flag, so a pattern that needs the whole word "will" can match only where the index has it.
 */
export interface WordIndex {
  /** True when one of `words` (lower case) stands as a whole word in the normalised range. */
  hasAny(words: readonly string[], start: number, end: number): boolean;
  /** True when the range holds a word of every list (the words a cue needs: see `cueTriggers`). */
  hasEach(lists: readonly (readonly string[])[], start: number, end: number): boolean;
}

/**
 * The document's word index, built on first use and shared by the rules (one scan per document).
 *
 * @example wordIndex(ctx).hasAny(['will', 'would'], s.norm.start, s.norm.end)
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

function buildIndex(text: string): WordIndex {
  // Start offsets of each word, in text order.
  const at = new Map<string, number[]>();
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let upper = false;
    for (let c = text.charCodeAt(end); end < text.length && isWordChar(c); c = text.charCodeAt(++end)) if (c >= 65 && c <= 90) upper = true;
    const word = upper ? text.slice(i, end).toLowerCase() : text.slice(i, end);
    const list = at.get(word);
    if (list === undefined) at.set(word, [i]);
    else list.push(i);
    i = end;
  }
  const has = (words: readonly string[], start: number, end: number, cut: readonly string[]) => {
    for (const word of words) {
      const list = at.get(word);
      if (list !== undefined && firstAtOrAfter(list, start) < end) return true;
      if (cut.length > 0 && cut.includes(word)) return true;
    }
    return false;
  };
  return {
    hasAny: (words, start, end) => has(words, start, end, cutWords(text, start, end)),
    hasEach(lists, start, end) {
      const cut = cutWords(text, start, end);
      return lists.every((words) => has(words, start, end, cut));
    },
  };
}

const NONE: readonly string[] = [];

/** The words a range cuts at its edges ("will|ing" holds "will"), which the index does not list. */
function cutWords(text: string, start: number, end: number): readonly string[] {
  const cutBefore = start > 0 && start < end && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start));
  const cutAfter = end < text.length && end > start && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1));
  if (!cutBefore && !cutAfter) return NONE;
  const out: string[] = [];
  if (cutBefore) {
    let b = start + 1;
    while (b < end && isWordChar(text.charCodeAt(b))) b++;
    out.push(text.slice(start, b).toLowerCase());
  }
  if (cutAfter) {
    let a = end - 1;
    while (a > start && isWordChar(text.charCodeAt(a - 1))) a--;
    out.push(text.slice(a, end).toLowerCase());
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
