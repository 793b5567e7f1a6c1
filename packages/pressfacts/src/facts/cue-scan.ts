import type { FactsContext } from './context.js';
import { openingWords } from './cue-pattern.js';
import { matchesOf } from './text.js';
import { wordIndex, wordNeeds, type WordNeeds } from './word-index.js';

/** A global pattern ready to be looked for in sentences (see `cueMatches`). */
export interface CueScanner {
  readonly global: RegExp;
  /** The same pattern tried at one place (sticky), when every match opens with one of `opening`. */
  readonly sticky: RegExp | null;
  readonly opening: WordNeeds | null;
}

/**
 * A scanner for a global pattern every match of which starts with one of `opening` as a whole
 * word, case aside (a `\b` and the word, then white space or a `\b`); null `opening`: none known.
 * (A pattern with the u or v flag is always scanned whole.)
 * test/cue-gate.test.ts holds each scanner the rules build to that.
 *
 * @example const SAID = wordScanner(/\bsaid\b/gi, ['said'])
 */
export function wordScanner(global: RegExp, opening: readonly string[] | null): CueScanner {
  // With the u or v flag and i, `\b` also bounds "ſ" and the Kelvin sign: words the index does not read as words.
  const known = opening !== null && !/[uv]/.test(global.flags);
  return {
    global,
    sticky: known ? new RegExp(global.source, `${global.flags.replace('g', '')}y`) : null,
    opening: known ? wordNeeds([opening]) : null,
  };
}

/**
 * A scanner for a table cue: `source` is `cueSource(cue)`, perhaps with more after it.
 *
 * @example const WILL = cueScanner(`${cueSource('will')}\\s+`, 'will')
 */
export function cueScanner(source: string, cue: string): CueScanner {
  return wordScanner(new RegExp(source, 'gi'), openingWords(cue));
}

/**
 * The matches of a scanner's pattern in `text`, the text of the normalised range starting at
 * `start`: exactly what the global pattern's exec loop finds. A pattern that opens with known
 * words is only tried where one of them starts (the document's word index knows where); others
 * scan the whole text.
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

/**
 * Whether the scanner's pattern matches anywhere in `text` (the text of the normalised range
 * starting at `start`): what `cueMatches(…).length > 0` tells, stopping at the first match.
 *
 * @example cueFound(ctx, WILL, s.norm.start, ctx.text.slice(s.norm.start, s.norm.end))
 */
export function cueFound(ctx: FactsContext, cue: CueScanner, start: number, text: string): boolean {
  const at = cue.sticky === null || cue.opening === null ? null : wordIndex(ctx).startsOf(cue.opening, start, start + text.length);
  if (at === null || cue.sticky === null) {
    cue.global.lastIndex = 0;
    const found = cue.global.test(text);
    cue.global.lastIndex = 0;
    return found;
  }
  for (const p of at) {
    cue.sticky.lastIndex = p - start;
    if (cue.sticky.test(text)) return true;
  }
  return false;
}
