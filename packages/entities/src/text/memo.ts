/**
 * Wraps a pure function of one string in a cache shared by the whole process: the same names
 * ("China", "President", "the Kremlin") come back in every release, and the folds behind them
 * (NFD, regex replaces, `toLowerCase`) cost far more than a Map lookup. The cache is emptied
 * when it reaches `limit` entries, so memory stays bounded on any stream of documents; keys and
 * string results are stored as copies (see {@link detach}), so no entry keeps a document alive.
 *
 * @example
 * const slug = memoize((s: string) => s.toLowerCase());
 * slug('Astana'); // 'astana' (computed), then cached
 */
export function memoize<T>(fn: (text: string) => T, limit = 10_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      hit = fn(text);
      if (typeof hit === 'string') hit = detach(hit) as T;
      if (cache.size >= limit) cache.clear();
      cache.set(detach(text), hit);
    }
    return hit as T;
  };
}

/**
 * A copy of `s` that holds no reference to a larger string. V8 makes a slice of 13 code units or
 * more (`text.slice(a, b)`, and `toLowerCase` of a string already in lower case) a view into its
 * parent, so caching one would keep the whole document in memory.
 *
 * @example detach(doc.slice(100, 120)) === doc.slice(100, 120) // true: equal, but independent
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}
