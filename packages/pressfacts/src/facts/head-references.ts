import type { FactsContext } from './context.js';
import { cueMatches, wordScanner } from './cue-scan.js';
import { isWordChar, wordIndex, wordNeeds } from './word-index.js';

/** The head words an event's name may end in ("summit", "meeting", "expo"). */
const HEADS = ['summit', 'meeting', 'conference', 'forum', 'expo', 'congress', 'assembly', 'dialogue', 'session', 'retreat', 'council'] as const;

// The head word a name ends in, or one it has before "of"/"on" ("summit", "meeting", "expo").
export const HEAD_WORD = new RegExp(`\\b(${HEADS.join('|')})(?:\\s+(?:of|on|for)\\b.*)?$`);
const HEAD_NEEDS = wordNeeds([HEADS]);

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
 * (each a word of HEADS), in text order: what the pattern's global scan finds, read from where
 * the head words stand (a few per document) instead of trying the pattern at every "the".
 *
 * The pattern's lazy middle words never take part: a first word that could be one ends in a
 * lower-case letter before white space or a hyphen, so the word itself already ends the match. A
 * match is thus "the"/"The" at a word boundary, white space, and a run of a-z that no word
 * character follows; the scan finds one unless the match before it took its "the" as its word.
 */
export function headReferences(ctx: FactsContext, base: number, heads: ReadonlySet<string>): HeadReference[] {
  const { text } = ctx;
  const starts = wordIndex(ctx).startsOf(HEAD_NEEDS, base, text.length);
  if (starts === null) return scannedReferences(ctx, base, heads);
  const out: HeadReference[] = [];
  for (const p of starts) {
    let e = p;
    while (isLowerAscii(text.charCodeAt(e))) e++;
    if (e === p || isWordChar(text.charCodeAt(e))) continue;
    const head = text.slice(p, e);
    if (!heads.has(head)) continue;
    const at = theBefore(text, base, p);
    if (at >= 0 && foundByScan(text, base, at)) out.push({ at, head });
  }
  return out;
}

/** The scan itself (a range the word index cannot answer for). */
function scannedReferences(ctx: FactsContext, base: number, heads: ReadonlySet<string>): HeadReference[] {
  const out: HeadReference[] = [];
  for (const m of cueMatches(ctx, HEAD_REFERENCE_SCAN, base, ctx.text.slice(base))) if (heads.has(m[1]!)) out.push({ at: base + m.index, head: m[1]! });
  return out;
}

/** Where "the"/"The" starts when it stands at a word boundary right before the white space before `p`, else -1. */
function theBefore(text: string, base: number, p: number): number {
  let w = p;
  while (w > base && SPACE.test(text[w - 1]!)) w--;
  const at = w - 3;
  if (w === p || at < base) return -1;
  const t = text.charCodeAt(at);
  if ((t !== 84 && t !== 116) || text.charCodeAt(at + 1) !== 104 || text.charCodeAt(at + 2) !== 101) return -1;
  return at === base || !isWordChar(text.charCodeAt(at - 1)) ? at : -1;
}

/**
 * Does the global scan find the match at `at`? Not when the match before took this "the" as its
 * word; that one is found unless the one before it took its "the", and so on back the chain of
 * "the the the …": every other one is found, starting with the first.
 */
function foundByScan(text: string, base: number, at: number): boolean {
  let found = true;
  let r = at;
  for (;;) {
    if (text.charCodeAt(r) !== 116) return found;
    const before = theBefore(text, base, r);
    if (before < 0) return found;
    found = !found;
    r = before;
  }
}

const SPACE = /\s/;

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
