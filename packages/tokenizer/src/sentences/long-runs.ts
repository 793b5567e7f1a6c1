/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run of characters without a space
 * (20,000 dashes take seconds). Runs longer than this are kept away from it and become one token.
 * Real words, numbers, URLs and e-mail addresses are shorter.
 */
export const MAX_RUN = 200;

export interface MaskedText {
  /** The text with every long run replaced by as many spaces (offsets are unchanged). */
  readonly text: string;
  /** The long runs, in order, as `[start, end)` pairs. */
  readonly runs: readonly (readonly [number, number])[];
}

/**
 * Hides the runs of more than {@link MAX_RUN} non-space characters from wink.
 *
 * Only every {@link MAX_RUN}th character is looked at first: a run that long holds at least one
 * of them, so a text without long runs costs a few reads per checkpoint (out to the spaces around
 * it) instead of one per character.
 *
 * @example maskLongRuns('a ' + '-'.repeat(300)).runs // [[2, 302]]
 */
export function maskLongRuns(text: string): MaskedText {
  const runs: [number, number][] = [];
  const n = text.length;
  for (let at = 0; at < n; at += MAX_RUN) {
    if (text.charCodeAt(at) <= 0x20) continue;
    let start = at;
    while (start > 0 && text.charCodeAt(start - 1) > 0x20) start--;
    let end = at + 1;
    while (end < n && text.charCodeAt(end) > 0x20) end++;
    if (end - start > MAX_RUN) {
      runs.push([start, end]);
      // The next checkpoint after the run (the run may hold several).
      at = end - (end % MAX_RUN);
    }
  }
  if (runs.length === 0) return { text, runs };
  const parts: string[] = [];
  let last = 0;
  for (const [s, e] of runs) {
    parts.push(text.slice(last, s), ' '.repeat(e - s));
    last = e;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), runs };
}
