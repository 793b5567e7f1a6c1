/**
 * Tries and Aho-Corasick automata over lower-case a-z keys in flat typed arrays (26 slots a state),
 * for scans that read a text once, code unit by code unit.
 */

export interface Automaton {
  /** 26 slots (a-z) per state: the next state. */
  readonly next: Int32Array;
  /** Per state: the value of every key that ends there (Aho-Corasick: with those of its suffixes). */
  readonly out: Int32Array;
}

/** A trie of lower-case keys; with `allSuffixes`, an Aho-Corasick automaton (every key inside a run). */
export function buildAutomaton(keys: readonly (readonly [key: string, value: number])[], allSuffixes: boolean): Automaton {
  const size = keys.reduce((n, [k]) => n + k.length, 1);
  const next = new Int32Array(size * 26).fill(-1);
  const out = new Int32Array(size);
  let states = 1;
  for (const [key, value] of keys) {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = state * 26 + key.charCodeAt(i) - 97;
      if ((next[slot] ?? -1) < 0) next[slot] = states++;
      state = next[slot] ?? 0;
    }
    out[state] = (out[state] ?? 0) | value;
  }
  if (!allSuffixes) {
    // A plain trie: a missing child is a dead end (-1), and -1 stays dead.
    return { next, out };
  }
  // Breadth first: each state's missing children go where its longest proper suffix state's go.
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < 26; c++) {
    const child = next[c] ?? -1;
    if (child < 0) next[c] = 0;
    else queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] ?? 0;
    out[state] = (out[state] ?? 0) | (out[fail[state] ?? 0] ?? 0);
    for (let c = 0; c < 26; c++) {
      const slot = state * 26 + c;
      const child = next[slot] ?? -1;
      const viaFail = next[(fail[state] ?? 0) * 26 + c] ?? 0;
      if (child < 0) next[slot] = viaFail;
      else {
        fail[child] = viaFail;
        queue.push(child);
      }
    }
  }
  return { next, out };
}
