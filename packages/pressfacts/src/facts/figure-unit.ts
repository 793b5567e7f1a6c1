import type { CardinalQuantity, Token } from '@pressfacts/document';
import { COUNT_FILLERS, LANGUAGE_HEADS, NOT_COUNTED_NOUNS } from '../data/count-nouns.js';
import { MEASURE_VERBS } from '../data/figure-cues.js';
import { lower } from './chunks.js';
import { skipQualifiersBack } from './figure-words.js';
import { nounPhraseBefore, trimDeterminers } from './noun-phrases.js';
import type { FactsContext } from './context.js';
import { overlapLookup } from './range-queries.js';
import { firstTokenFrom } from './token-search.js';

const NOT_COUNTED: ReadonlySet<string> = new Set(NOT_COUNTED_NOUNS.flatMap((r) => r.words));
const LANGUAGE_HEAD: ReadonlySet<string> = new Set(LANGUAGE_HEADS.flatMap((r) => r.words));
// "48.2 million TEU": twenty-foot equivalent units, the count of container traffic.
const PLURAL_WITHOUT_S: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'personnel', 'staff', 'youth', 'police', 'teu']);
const COPULA: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was']);
/** A bare four-digit number in this range is a year ("the 1967 borders"), not a count. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;

const DATE_OVERLAP = new WeakMap<FactsContext, (start: number, end: number) => boolean>();

/** Does a date mention overlap the range? (An index built once per document.) */
function overlapsDate(ctx: FactsContext, start: number, end: number): boolean {
  let lookup = DATE_OVERLAP.get(ctx);
  if (lookup === undefined) DATE_OVERLAP.set(ctx, (lookup = overlapLookup(ctx.dates, (d) => d.norm)));
  return lookup(start, end);
}

/**
 * The counted noun of a statistical count, as written ("21 member economies" → "member economies",
 * "23 of the 32 Allies" → "Allies", "25 of them" → the noun counted before), or null when the
 * number counts nothing, is a year, a duration or a measurement, or modifies a noun ("10-year").
 */
export function countedNoun(ctx: FactsContext, q: CardinalQuantity, tokens: readonly Token[], previousUnit: string | null): string | null {
  if (YEAR_LIKE.test(q.text) || overlapsDate(ctx, q.norm.start, q.norm.end)) return null;
  let i = firstTokenFrom(tokens, q.norm.end);
  if (i < 0) return null;
  const gap = ctx.text.slice(q.norm.end, tokens[i]!.norm.start);
  if (gap.includes('\n') || (gap === '' && lower(tokens[i]) === '-')) return null;
  // "1 billion doses, of which 600 million will be donated and 400 million produced": the doses before.
  if (!isNounStart(tokens[i]) && sharesOf(tokens, firstTokenFrom(tokens, q.norm.start))) return previousUnit;
  if (lower(tokens[i]) === 'of') {
    // "25 of them", "23 of the 32 Allies"
    if (lower(tokens[i + 1]) === 'them') return previousUnit;
    i++;
    while (tokens[i] !== undefined && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'NUM' || tokens[i]!.pos === 'PRON')) i++;
  } else if (COPULA.has(lower(tokens[i])) && tokens[i - 1]?.norm.end === q.norm.end) {
    i++; // "33 are small states"
  }
  return nounAt(ctx, tokens, i);
}

function isNounStart(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
}

/** Is the count at `k` a part after "of which"/"of whom" (or one more part after "and")? */
function sharesOf(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j > 0 && j >= k - 10; j--) {
    const w = lower(tokens[j]);
    if ((w === 'which' || w === 'whom') && lower(tokens[j - 1]) === 'of') return j === k - 1 || lower(tokens[k - 1]) === 'and';
    if (w === '.' || w === ';') return false;
  }
  return false;
}

function nounAt(ctx: FactsContext, tokens: readonly Token[], start: number): string | null {
  let i = start;
  while (COUNT_FILLERS.has(lower(tokens[i]))) i++;
  const first = i;
  let head = -1;
  let afterOf = false;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "5.6 million visitors last year": the counted noun ends where a date begins.
    if (i > first && overlapsDate(ctx, t.norm.start, t.norm.end)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') {
      if (t.pos !== 'ADJ') head = i;
      i++;
    } else if (lower(t) === 'of' && head === i - 1 && isPluralNounPhraseAt(tokens, i + 1) && /^\p{Ll}/u.test(tokens[i + 1]!.value) && !isPluralWord(tokens[i + 1]!)) {
      // "heads of state and government"; not "doses of COVID-19 vaccines" (what the doses are of).
      afterOf = true;
      i++;
    } else if (lower(t) === 'and' && head === i - 1 && isPluralNounPhraseAt(tokens, i + 1) && (afterOf || pluralHeadAt(tokens, i + 1))) {
      i++; // "summits and conferences"; not "vaccine doses and new financing package"
    } else if (lower(t) === 'and' && head < 0 && i > first && tokens[i - 1]!.pos === 'ADJ' && isPluralNounPhraseAt(tokens, i + 1)) {
      i++; // "10 medical and health projects"
    } else break;
  }
  if (head < 0) return null;
  const headWord = tokens[head]!.value;
  // The counted word is the noun before any "of"/"and": "50 years of diplomatic ties" counts years.
  let counted = first;
  while (counted < head && !/^(?:of|and)$/.test(lower(tokens[counted + 1]))) counted++;
  if (NOT_COUNTED.has(tokens[counted]!.value.toLowerCase()) || !isPlural(tokens, first, head)) return null;
  // "African countries": a capitalised modifier before a common noun says where, not what.
  // But "French speakers" counts speakers of French: a language stays.
  let from = first;
  const language = LANGUAGE_HEAD.has(headWord.toLowerCase());
  while (!language && from < head && /^\p{Lu}/u.test(tokens[from]!.value) && !/^\p{Lu}/u.test(headWord)) from++;
  return ctx.rawText(tokens[from]!.norm.start, tokens[head]!.norm.end);
}

function isPluralWord(t: Token): boolean {
  const w = t.value.toLowerCase();
  return PLURAL_WITHOUT_S.has(w) || /[^s']s$/.test(w);
}

/** Is the head of the noun phrase starting at `i` (its last noun before a non-noun) plural? */
function pluralHeadAt(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k + 1] !== undefined && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k + 1]!.pos)) k++;
  return tokens[k] !== undefined && isPluralWord(tokens[k]!);
}

function isPluralNounPhraseAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
}

function isPlural(tokens: readonly Token[], first: number, head: number): boolean {
  // In "heads of state and government" the counted word is the first noun.
  for (let k = first; k <= head; k++) {
    const w = tokens[k]!.value.toLowerCase();
    if (tokens[k]!.pos !== 'ADJ' && (PLURAL_WITHOUT_S.has(w) || /[^s']s$/.test(w))) return true;
  }
  return false;
}

const MEASURE_VERB: ReadonlySet<string> = new Set(MEASURE_VERBS.flatMap((r) => r.words));

/**
 * The counted noun of a bare number that measures a plural noun before it: "tourist arrivals of
 * 11.2 million", "Ship calls across the network exceeded 31,000" → "tourist arrivals", "Ship calls".
 * Null when a noun follows the number or no plural noun leads to it.
 */
export function measuredNoun(ctx: FactsContext, q: CardinalQuantity, tokens: readonly Token[]): string | null {
  if (YEAR_LIKE.test(q.text) || overlapsDate(ctx, q.norm.start, q.norm.end)) return null;
  const first = firstTokenFrom(tokens, q.norm.start);
  const next = tokens[firstTokenFrom(tokens, q.norm.end)];
  if (first < 0 || (next !== undefined && isNounStart(next) && !overlapsDate(ctx, next.norm.start, next.norm.end))) return null;
  let k = skipQualifiersBack(tokens, first, 0);
  if (/^(?:to|at)$/.test(lower(tokens[k - 1])) && MEASURE_VERB.has(lower(tokens[k - 2]))) k--;
  const word = lower(tokens[k - 1]);
  if (word !== 'of' && !(MEASURE_VERB.has(word) && tokens[k - 1]!.pos === 'VERB')) return null;
  let end = k - 1;
  // "Ship calls across the network exceeded": past a phrase about where.
  if (word !== 'of') {
    let p = end - 1;
    while (p > 0 && tokens[p]!.pos !== 'ADP' && /^(?:NOUN|PROPN|ADJ|DET)$/.test(tokens[p]!.pos)) p--;
    if (p > 0 && tokens[p]!.pos === 'ADP' && lower(tokens[p]) !== 'of') end = p;
  }
  const head = tokens[end - 1];
  // "Ship calls": a plural noun after a noun, which the tagger may read as a verb.
  const verbHead = head?.pos === 'VERB' && /^(?:NOUN|PROPN)$/.test(tokens[end - 2]?.pos ?? '');
  if (head === undefined || (head.pos !== 'NOUN' && !verbHead) || !isPluralWord(head)) return null;
  const from = trimDeterminers(tokens, nounPhraseBefore(tokens, verbHead ? end - 1 : end, 0, false), end);
  return from < end ? ctx.rawText(tokens[from]!.norm.start, head.norm.end) : null;
}

const NEW_CLAUSE: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'as']);
// "The number of French speakers is put at 321 million": the noun counted, before its verb.
const NUMBER_OF = /\b(?:the\s+)?(?:total\s+)?number\s+of\s+((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+s)\s+(?:is|was|are|were|has|had|will|stands?|stood|rose|reached|grew|fell|totall?ed|topped|exceeded)\b/iu;

/**
 * The counted noun of a bare number in a sentence about "the number of X" ("The number of French
 * speakers is put at 321 million, up from 300 million in 2022" → "French speakers" for both), or
 * null. Only a number after that subject, that is no year or date and has no noun of its own.
 */
export function numberOfNoun(ctx: FactsContext, q: CardinalQuantity, sentenceStart: number, tokens: readonly Token[]): string | null {
  if (YEAR_LIKE.test(q.text) || overlapsDate(ctx, q.norm.start, q.norm.end)) return null;
  const next = tokens[firstTokenFrom(tokens, q.norm.end)];
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return null;
  const m = NUMBER_OF.exec(ctx.text.slice(sentenceStart, q.norm.start));
  if (m === null) return null;
  // "…, and is projected to reach 600 million" goes on about it; "… and trade reached 500" does not.
  const after = sentenceStart + m.index + m[0].length;
  for (let i = firstTokenFrom(tokens, after); i >= 0 && i < tokens.length && tokens[i]!.norm.end <= q.norm.start; i++) {
    const following = tokens[i + 1];
    if (NEW_CLAUSE.has(lower(tokens[i])) && following !== undefined && !/^(?:AUX|VERB|ADV|PART)$/.test(following.pos)) return null;
  }
  return m[1]!;
}
