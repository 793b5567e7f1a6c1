/**
 * Sets `bit` on every key in a word → bits map. Cue and word-class tables are built this way so
 * that one lookup per word answers every "is it a …?" question at once.
 *
 * @example
 * const bits = new Map<string, number>();
 * orBits(bits, ['summit'], 1); orBits(bits, ['summit', 'forum'], 2);
 * bits.get('summit'); // 3
 */
export function orBits(bits: Map<string, number>, keys: Iterable<string>, bit: number): void {
  for (const key of keys) bits.set(key, (bits.get(key) ?? 0) | bit);
}
