/**
 * A small pre-check in front of a large map of lower-case keys (country forms): for each pair of
 * first and last letters, the lengths that some key has. Most texts a caller asks about
 * ("Cyril Ramaphosa") have no key of their shape, and a 5 KB table answers that without hashing
 * the text or touching the map's memory. Only "plain" keys count: ASCII letters joined by single
 * spaces or hyphens; a text of any other form always passes (the map answers).
 *
 * @example
 * const shapes = new KeyShapes(['south africa', 'china']);
 * shapes.mayHold('South Africa', 0); // true
 * shapes.mayHold('Cyril Ramaphosa', 0); // false: no key starts with "c", ends with "a" and has 15 letters
 */
export class KeyShapes {
  /** Bit `length` (below 32) of cell `first * 26 + last`. */
  private readonly short = new Uint32Array(26 * 26);
  /** Bit `length - 32` (32 to 63). */
  private readonly long = new Uint32Array(26 * 26);

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const cell = plainCell(key, 0, true);
      if (cell < 0) continue;
      if (key.length < 32) this.short[cell] = (this.short[cell] as number) | (1 << key.length);
      else if (key.length < 64) this.long[cell] = (this.long[cell] as number) | (1 << (key.length - 32));
    }
  }

  /**
   * False only when the lower case of `text.slice(from)` is certainly no key: the text is plain
   * (see above) and no key has its first letter, last letter and length. True otherwise.
   */
  mayHold(text: string, from: number): boolean {
    const cell = plainCell(text, from, false);
    if (cell < 0) return true;
    const length = text.length - from;
    if (length < 32) return ((this.short[cell] as number) & (1 << length)) !== 0;
    return length >= 64 || ((this.long[cell] as number) & (1 << (length - 32))) !== 0;
  }
}

/**
 * The cell of a plain text from `from` on (letters, single spaces or hyphens between them), or -1.
 * `lowerOnly`: upper-case letters make the text not plain (for keys, which are in lower case).
 */
function plainCell(text: string, from: number, lowerOnly: boolean): number {
  const n = text.length;
  if (n - from < 1) return -1;
  let joined = true; // before the first letter, as after a separator: a separator here is not plain
  for (let k = from; k < n; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (!lowerOnly && c >= 65 && c <= 90)) joined = false;
    else if ((c === 32 || c === 45) && !joined) joined = true;
    else return -1;
  }
  if (joined) return -1;
  return ((text.charCodeAt(from) | 32) - 97) * 26 + ((text.charCodeAt(n - 1) | 32) - 97);
}
