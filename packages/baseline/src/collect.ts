import type { Span } from '@pressfacts/schema';

/**
 * Collects items under a key: the first item with a key wins, later ones only add their evidence.
 * The one clean-up the baseline allows itself, so that repeated mentions are not each spurious.
 *
 * @example const people = collect<{ name: string; evidence: Span[] }>(); people.add('joe', item); people.items()
 */
export function collect<T extends { evidence: Span[] }>() {
  const byKey = new Map<string, T>();
  return {
    add(key: string, item: T): void {
      const known = byKey.get(key);
      if (known) known.evidence.push(...item.evidence);
      else byKey.set(key, item);
    },
    items: (): T[] => [...byKey.values()],
  };
}
