import type { FactsContext } from './context.js';
import { openingWords } from './cue-pattern.js';
import { matchesOf } from './text.js';
import { wordIndex, wordNeeds, type WordNeeds } from './word-index.js';

/** A table cue's pattern, ready to be looked for in sentences (see `cueMatches`). */
export interface CueScanner {
  /** The pattern, global and case-insensitive. */
  readonly global: RegExp;
  /** The same pattern tried at one place (sticky), when every match opens with one of `opening`. */
  readonly sticky: RegExp | null;
  readonly opening: WordNeeds | null;
}

/**
 * Compiles the RegExp source of a cue (`cueSource(cue)`, perhaps with more after it) for `cueMatches`.
 *
 * @example const WILL = cueScanner(`${cueSource('will')}\\s+`, 'will')
 */
export function cueScanner(source: string, cue: string): CueScanner {
  const opening = openingWords(cue);
  return {
    global: new RegExp(source, 'gi'),
    sticky: opening === null ? null : new RegExp(source, 'iy'),
    opening: opening === null ? null : wordNeeds([opening]),
  };
}

/**
 * The matches of a cue in `text`, the text of the normalised range starting at `start`: exactly
 * what the global pattern's exec loop finds. A cue that opens with known words is only tried where
 * one of them starts (the document's word index knows where); others scan the whole text.
 */
export function cueMatches(ctx: FactsContext, cue: CueScanner, start: number, text: string): RegExpExecArray[] {
  const at = cue.sticky === null || cue.opening === null ? null : wordIndex(ctx).startsOf(cue.opening, start, start + text.length);
  if (at === null || cue.sticky === null) return matchesOf(cue.global, text);
  const out: RegExpExecArray[] = [];
  // The leftmost match at or after the end of the last is the first place it matches there.
  let from = 0;
  for (const p of at) {
    if (p - start < from) continue;
    cue.sticky.lastIndex = p - start;
    const m = cue.sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}
