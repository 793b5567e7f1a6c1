import type { PeopleContext } from '../context.js';

/** What the capitalised words before a title say: "Chinese" (country), "European Commission" (affiliation), "Energy" (portfolio). */
export interface PreTitle {
  readonly country: string | null;
  readonly affiliation: string | null;
  /** Index where the title as written starts (earlier than the match when a portfolio is taken in). */
  readonly titleStart: number;
  /** A lower-case modifier written before the country or organisation: "former" in "former Brazilian President". */
  readonly leadingModifier: string | null;
}

const MAX_WORDS = 4;
const MAX_PORTFOLIO = 2;

/**
 * Reads the capitalised words right before the title at `titleStart`. The longest run of them
 * that names a country (rightmost on ties) gives the country; words between it and the title
 * are a portfolio the title takes in ("Foreign" in "Kazakh Foreign Minister", when the row says
 * so) or else an affiliation ("European Commission President").
 */
export function readPreTitle(
  ctx: PeopleContext,
  titleStart: number,
  takesPortfolio: boolean,
  lowerCaseTitle = false,
): PreTitle {
  const words = ctx.words;
  let from = titleStart;
  // A lower-case title may have a lower-case office before it: "Chinese foreign ministry spokesperson".
  let lowerBudget = lowerCaseTitle ? MAX_PORTFOLIO : 0;
  for (let k = titleStart - 1; k >= 0 && titleStart - k <= MAX_WORDS; k--) {
    const w = words[k]!;
    // "His Royal Highness Prince …": an honorific is no organisation.
    if (words[k + 1]!.breakBefore || w.punct || ctx.lex.stopWords.has(w.key) || ctx.lex.honorificWords.has(w.akey)) break;
    if (!w.cap) {
      if (lowerBudget === 0 || from !== k + 1 || !w.lower || ctx.lex.titleModifiers.has(w.key)) break;
      lowerBudget--;
    } else {
      lowerBudget = 0;
    }
    if (w.possessive && k !== titleStart - 1) break;
    from = k;
  }
  // The run must start with a capital; lower-case words alone say nothing. A sentence-initial
  // verb or common word is not an organisation: "Welcoming President …", "Data President …".
  while (from < titleStart && (!words[from]!.cap || isCommonOpener(ctx, from))) from++;
  if (from === titleStart) return { country: null, affiliation: null, titleStart, leadingModifier: null };
  const lead = words[from - 1];
  const leadingModifier =
    lead !== undefined && !lead.cap && !words[from]!.breakBefore && ctx.lex.titleModifiers.has(lead.key) ? lead.text : null;

  let best: { s: number; e: number; name: string } | null = null;
  for (let len = titleStart - from; len >= 1 && best === null; len--) {
    for (let s = titleStart - len; s >= from; s--) {
      const name = ctx.country(ctx.textOf(s, s + len));
      if (name !== null) {
        best = { s, e: s + len, name };
        break;
      }
    }
  }
  const restFrom = best?.e ?? from;
  let start = titleStart;
  if (takesPortfolio) {
    while (start > restFrom && titleStart - start < MAX_PORTFOLIO && words[start - 1]!.lower && !words[start - 1]!.possessive) start--;
  }
  const affiliation = start > restFrom ? ctx.textOf(restFrom, start) : null;
  return { country: best?.name ?? null, affiliation, titleStart: start, leadingModifier };
}

const VERB_ENDING = /(?:ing|ed)$/;

function isCommonOpener(ctx: PeopleContext, k: number): boolean {
  const w = ctx.words[k]!;
  return w.sentenceStart && (ctx.lowerSeen.has(w.key) || VERB_ENDING.test(w.key));
}
