/**
 * The keys of a phrase index and their prefixes as a tree of words, so that a scan steps from word to word
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
 * Adds `key` to the tree and returns its node, marked present; its value is the caller's to set
 * (an index sets it once every merge is done). A key splits at ", ", " " and "-" (the separators
 * of a key): scanned words hold none of these, so the words and separators a scan reads spell a
 * key exactly when they follow its path. On the way, a prefix that ends before a space or a hyphen
 * (and not after a comma) is marked present too: a scan may go on from it. One that ends before
 * ", " is not ("korea" of "korea, south": "Korea South" is no name).
 *
 * @example
 * const tree = new Map();
 * addKey(tree, 'south africa').value = 'ZA';
 * tree.get('south')?.space?.get('africa')?.value // 'ZA'; tree.get('south')?.present // true
 */
export function addKey<T>(root: Map<string, TrieNode<T>>, key: string): TrieNode<T> {
  if (key.indexOf(' ') < 0 && key.indexOf('-') < 0) {
    // One word (most keys): no separator to look for character by character.
    let node = root.get(key);
    if (node === undefined) {
      node = newNode<T>();
      root.set(key, node);
    }
    node.present = true;
    return node;
  }
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
    let children: Map<string, TrieNode<T>> | null = node === null ? root : node[sep];
    if (children === null) {
      children = new Map();
      (node as TrieNode<T>)[sep] = children;
    }
    let child = children.get(word);
    if (child === undefined) {
      child = newNode<T>();
      children.set(word, child);
    }
    node = child;
    if (c === -1) break;
    if (sepLength === 1 && k > 0 && key.charCodeAt(k - 1) !== 44) child.present = true;
    sep = c === 32 ? 'space' : c === 45 ? 'hyphen' : 'comma';
    k += sepLength;
    from = k;
  }
  node.present = true;
  return node;
}

/** The children of `node` after separator `sep` (" ", "-" or ", "), or null. */
export function childrenAfter<T>(node: TrieNode<T>, sep: ' ' | '-' | ', '): Map<string, TrieNode<T>> | null {
  return sep === ' ' ? node.space : sep === '-' ? node.hyphen : node.comma;
}
