import type { FactsContext } from './context.js';
import { cueMatches, wordScanner } from './cue-scan.js';
import { isWhiteSpace } from './text.js';
import { isWordChar, wordIndex } from './word-index.js';

/** The head words an event's name may end in ("summit", "meeting", "expo"). */
const HEADS = ['summit', 'meeting', 'conference', 'forum', 'expo', 'congress', 'assembly', 'dialogue', 'session', 'retreat', 'council'] as const;

// The head word a name ends in, or one it has before "of"/"on" ("summit", "meeting", "expo").
export const HEAD_WORD = new RegExp(`\\b(${HEADS.join('|')})(?:\\s+(?:of|on|for)\\b.*)?$`);

// "the meeting", "The ministerial meeting", "the four-day expo": a lower-case reference to a head.
const HEAD_REFERENCE = /\b[Tt]he\s+(?:[a-z][a-z-]*\s+){0,2}?([a-z]+)\b/g;
/** HEAD_REFERENCE tried only where "the" stands. */
export const HEAD_REFERENCE_SCAN = wordScanner(HEAD_REFERENCE, ['the']);

/** One match of HEAD_REFERENCE: where it starts and the word it captures. */
export interface HeadReference {
  readonly at: number;
  readonly head: string;
}

/**
 * The matches of HEAD_REFERENCE in the text from `base` to its end whose word is one of `heads`
 * (each a word of HEADS), in text order; read only where "the" stands.
 */
export function headReferences(ctx: FactsContext, base: number, heads: ReadonlySet<string>): HeadReference[] {
  const { text } = ctx;
  const at = HEAD_REFERENCE_SCAN.opening === null ? null : wordIndex(ctx).startsOf(HEAD_REFERENCE_SCAN.opening, base, text.length);
  if (at === null) return scannedReferences(ctx, base, heads);
  const out: HeadReference[] = [];
  // As the global scan: a match starts at or after the end of the one before ("the the summit").
  let from = base;
  for (const p of at) {
    if (p < from) continue;
    const word = referencedWord(text, p);
    if (word < 0) continue;
    let end = word;
    while (isLowerAscii(text.charCodeAt(end))) end++;
    from = end;
    // (Only a word as long as a head can be one: most captured words are not sliced.)
    if (end - word <= HEAD_MAX) {
      const head = text.slice(word, end);
      if (heads.has(head)) out.push({ at: p, head });
    }
  }
  return out;
}

const HEAD_MAX = Math.max(...HEADS.map((h) => h.length));

/**
 * Where the captured word of a HEAD_REFERENCE match at `p` starts, or -1 when it does not match
 * there. `p` is where the index puts a whole word "the" in any case, so `\b` before it holds. The
 * pattern's lazy words are never taken: a first word `[a-z][a-z-]*` followed by white space is
 * itself a `[a-z]+\b`. So a match is "[Tt]he", white space, then a run of `[a-z]` that a non-word
 * character (or the end) follows.
 */
function referencedWord(text: string, p: number): number {
  const t = text.charCodeAt(p);
  if ((t !== 84 && t !== 116) || text.charCodeAt(p + 1) !== 104 || text.charCodeAt(p + 2) !== 101) return -1;
  let k = p + 3;
  while (isWhiteSpace(text.charCodeAt(k))) k++;
  if (k === p + 3 || !isLowerAscii(text.charCodeAt(k))) return -1;
  let e = k;
  while (isLowerAscii(text.charCodeAt(e))) e++;
  return isWordChar(text.charCodeAt(e)) ? -1 : k;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The global scan, for a base the index cannot answer from (one inside a word). */
function scannedReferences(ctx: FactsContext, base: number, heads: ReadonlySet<string>): HeadReference[] {
  const out: HeadReference[] = [];
  for (const m of cueMatches(ctx, HEAD_REFERENCE_SCAN, base, ctx.text.slice(base))) if (heads.has(m[1]!)) out.push({ at: base + m.index, head: m[1]! });
  return out;
}
