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
 * @example maskLongRuns('a ' + '-'.repeat(300)).runs // [[2, 302]]
 */
export function maskLongRuns(text: string): MaskedText {
  const runs: [number, number][] = [];
  let from = 0; // start of the current run
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x20) continue;
    if (i - from > MAX_RUN) runs.push([from, i]);
    from = i + 1;
  }
  if (text.length - from > MAX_RUN) runs.push([from, text.length]);
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
