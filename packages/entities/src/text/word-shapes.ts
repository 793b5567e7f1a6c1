/**
 * The first characters and lengths of a set of words, as a 512-byte table: a word of a shape that
 * no member has is not a member, and a loop over every word of a document asks the table before
 * the Set (most words: "the", "summit", "said" have no title's or cue's shape).
 *
 * @example
 * const shapes = new WordShapes(['president', 'minister']);
 * shapes.mayHold('premier'); // false: no member starts with "p" and has 7 letters
 * shapes.mayHold('pressed'); // true (then the Set answers: no)
 */
export class WordShapes {
  /** Bit `min(length, 31)` of cell `first char & 127`. */
  private readonly lengths = new Uint32Array(128);
  private empty = false;

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length === 0) this.empty = true;
      else {
        const cell = word.charCodeAt(0) & 127;
        this.lengths[cell] = (this.lengths[cell] as number) | (1 << Math.min(word.length, 31));
      }
    }
  }

  /** False only when no member has the first character (modulo 128) and length of `word`. */
  mayHold(word: string): boolean {
    if (word.length === 0) return this.empty;
    return ((this.lengths[word.charCodeAt(0) & 127] as number) & (1 << Math.min(word.length, 31))) !== 0;
  }
}
