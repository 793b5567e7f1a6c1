/**
 * Wraps a pure function of one string in a cache shared by the whole process: the same names
 * ("China", "President", "the Kremlin") come back in every release, and the folds behind them
 * (NFD, regex replaces) cost far more than a Map lookup. The cache is emptied when it reaches
 * `limit` entries, so memory stays bounded on any stream of documents.
 *
 * @example
 * const slug = memoize((s: string) => s.toLowerCase());
 * slug('Astana'); // 'astana' (computed), then cached
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      hit = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, hit);
    }
    return hit as T;
  };
}
