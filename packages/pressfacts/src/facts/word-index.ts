import type { FactsContext } from './context.js';
import { codeUnitsOf } from './code-units.js';
import { lowerBound } from './lower-bound.js';

/**
 * Where the words rules ask about stand in a document, for the cheap "could this rule match here
 * at all?" test the topic, commitment and quote rules run before their large case-insensitive
 * patterns. A word is a run of `[A-Za-z0-9_]`, case aside: exactly what `\b` bounds in a RegExp
 * without the `u` flag, so a pattern that needs the whole word "will" can match only where the
 * index has it. The test may say "maybe" where a word is not (two words share a hash); it never
 * says "no" where one is.
 */
export interface WordIndex {
  /** The words of a normalised range, to test rules' needs against. */
  wordsIn(start: number, end: number): WordsHere;
  /**
   * Where the words of a one-list `needs` start inside a normalised range, in text order (a start
   * may be a word that only shares a hash). Null when the index cannot tell: the range cuts a word
   * at an edge, or a word of the list became known after the document was read.
   */
  startsOf(needs: WordNeeds, start: number, end: number): number[] | null;
}

/** The words of one range (see `WordIndex.wordsIn`). */
export interface WordsHere {
  /** True when the range may hold a word of every list of `needs`. */
  holds(needs: WordNeeds): boolean;
}

/** Lists of words (see `cueTriggers`), compiled once (at module level) for `WordsHere.holds`. */
export interface WordNeeds {
  readonly lists: readonly NeededList[];
}

/** One list as a sparse bit set: the 32-bit words that hold its ids, their masks, and the id past its last. */
interface NeededList {
  readonly at: readonly number[];
  readonly masks: readonly number[];
  readonly top: number;
}

/*
 * The words any rule asks about, each with a small id: a document records only where these stand,
 * and a range's words are a bit set of ids. Process-wide vocabulary data, filled as the rule
 * modules load (a few hundred words).
 */
const ID_OF_HASH = new Map<number, number>();
/** A cheap first test for the scan: a set slot for each known word's hash (most words of a text miss it). */
const MAYBE_KNOWN = new Uint8Array(1 << 12);

/**
 * Compiles lists of words for the index: a range holds them when it holds a word of each list.
 *
 * @example const NEEDS = wordNeeds([['is', 'are'], ['ready']]); wordIndex(ctx).wordsIn(s.norm.start, s.norm.end).holds(NEEDS)
 */
export function wordNeeds(lists: readonly (readonly string[])[]): WordNeeds {
  const ids = lists.map((words) =>
    words.map((w) => {
      const h = hashOf(w, 0, w.length);
      let id = ID_OF_HASH.get(h);
      if (id === undefined) ID_OF_HASH.set(h, (id = ID_OF_HASH.size));
      MAYBE_KNOWN[h & (MAYBE_KNOWN.length - 1)] = 1;
      return id;
    }),
  );
  return {
    lists: ids.map((list) => {
      const bits = new Map<number, number>();
      for (const id of list) bits.set(id >>> 5, (bits.get(id >>> 5) ?? 0) | (1 << (id & 31)));
      return { at: [...bits.keys()], masks: [...bits.values()], top: Math.max(0, ...list) + 1 };
    }),
  };
}

/**
 * The document's word index, built on first use and shared by the rules (one scan per document).
 *
 * @example wordIndex(ctx).wordsIn(s.norm.start, s.norm.end).holds(WILL)
 */
export function wordIndex(ctx: FactsContext): WordIndex {
  let index = INDEXES.get(ctx);
  if (index === undefined) INDEXES.set(ctx, (index = buildIndex(ctx.text)));
  return index;
}

const INDEXES = new WeakMap<FactsContext, WordIndex>();

function wordsFor(bits: number): number {
  return (bits + 31) >>> 5;
}

/**
 * Does one of `words` (lower case; each a word of `needs`) stand as a whole word in the normalised
 * range, any case? Read where the index puts the words of `needs` (a word of the same hash is
 * checked against the text); null when the index cannot answer for the range.
 */
export function wholeWordIn(ctx: FactsContext, needs: WordNeeds, words: ReadonlySet<string>, start: number, end: number): boolean | null {
  const at = wordIndex(ctx).startsOf(needs, start, end);
  if (at === null) return null;
  const { text } = ctx;
  for (const p of at) {
    let e = p;
    while (e < end && isWordChar(text.charCodeAt(e))) e++;
    if (words.has(text.slice(p, e).toLowerCase())) return true;
  }
  return false;
}

/** A character `\b` counts as a word character ([A-Za-z0-9_]): what the index reads words of. NaN (past the end) is none. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `isWordChar` as a table over ASCII, for the scan of the whole text. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

// Hashes kept to 30 bits stay small integers in V8 (a larger one is a heap number, allocated per word).
const SMALL = 0x3fffffff;

/** The hash of `text[start, end)` read case-insensitively (`| 32` lower-cases A-Z and keeps a-z and digits). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h & SMALL;
}

/**
 * The scan's working lists (where each known word starts, and its id), grown as needed and copied
 * out to lists of the document's size when the scan ends: no arrays grown word by word per
 * document (the largest thing the facts stage allocated).
 */
let scanStarts: Int32Array = new Int32Array(1024);
let scanIds: Int32Array = new Int32Array(1024);

function buildIndex(text: string): WordIndex {
  let count = 0;
  // A word known only after this document was read may stand anywhere: its bit is always set.
  const known = ID_OF_HASH.size;
  const n = text.length;
  // (Locals: the optimised loop keeps them in registers instead of reloading the module's.)
  const codes = codeUnitsOf(text);
  const wordChar = WORD_CHAR;
  const maybeKnown = MAYBE_KNOWN;
  let wordStarts = scanStarts;
  let wordIds = scanIds;
  for (let i = 0; i < n; i++) {
    let c = codes[i]!;
    if (c >= 128 || wordChar[c] === 0) continue;
    const start = i;
    let h = 0;
    // (The unit past the text is 0, no word character.)
    do {
      h = (Math.imul(h, 31) + (c | 32)) | 0;
      c = codes[++i]!;
    } while (c < 128 && wordChar[c] === 1);
    h &= SMALL;
    const id = maybeKnown[h & (maybeKnown.length - 1)] === 1 ? ID_OF_HASH.get(h) : undefined;
    if (id !== undefined) {
      if (count === wordStarts.length) {
        scanStarts = wordStarts = grown(wordStarts);
        scanIds = wordIds = grown(wordIds);
      }
      wordStarts[count] = start;
      wordIds[count++] = id;
    }
  }
  // Words the rules know, in text order: where each starts and its id.
  const starts = wordStarts.slice(0, count);
  const ids = wordIds.slice(0, count);
  // The rules ask about the same sentences again and again (about six times each): read each range once.
  const byRange = new Map<number, RangeWords>();
  // The ranges' bits are cut from a shared block (one allocation for many ranges; a new block when
  // it is full, the ranges read before keeping theirs).
  let block = new Uint32Array(0);
  let used = 0;
  return {
    wordsIn(start, end) {
      const size = ID_OF_HASH.size;
      // One number per range of whole offsets inside the text (others are read afresh).
      const key = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= n ? start * (n + 1) + end : -1;
      const seen = key < 0 ? undefined : byRange.get(key);
      if (seen !== undefined && seen.size === size) return seen;
      const length = wordsFor(size);
      if (used + length > block.length) {
        block = new Uint32Array(length * RANGES_PER_BLOCK);
        used = 0;
      }
      const at = used;
      used += length;
      // (Locals: the optimised loop keeps the lists in registers instead of reloading them per word.)
      const bits = block;
      const wordStarts = starts;
      const wordIds = ids;
      for (let k = lowerBound(wordStarts, start); k < wordStarts.length && wordStarts[k]! < end; k++) setBit(bits, at, wordIds[k]!);
      // A range that cuts a word ("will|ing") holds a word the scan did not see: the cut piece.
      for (const h of cutWords(text, start, end)) setBit(block, at, ID_OF_HASH.get(h));
      for (let id = known; id < size; id++) setBit(block, at, id);
      const words = new RangeWords(block, at, size);
      if (key >= 0) byRange.set(key, words);
      return words;
    },
    startsOf(needs, start, end) {
      const list = needs.lists[0];
      if (list === undefined || needs.lists.length !== 1 || list.top > known) return null;
      if (!(start >= 0 && start <= end && end <= n) || cutWords(text, start, end).length > 0) return null;
      const out: number[] = [];
      for (let k = lowerBound(starts, start); k < starts.length && starts[k]! < end; k++) if (inList(list, ids[k]!)) out.push(starts[k]!);
      return out;
    },
  };
}

/** The list with its values, at twice the length. */
function grown(list: Int32Array): Int32Array {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}

function inList(list: NeededList, id: number): boolean {
  for (let i = 0; i < list.at.length; i++) if (list.at[i] === id >>> 5) return (list.masks[i]! & (1 << (id & 31))) !== 0;
  return false;
}

// A class, not closures per range: through tsx every named closure costs a `__name` call.
class RangeWords implements WordsHere {
  /** The range's bit set: `wordsFor(size)` numbers of the block from `#at` on. */
  readonly #block: Uint32Array;
  readonly #at: number;
  /** How many words were known when the range was read. */
  readonly size: number;

  constructor(block: Uint32Array, at: number, size: number) {
    this.#block = block;
    this.#at = at;
    this.size = size;
  }

  holds(needs: WordNeeds): boolean {
    // A word known only after the range was read may stand in it too.
    for (const list of needs.lists) if (list.top <= this.size && !intersects(list, this.#block, this.#at)) return false;
    return true;
  }
}

/** How many ranges' bit sets a block holds. */
const RANGES_PER_BLOCK = 32;

function setBit(block: Uint32Array, at: number, id: number | undefined): void {
  if (id !== undefined) block[at + (id >>> 5)]! |= 1 << (id & 31);
}

function intersects(list: NeededList, block: Uint32Array, at: number): boolean {
  for (let i = 0; i < list.at.length; i++) if ((block[at + list.at[i]!]! & list.masks[i]!) !== 0) return true;
  return false;
}

const NONE: readonly number[] = [];

/** The hashes of the words a range cuts at its edges ("will|ing" holds "will"). */
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
