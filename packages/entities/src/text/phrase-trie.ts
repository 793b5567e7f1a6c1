/**
 * The key prefixes of a phrase index as a tree of words, so that a scan steps from word to word
 * with one lookup in a small map per word, instead of building the longer key string (a fresh
 * string, hashed in full) and looking it up in the map of every prefix.
 *
 * A node stands for the key spelled by its path: its first word, then for each later word the
 * separator before it (" ", "-" or ", ") and the word. `present` says whether that key is a
 * prefix of the index (a scan stops at a node that is not: "korea" on the way to "korea, south"
 * when "korea" is no key); `value` is the entry of that key, or null.
 */
export interface TrieNode<T> {
  present: boolean;
  value: T | null;
  /** Children after a space, after a hyphen, and after ", "; null while there are none. */
  space: Map<string, TrieNode<T>> | null;
  hyphen: Map<string, TrieNode<T>> | null;
  comma: Map<string, TrieNode<T>> | null;
}

/** The first words of the keys, each with the node of its one-word key. */
export type PhraseTrie<T> = ReadonlyMap<string, TrieNode<T>>;

const newNode = <T>(): TrieNode<T> => ({ present: false, value: null, space: null, hyphen: null, comma: null });

/**
 * Builds the tree of `prefixes` (key → entry or null, see PhraseIndex.prefixes). A key splits
 * at ", ", " " and "-" (the separators of a key): scanned words hold none of these, so the words and
 * separators a scan reads spell a key exactly when they follow its path.
 *
 * @example buildPhraseTrie(new Map([['south', null], ['south africa', 'ZA']])).get('south')?.space?.get('africa')?.value // 'ZA'
 */
export function buildPhraseTrie<T>(prefixes: ReadonlyMap<string, T | null>): PhraseTrie<T> {
  const root = new Map<string, TrieNode<T>>();
  for (const [key, value] of prefixes) {
    // Read the key's words and separators left to right (no split: this runs once per key of
    // every table, at start-up).
    let from = 0;
    let k = 0;
    let node: TrieNode<T> | null = null;
    let sep: 'space' | 'hyphen' | 'comma' = 'space';
    for (;;) {
      const c = k < key.length ? key.charCodeAt(k) : -1;
      const sepLength = c === 32 || c === 45 ? 1 : c === 44 && key.charCodeAt(k + 1) === 32 ? 2 : c === -1 ? 0 : -1;
      if (sepLength < 0) {
        k++;
        continue;
      }
      const word = key.slice(from, k);
      const children: Map<string, TrieNode<T>> = node === null ? root : (node[sep] ?? new Map());
      if (node !== null) node[sep] = children;
      const child: TrieNode<T> = children.get(word) ?? newNode<T>();
      children.set(word, child);
      node = child;
      if (c === -1) break;
      sep = c === 32 ? 'space' : c === 45 ? 'hyphen' : 'comma';
      k += sepLength;
      from = k;
    }
    node.present = true;
    node.value = value;
  }
  return root;
}

/** The children of `node` after separator `sep` (" ", "-" or ", "), or null. */
export function childrenAfter<T>(node: TrieNode<T>, sep: ' ' | '-' | ', '): Map<string, TrieNode<T>> | null {
  return sep === ' ' ? node.space : sep === '-' ? node.hyphen : node.comma;
}
