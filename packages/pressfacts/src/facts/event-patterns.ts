import type { FactsContext } from './context.js';
import { wholeWordIn, wordIndex, wordNeeds, type WordNeeds } from './word-index.js';

/*
 * The event rules' hand-written sentence patterns, each with the words one of which every match
 * holds: a sentence whose words (the document's word index) lack them all is not read by the
 * pattern. test/sentence-gates.test.ts proves each gate lets through every text its pattern matches.
 */

/** A pattern and its gate words. */
export interface GatedPattern {
  readonly pattern: RegExp;
  /** Every match of `pattern` holds one of these as a whole word (case aside). */
  readonly words: readonly string[];
  readonly needs: WordNeeds;
  /** Words each of which, standing as a whole word (case aside), is a match of `pattern` by itself. */
  readonly sure: ReadonlySet<string>;
  readonly sureNeeds: WordNeeds | null;
}

function gated(pattern: RegExp, words: readonly string[], sure: readonly string[] = []): GatedPattern {
  return { pattern, words, needs: wordNeeds([words]), sure: new Set(sure), sureNeeds: sure.length === 0 ? null : wordNeeds([sure]) };
}

const GATHERING_WORDS = ['summit', 'meeting', 'talks', 'conference', 'forum', 'gathering', 'gathered', 'gathers', 'gather', 'convened', 'convenes', 'convene', 'held', 'hosted', 'hosts', 'opened', 'took', 'attended', 'met', 'meets', 'meet', 'session'];

/** Words that say a sentence is about a gathering taking place. */
export const GATHERING = gated(
  /\b(?:summit|meeting|talks|conference|forum|gathering|gathered|gathers|gather|convened|convenes|convene|held|hosted|hosts|opened|took place|attended|met|meets|meet|session)\b/i,
  GATHERING_WORDS,
  // Each a match on its own, but "took" only with "place".
  GATHERING_WORDS.filter((word) => word !== 'took'),
);

/**
 * Cues that a sentence is about another edition than the one the release reports ("a resilient
 * common future" is no future summit). "will host" holds "host", "to be held" holds "held".
 */
export const OTHER_EDITION = gated(
  /\b(?:next|previous|last|upcoming|following|future\s+(?:summits?|meetings?|editions?|sessions?)|will host|(?<!\b(?:first|second|third|only|largest|biggest)(?:\s+[a-z-]+){0,2}\s+)to be held|would be held)\b/i,
  ['next', 'previous', 'last', 'upcoming', 'following', 'future', 'host', 'held'],
);

/** Verbs that place a gathering somewhere ("held in", "gathered in", "opened in"). */
export const TAKES_PLACE = gated(
  /\b(?:held|hosted|hosting|hosts|gathered|gathering|convened|opened|opens|took place|takes place|under way|underway|met|meets|meeting|summit)\b/i,
  ['held', 'hosted', 'hosting', 'hosts', 'gathered', 'gathering', 'convened', 'opened', 'opens', 'took', 'takes', 'under', 'underway', 'met', 'meets', 'meeting', 'summit'],
);

/** "the two-day summit", "a three-day meeting", "after three days of talks", "over two days". */
export const DURATION = gated(/\b(two|three|four|five|2|3|4|5)(?:-day\b|\s+days\s+of\b)|\bover\s+(two|three|four|five)\s+days\b/i, ['day', 'days']);

// "On the opening day, leaders adopted …": the day of the event a sentence names (agreements.ts).
export const OPENING_DAY = gated(/\b(?:(?:opening|first)\s+day|day\s+one)\b/i, ['day']);
export const CLOSING_DAY = gated(
  /\b(?:closing|final|last)\s+(?:day|session)\b|\bclose\s+of\s+the\s+(?:summit|meeting)\b|\b(?:summit|meeting|conference)\s+(?:wrapped\s+up|concluded|closed|ended|drew\s+to\s+a\s+close)\b/i,
  ['closing', 'final', 'last', 'close', 'summit', 'meeting', 'conference'],
);
// "on the second day", "on day three".
export const NTH_DAY = gated(/\b(?:the\s+(second|third|fourth|2nd|3rd|4th)\s+day|day\s+(two|three|four))\b/i, ['day']);

/** Does the normalised range hold one of the pattern's words (may the pattern match there)? */
export function mayMatchIn(ctx: FactsContext, gate: GatedPattern, start: number, end: number): boolean {
  return wordIndex(ctx).wordsIn(start, end).holds(gate.needs);
}

/**
 * Does the normalised range match the pattern? Yes at once when it holds one of the pattern's sure
 * words (the word index knows where they stand); read only when its words may be there.
 */
export function matchesIn(ctx: FactsContext, gate: GatedPattern, start: number, end: number): boolean {
  // The range's word bits first (one lookup): where no sure word may stand, none is looked for.
  const words = wordIndex(ctx).wordsIn(start, end);
  if (gate.sureNeeds !== null && words.holds(gate.sureNeeds) && wholeWordIn(ctx, gate.sureNeeds, gate.sure, start, end) === true) return true;
  return words.holds(gate.needs) && gate.pattern.test(ctx.text.slice(start, end));
}

/** The pattern's first match in the normalised range (`exec` on its text), or null; read only when its words may be there. */
export function firstMatchIn(ctx: FactsContext, gate: GatedPattern, start: number, end: number): RegExpExecArray | null {
  return mayMatchIn(ctx, gate, start, end) ? gate.pattern.exec(ctx.text.slice(start, end)) : null;
}
