import { detach, memoize } from './memo.js';
import { addKey, childrenAfter, type PhraseTrie, type TrieNode } from './phrase-trie.js';
import { endsPossessive, foldWord, joinsName, NAME_CONNECTORS, scanWords, type Word } from './words.js';

/**
 * A gazetteer over multi-word names, matched word by word (no regex over the whole text).
 * Keys are folded words joined by their separator (" " or "-"). Names whose form is all
 * capitals and at most five letters ("US", "SCO") match case-sensitively; other names need
 * every word that is not a connector to be capitalised in the text.
 */
export interface PhraseIndex<T> {
  readonly entries: ReadonlyMap<string, T>;
  readonly exact: ReadonlyMap<string, T>;
  readonly firstWords: ReadonlySet<string>;
  /** Folded words that the data writes in lower case inside a name ("world" in "Arab world"). */
  readonly lowerWords: ReadonlySet<string>;
  readonly lowerFirstWords: ReadonlySet<string>;
  readonly maxWords: number;
  /**
   * Every key and every key prefix that ends at a word boundary, as a tree of words with the entry
   * of each node that is a whole key: a scan walks it word by word (see phrase-trie.ts).
   */
  readonly trie: PhraseTrie<T>;
}

export interface PhraseMatch<T> {
  /** Index of the first and one past the last word. */
  readonly from: number;
  readonly to: number;
  /** Normalised offsets of the matched phrase (a trailing possessive is left out). */
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

const EXACT_FORM = /^(?:[\p{Lu}\d]\.?){2,6}$/u;

const SIMPLE_NAME = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;
const LETTER_NAME = /^[\p{L}\p{M}\p{N}]+(?:(?:[ -]|['\u2019])[\p{L}\p{M}\p{N}]+)*$/u;
const NAME_SEPARATOR = /[ -]/g;
const UNMATCHABLE = /[^\p{L}\p{M}\p{N}\s'\u2019.,&-]/u;

export interface PhraseKey {
  readonly key: string;
  readonly words: number;
  readonly lowerFirst: boolean;
}

/** The lookup key of a name as it is written (cached: names recur in every document). */
export const phraseKey: (name: string) => PhraseKey | null = memoize((name) => {
  const pk = computePhraseKey(name);
  // The key may be the name itself (already folded): cached, it must not keep the document alive.
  return pk === null ? null : { ...pk, key: detach(pk.key) };
});

/**
 * {@link phraseKey} without the cache, for building tables: each of their names is read once, and
 * caching them would only fill the cache that documents use.
 *
 * @example computePhraseKey('Rio de Janeiro') // { key: 'rio de janeiro', words: 3, lowerFirst: false }
 */
export function computePhraseKey(name: string): PhraseKey | null {
  if (SIMPLE_NAME.test(name)) {
    // Words are joined by single separators; indexOf, not a loop over every character (tables
    // key thousands of names at start-up, before the loops are optimised).
    let count = 1;
    for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) count++;
    for (let k = name.indexOf('-'); k >= 0; k = name.indexOf('-', k + 1)) count++;
    const c0 = name.charCodeAt(0);
    return { key: name.toLowerCase(), words: count, lowerFirst: c0 >= 97 && c0 <= 122 };
  }
  if (LETTER_NAME.test(name)) {
    const c0 = name[0] as string;
    return { key: foldWord(name), words: (name.match(NAME_SEPARATOR)?.length ?? 0) + 1, lowerFirst: c0 !== c0.toUpperCase() };
  }
  if (UNMATCHABLE.test(name)) return null; // "OPEC+": the scanner never sees "+"
  const words = scanWords(name);
  const first = words[0];
  if (first === undefined) return null;
  let key = first.fold;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    const sep = joinsName(w.gap) ?? (w.gap === ', ' ? ', ' : null);
    if (sep === null) return null;
    key += sep + w.fold;
  }
  return { key, words: words.length, lowerFirst: !first.cap };
}

/**
 * Builds an index. `merge` decides what happens when two names share a key (default: first wins).
 *
 * @example buildPhraseIndex([['Central Asia', 'region']]).entries.get('central asia') // 'region'
 */
export function buildPhraseIndex<T>(
  rows: Iterable<readonly [string, T] | readonly [string, T, PhraseKey | null]>,
  merge: (existing: T, incoming: T) => T = (a) => a,
): PhraseIndex<T> {
  const builder = phraseIndexBuilder(merge);
  for (const row of rows) builder.add(row[0], row[1], row.length === 3 ? row[2] : undefined);
  return builder.build();
}

/** Adds names to an index one by one (no row arrays for large tables), then builds it once. */
export interface PhraseIndexBuilder<T> {
  /** Adds a name; `key`, when the caller has it, is its {@link phraseKey} (null: the name is skipped). */
  add(name: string, value: T, key?: PhraseKey | null): void;
  build(): PhraseIndex<T>;
}

/**
 * An index built name by name; see {@link buildPhraseIndex}. The key tree is built straight from
 * the keys as they come (start-up cost: the tables hold some 7,000 names).
 *
 * @example
 * const builder = phraseIndexBuilder<string>();
 * builder.add('Central Asia', 'region');
 * builder.build().entries.get('central asia') // 'region'
 */
export function phraseIndexBuilder<T>(merge: (existing: T, incoming: T) => T = (a) => a): PhraseIndexBuilder<T> {
  const entries = new Map<string, T>();
  const exact = new Map<string, T>();
  const firstWords = new Set<string>();
  const lowerFirstWords = new Set<string>();
  const lowerWords = new Set<string>();
  const trie = new Map<string, TrieNode<T>>();
  let maxWords = 1;
  const add = (name: string, value: T, given?: PhraseKey | null): void => {
    if (mayBeExactForm(name) && EXACT_FORM.test(name)) {
      const k = name.trim();
      const old = exact.get(k);
      exact.set(k, old === undefined ? value : merge(old, value));
      return;
    }
    const pk = given !== undefined ? given : computePhraseKey(name);
    if (pk === null) return;
    const key = pk.key;
    const old = entries.get(key);
    if (old !== undefined) {
      const merged = merge(old, value);
      entries.set(key, merged);
      addKey(trie, key).value = merged; // the key's node, found again (merges are few)
      return;
    }
    entries.set(key, value);
    addKey(trie, key).value = value;
    addLowerWords(name, lowerWords);
    const space = key.indexOf(' ');
    const hyphen = key.indexOf('-');
    const firstEnd = space < 0 ? hyphen : hyphen < 0 ? space : Math.min(space, hyphen);
    const first = firstEnd < 0 ? key : key.slice(0, firstEnd);
    firstWords.add(first);
    if (pk.lowerFirst) lowerFirstWords.add(first);
    if (pk.words > maxWords) maxWords = pk.words;
  };
  const build = (): PhraseIndex<T> => ({ entries, exact, firstWords, lowerWords, lowerFirstWords, maxWords, trie });
  return { add, build };
}

/**
 * EXACT_FORM holds only capitals, digits and dots: a name whose first or second character is a-z
 * ("Astana") is none, without running the pattern.
 */
function mayBeExactForm(name: string): boolean {
  const c0 = name.charCodeAt(0);
  const c1 = name.charCodeAt(1);
  return !((c0 >= 97 && c0 <= 122) || (c1 >= 97 && c1 <= 122));
}

/** Adds the folded words after the first that `name` writes in lower case, connectors aside ("world" of "Arab world"). */
function addLowerWords(name: string, lowerWords: Set<string>): void {
  if (name.indexOf(' ') < 0 && name.indexOf('-') < 0) return; // one word: most names
  let from = -1;
  for (let k = 0; k <= name.length; k++) {
    const c = k < name.length ? name.charCodeAt(k) : 32;
    if (c !== 32 && c !== 45) continue;
    if (from >= 0) {
      const c0 = name.charCodeAt(from);
      if (c0 >= 97 && c0 <= 122 && k > from) {
        const part = name.slice(from, k);
        if (!NAME_CONNECTORS.has(part)) lowerWords.add(foldWord(part));
      }
    }
    from = k + 1;
  }
}

/**
 * The first words of several indexes in one map, so that a scan looks each word up once for all
 * of them: in `bits`, bit `2k` marks a first word of `indexes[k]`, bit `2k + 1` one that the data
 * also writes in lower case ("the" of "the Gambia"). At most four indexes. Bits 8 and up hold a
 * caller's cue bits, shifted (see {@link CueTable}): the same lookup gives them.
 */
export interface FirstWords {
  readonly bits: ReadonlyMap<string, number>;
  /**
   * For each letter a-z, bit `min(length, 31)` set when a first word written in lower case, or a
   * cue word a lower-case word needs, starts with that letter and has that length: most words in
   * lower case ("of", "and") need no lookup.
   */
  readonly lowerShapes: Uint32Array;
  /**
   * Bit `wordHash(w)` set for every first word: an 8 KB table that tells, for a whole name, that
   * no key can start with its first word (see `plainFirstWordHash`) without building the key.
   */
  readonly hashes: Uint32Array;
  /** The cue bits a word in lower case gets (see {@link CueTable}). */
  readonly lowerCaseCues: number;
  /** The cue bits a capitalised word also takes from its fold without a possessive (see {@link CueTable}). */
  readonly possessiveCues: number;
}

/**
 * Words a caller wants flagged at every word of a text, with up to eight bits each (see
 * {@link startFlags}). A word in lower case gets only the `lowerCase` bits; a capitalised word
 * gets its fold's bits, plus the `possessive` bits of its fold without a final possessive
 * ("Summit's" → "summit").
 */
export interface CueTable {
  readonly words: ReadonlyMap<string, number>;
  readonly lowerCase: number;
  readonly possessive: number;
}

/** A 16-bit hash of a word's characters (FNV-1a), for {@link FirstWords.hashes}. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Is bit `h` set in a table of word hashes (see {@link FirstWords.hashes})? */
export function hasWordHash(hashes: Uint32Array, h: number): boolean {
  return ((hashes[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

/** Sets the bit of `word`'s hash in a table of 2,048 words of 32 bits. */
export function addWordHash(hashes: Uint32Array, word: string): void {
  const h = wordHash(word);
  hashes[h >>> 5] = (hashes[h >>> 5] as number) | (1 << (h & 31));
}

/**
 * `phraseKey(name)?.key`, without the process-wide cache for a plain name (see
 * {@link plainFirstWordHash}): its key is its lower case, cheaper to make than to look up.
 *
 * @example keyOfName('South Africa') // 'south africa'
 */
export function keyOfName(name: string): string | undefined {
  return plainFirstWordHash(name) >= 0 ? name.toLowerCase() : phraseKey(name)?.key;
}

/**
 * For a plain name (ASCII letters and digits joined by single spaces or hyphens, whose key is its
 * lower case), the hash of its key's first word, computed in place; -1 for any other text.
 *
 * @example plainFirstWordHash('South Africa') === plainFirstWordHash('south') // true
 */
export function plainFirstWordHash(text: string): number {
  let h = 0x811c9dc5;
  let first = true;
  let joined = true; // at the start, as after a separator: a separator here is not plain
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      joined = false;
      if (c >= 65 && c <= 90) c |= 32;
      if (first) h = Math.imul(h ^ c, 0x01000193);
    } else if ((c === 32 || c === 45) && !joined) {
      joined = true;
      first = false;
    } else return -1;
  }
  return joined ? -1 : (h ^ (h >>> 16)) & 0xffff;
}

/**
 * A key's first word, as buildPhraseIndex and {@link plainFirstWordHash} read it: up to the first
 * space or hyphen.
 *
 * @example firstWordOf('guinea-bissau') // 'guinea'
 */
export function firstWordOf(key: string): string {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 32 || c === 45) return key.slice(0, k);
  }
  return key;
}

/** @example buildFirstWords([places, organizations]).bits.get('rio') // 1: "Rio de Janeiro" is a place */
export function buildFirstWords(indexes: readonly PhraseIndex<unknown>[], cues: CueTable = { words: new Map(), lowerCase: 0, possessive: 0 }): FirstWords {
  const bits = new Map<string, number>();
  const lowerShapes = new Uint32Array(26);
  const hashes = new Uint32Array(2048);
  const addShape = (w: string): void => {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerShapes[c - 97] = (lowerShapes[c - 97] as number) | (1 << Math.min(w.length, 31));
  };
  indexes.forEach((index, k) => {
    for (const w of index.firstWords) bits.set(w, (bits.get(w) ?? 0) | (1 << (2 * k)));
    for (const w of index.lowerFirstWords) {
      bits.set(w, (bits.get(w) ?? 0) | (2 << (2 * k)));
      addShape(w);
    }
  });
  // Only the first words: the cue words start no name.
  for (const w of bits.keys()) addWordHash(hashes, w);
  for (const [w, cue] of cues.words) {
    bits.set(w, (bits.get(w) ?? 0) | ((cue & 0xff) << 8));
    if ((cue & cues.lowerCase) !== 0) addShape(w);
  }
  return { bits, lowerShapes, hashes, lowerCaseCues: cues.lowerCase, possessiveCues: cues.possessive };
}

/**
 * Bit of {@link startFlags}: the word may be an exact form ("US", "G20"; see `mayBeExact`), of any index.
 * Above the bits of the (at most four) indexes.
 */
export const MAY_BE_EXACT = 128;

/**
 * One lookup per word (most words in lower case need none), two results. In `starts`, for each
 * word, bit `k` set when a name of `indexes[k]` (as given to {@link buildFirstWords}) may start
 * there: the word is capitalised or written so in the data, and is a first word of that index, as
 * itself or without its possessive; and bit {@link MAY_BE_EXACT} when it may be an exact form. A
 * word with none of these bits starts no match: {@link matchPhrases} then need not read it. In
 * `cues`, each word's bits of the cue table (see {@link CueTable}).
 */
export function startFlags(words: readonly Word[], first: FirstWords, indexes: number): { starts: Uint8Array; cues: Uint8Array } {
  const starts = new Uint8Array(words.length);
  const cues = new Uint8Array(words.length);
  const { bits, lowerShapes, lowerCaseCues, possessiveCues } = first;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const exact = mayBeExact(w) ? MAY_BE_EXACT : 0;
    starts[i] = exact;
    if (!w.cap) {
      // In lower case, only a first word the data writes so (or a cue word) can be flagged.
      const c = w.fold.charCodeAt(0);
      if (c >= 97 && c <= 122 && ((lowerShapes[c - 97] as number) & (1 << Math.min(w.fold.length, 31))) === 0) continue;
    }
    const f = bits.get(w.fold) ?? 0;
    const b = w.bareFold === w.fold ? 0 : (bits.get(w.bareFold) ?? 0);
    if (!w.cap) cues[i] = (f >>> 8) & lowerCaseCues;
    else if (possessiveCues !== 0 && endsPossessive(w.fold)) {
      const stripped = w.fold.replace(POSSESSIVE, '');
      const s = stripped === w.bareFold ? b : (bits.get(stripped) ?? 0);
      cues[i] = (f >>> 8) | ((s >>> 8) & possessiveCues);
    } else cues[i] = f >>> 8;
    if (((f | b) & 0xff) === 0) continue;
    let out = exact;
    for (let k = 0; k < indexes; k++) {
      const firstBit = 1 << (2 * k);
      if ((w.cap || (f & (firstBit << 1)) !== 0) && ((f | b) & firstBit) !== 0) out |= 1 << k;
    }
    starts[i] = out;
  }
  return { starts, cues };
}

const POSSESSIVE = /['\u2019]s?$/;

/**
 * Every longest, non-overlapping match, left to right. `starts` (from {@link startFlags}, with
 * this index's bit) saves the first-word lookups of each word, and the reading of every word
 * whose flags say no match starts there.
 *
 * @example matchPhrases(scanWords('in Rio de Janeiro'), index)
 */
export function matchPhrases<T>(words: readonly Word[], index: PhraseIndex<T>, starts?: { readonly flags: Uint8Array; readonly bit: number }): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  const flags = starts?.flags;
  const bit = starts?.bit ?? 0;
  for (let i = 0; i < words.length; ) {
    let m: PhraseMatch<T> | null;
    if (flags === undefined) m = matchAt(words, i, index);
    else {
      const f = flags[i] as number;
      m = (f & (bit | MAY_BE_EXACT)) !== 0 ? matchAt(words, i, index, (f & bit) !== 0) : null;
    }
    if (m === null) i++;
    else {
      out.push(m);
      i = m.to;
    }
  }
  return out;
}

/**
 * Exact keys (EXACT_FORM) hold only capitals, digits and dots: a word whose first or second
 * character is a-z ("the", "President") matches none, and needs no lookup. Read on `text`, not
 * `bare` (no copy for a possessive): they share those characters, except when `bare` is one
 * character long, and then `text`'s second is an apostrophe, not a-z either ("A's").
 */
function mayBeExact(w: Word): boolean {
  const c0 = w.text.charCodeAt(0);
  const c1 = w.text.charCodeAt(1);
  return !((c0 >= 97 && c0 <= 122) || (c1 >= 97 && c1 <= 122));
}

/**
 * The longest match that starts at word `i`, or null. `mayStart`, when known (see
 * {@link startFlags}), says whether a name of the index may start there.
 */
export function matchAt<T>(words: readonly Word[], i: number, index: PhraseIndex<T>, mayStart?: boolean): PhraseMatch<T> | null {
  const first = words[i];
  if (first === undefined) return null;
  let best: PhraseMatch<T> | null = null;
  const exactHit = mayBeExact(first) ? index.exact.get(first.bare) : undefined;
  if (exactHit !== undefined) {
    best = { from: i, to: i + 1, start: first.start, end: first.start + first.bare.length, value: exactHit };
  }
  if (mayStart === false) return best;
  if (mayStart === undefined) {
    if (!first.cap && !index.lowerFirstWords.has(first.fold)) return best;
    if (!index.firstWords.has(first.fold) && (first.bareFold === first.fold || !index.firstWords.has(first.bareFold))) return best;
  }
  // Walks the key tree (see phrase-trie.ts): `next` holds the keys that go on after the words
  // read so far, from the separator before word j (the whole tree for the first word).
  let next: ReadonlyMap<string, TrieNode<T>> | null = index.trie;
  let node: TrieNode<T> | null = null;
  const limit = Math.min(words.length, i + index.maxWords);
  for (let j = i; j < limit; j++) {
    const w = words[j] as Word;
    if (j > i) {
      const sep = joinsName(w.gap) ?? (w.gap === ', ' ? ', ' : null);
      if (sep === null) break;
      next = childrenAfter(node!, sep);
      if (next === null) break;
    }
    // Only a word in lower case needs to be one the data writes so.
    const lowerInData = !w.cap && j > i && index.lowerWords.has(w.fold);
    if (!w.cap && !NAME_CONNECTORS.has(w.fold) && !lowerInData && !(j === i && index.lowerFirstWords.has(w.fold))) break;
    if (w.bare !== w.text && w.cap) {
      const hit = next.get(w.bareFold)?.value;
      if (hit !== undefined && hit !== null) best = { from: i, to: j + 1, start: first.start, end: w.start + w.bare.length, value: hit };
    }
    const step = next.get(w.fold);
    if (step === undefined || !step.present) break;
    node = step;
    if (step.value !== null && (w.cap || lowerInData)) best = { from: i, to: j + 1, start: first.start, end: w.end, value: step.value };
  }
  return best;
}

/** Folds a free-standing name the same way the index does. */
export function foldName(name: string): string {
  return phraseKey(name)?.key ?? foldWord(name.trim());
}
