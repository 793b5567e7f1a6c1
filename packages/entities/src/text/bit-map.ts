/**
 * A word → bits map from rows of (words, bit): each word gets the OR of the bits of the rows that
 * hold it. Cue and word-class tables are built this way so that one lookup per word answers every
 * "is it a …?" question at once.
 *
 * @example
 * bitMap([[['summit'], 1], [['summit', 'forum'], 2]]).get('summit'); // 3
 */
export function bitMap(rows: readonly (readonly [Iterable<string>, number])[]): Map<string, number> {
  const bits = new Map<string, number>();
  for (const [words, bit] of rows) for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit);
  return bits;
}
