import type { TitleRow } from './data/titles.js';
import type { PeopleContext } from './context.js';
import { WordClass, type Phrase } from './lexicon.js';

/** A title found in the text: words `[start, end)`, modifiers included ("Vice Foreign Minister"). */
export interface TitleMatch {
  readonly start: number;
  readonly end: number;
  readonly row: TitleRow;
  /** Every word of the title proper starts with a capital (modifiers and connectors such as "of" aside). */
  readonly capitalised: boolean;
}

const MAX_MODIFIERS = 3;

/**
 * The title that starts at word `i`, after up to three modifiers ("Acting", "Vice"), or null.
 * Matching ignores case; `capitalised` tells whether it was written as a proper title.
 */
export function matchTitleAt(ctx: PeopleContext, i: number): TitleMatch | null {
  const words = ctx.words;
  for (let j = i; j < words.length && j - i <= MAX_MODIFIERS; j++) {
    const w = words[j]!;
    if (j > i && w.breakBefore) return null;
    const phrases = ctx.lex.titles.get(w.akey);
    const hit = phrases === undefined ? null : matchPhrase(ctx, j, phrases);
    if (hit !== null) {
      // Modifiers may be lower case ("former President"); the title itself decides.
      let capitalised = true;
      for (let k = j; k < hit.end; k++) {
        const t = words[k]!;
        if (!t.cap && !CONNECTORS.has(t.key)) capitalised = false;
      }
      return { start: i, end: hit.end, row: hit.row, capitalised };
    }
    if (!ctx.lex.titleModifiers.has(w.akey)) return null;
  }
  return null;
}

const CONNECTORS = new Set(['of', 'for', 'the']);

/** Matches the longest of `phrases` at word `j`. */
export function matchPhrase<Row>(
  ctx: PeopleContext,
  j: number,
  phrases: readonly Phrase<Row>[],
): { end: number; row: Row } | null {
  const words = ctx.words;
  for (const phrase of phrases) {
    let ok = true;
    for (let k = 0; k < phrase.keys.length; k++) {
      const w = words[j + k];
      if (w === undefined || w.akey !== phrase.keys[k] || (k > 0 && w.breakBefore) || (k < phrase.keys.length - 1 && w.possessive)) {
        ok = false;
        break;
      }
    }
    if (ok) return { end: j + phrase.keys.length, row: phrase.row };
  }
  return null;
}

/**
 * Reads the honorifics written from word `j`: the index after them and those that are titles of
 * rank, as written ("Emir Sheikh Tamim" → `["Sheikh"]`).
 */
export function readHonorifics(ctx: PeopleContext, j: number): { end: number; titles: string[] } {
  const titles: string[] = [];
  for (let guard = 0; guard < 3; guard++) {
    const w = ctx.words[j];
    if (w === undefined || !w.cap || ((ctx.wordClass[j] as number) & WordClass.HONORIFIC) === 0) break;
    const phrases = ctx.lex.honorifics.get(w.akey);
    const hit = phrases === undefined ? null : matchPhrase(ctx, j, phrases);
    if (hit === null) break;
    if (hit.row.title === true) titles.push(ctx.textOf(j, hit.end));
    j = hit.end;
  }
  return { end: j, titles };
}
