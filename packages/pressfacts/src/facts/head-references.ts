import type { FactsContext } from './context.js';
import { cueMatches, wordScanner } from './cue-scan.js';

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
 * (each a word of HEADS), in text order; the pattern is tried only where "the" stands.
 */
export function headReferences(ctx: FactsContext, base: number, heads: ReadonlySet<string>): HeadReference[] {
  const out: HeadReference[] = [];
  for (const m of cueMatches(ctx, HEAD_REFERENCE_SCAN, base, ctx.text.slice(base))) if (heads.has(m[1]!)) out.push({ at: base + m.index, head: m[1]! });
  return out;
}
