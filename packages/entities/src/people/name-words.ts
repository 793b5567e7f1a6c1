import type { PeopleContext } from './context.js';
import { WordClass, type PeopleLexicon } from './lexicon.js';
import type { Word } from './words.js';

/** Most name words a person's name may hold ("Luiz Inácio Lula da Silva" has five, plus a particle). */
export const MAX_NAME_WORDS = 6;

const HYPHENED_PARTICLE = /^\p{Ll}{1,4}-\p{Lu}\p{Ll}/u; // al-Sisi, el-Sisi
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const DIGIT = /\p{N}/u;

/** Word `i` is a particle inside a name: "von", "da", "bin", "Al" (flags computed once, see classifyNameWords). */
export function isParticle(ctx: PeopleContext, i: number): boolean {
  return ((ctx.wordClass[i] ?? 0) & WordClass.PARTICLE) !== 0;
}

/**
 * True when word `i` can be part of a person's name: capitalised with a lower-case letter
 * ("Tokayev", "Kassym-Jomart", "Nausėda"), a hyphened particle ("al-Sisi"), an initial ("S."),
 * or a regnal number after a name ("Abdullah II"); never a word of the non-name tables.
 */
export function isNameWord(ctx: PeopleContext, i: number): boolean {
  return ctx.nameWord[i] === 1;
}

/**
 * Computes {@link isNameWord} for every word, once per document, and each word's
 * {@link WordClass} bits: PARTICLE (not after a possessive), OF and AND from its `key`, NON_NAME
 * from its `key` or `akey`, the other bits from its `akey`, CAPITALISED_POSSESSIVE from its own
 * flags; for punctuation only COMMA. One table
 * lookup per word (two for an abbreviation, whose `akey` differs). In the same pass, `lowerSeen`
 * (see PeopleContext): the keys of sentence openers that the document also writes in lower case.
 */
export function classifyNameWords(lex: PeopleLexicon, words: readonly Word[]): { nameWord: Uint8Array; wordClass: Uint16Array; lowerSeen: Set<string> } {
  const nameWord = new Uint8Array(words.length);
  const wordClass = new Uint16Array(words.length);
  const openers = new Set<string>();
  // For each letter a-z, bit `min(length, 31)` set when an opener's key starts with it and has
  // that length: most lower-case words match no opener, and need no look in `openers`.
  const openerShapes = new Uint32Array(26);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.punct) {
      if (w.text === ',') wordClass[i] = WordClass.COMMA;
      continue;
    }
    const byKey = lex.wordClass.get(w.key) ?? 0;
    const byAkey = w.akey === w.key ? byKey : (lex.wordClass.get(w.akey) ?? 0);
    const particle = w.possessive ? 0 : byKey & WordClass.PARTICLE;
    const c = (byAkey & BY_AKEY) | (byKey & BY_KEY) | particle | (w.possessive && w.cap ? WordClass.CAPITALISED_POSSESSIVE : 0);
    wordClass[i] = c;
    nameWord[i] = nameWordAt(words, i, (c & WordClass.NON_NAME) !== 0) ? 1 : 0;
    if (w.sentenceStart) {
      openers.add(w.key);
      const c0 = w.key.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122) openerShapes[c0 - 97] = (openerShapes[c0 - 97] as number) | shapeBit(w.key);
    }
  }
  // Lower-case words are checked against the openers once all are known: sentence openers are
  // few, so each key is looked up in a small set rather than added to a large one (and a second
  // pass over the words costs less than a list of their keys).
  const lowerSeen = new Set<string>();
  for (const w of words) {
    if (w.punct || w.cap || !w.lower) continue;
    const c0 = w.key.charCodeAt(0);
    if (c0 >= 97 && c0 <= 122 && ((openerShapes[c0 - 97] as number) & shapeBit(w.key)) === 0) continue;
    if (openers.has(w.key)) lowerSeen.add(w.key);
  }
  return { nameWord, wordClass, lowerSeen };
}

/** A key's bit in a table of shapes by length (see classifyNameWords). */
const shapeBit = (key: string): number => 1 << Math.min(key.length, 31);

const BY_KEY = WordClass.NON_NAME | WordClass.OF | WordClass.AND;
const BY_AKEY = WordClass.NON_NAME | WordClass.TITLE_OR_MODIFIER | WordClass.HONORIFIC | WordClass.CUE;

/** `DIGIT.test(text)`, with a plain loop over ASCII (the regex runs only for other scripts). */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) return DIGIT.test(text);
  }
  return false;
}

/** `nonName`: the word's key or akey is in the non-name table. */
function nameWordAt(words: readonly Word[], i: number, nonName: boolean): boolean {
  const w = words[i]!;
  if (!w.cap) return w.lower && w.hyphen && HYPHENED_PARTICLE.test(w.text);
  if (nonName || hasDigit(w.text)) return false;
  if (w.lower) return true;
  if (INITIALS.test(w.text)) return true;
  const prev = words[i - 1];
  return ROMAN.test(w.text) && prev !== undefined && prev.cap && prev.lower && !w.breakBefore;
}

/** A name word that can stand for its person alone (not an initial or a regnal number). */
export function isKeyWord(ctx: PeopleContext, i: number): boolean {
  const w = ctx.words[i];
  return w !== undefined && w.lower && !isParticle(ctx, i) && w.key.length > 1;
}

/**
 * Reads a name forward from word `i`: name words with particles between them (or leading them:
 * "von der Leyen"), up to {@link MAX_NAME_WORDS}; stops after a possessive. Returns the end
 * index (exclusive), or `i` when no name starts there.
 */
export function readNameForward(ctx: PeopleContext, i: number, max = MAX_NAME_WORDS): number {
  const words = ctx.words;
  let j = i;
  let count = 0;
  let end = i;
  while (j < words.length && count < max) {
    const w = words[j]!;
    if (j > i && w.breakBefore) break;
    if (isNameWord(ctx, j)) {
      count++;
      j++;
      end = j;
      if (w.possessive) break;
      continue;
    }
    if (isParticle(ctx, j) && j - end < 2) {
      j++;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Reads a name backward from just before word `end`: the start index of the name that ends
 * there, or `end` when none does. A possessive may only be the name's last word.
 */
export function readNameBackward(ctx: PeopleContext, end: number, max = MAX_NAME_WORDS): number {
  const words = ctx.words;
  let j = end - 1;
  let start = end;
  let count = 0;
  while (j >= 0 && count < max) {
    const w = words[j]!;
    if (j < end - 1 && (w.possessive || words[j + 1]!.breakBefore)) break;
    if (isNameWord(ctx, j)) {
      count++;
      start = j;
      j--;
      continue;
    }
    if (isParticle(ctx, j) && count > 0 && !w.cap) {
      // Keep a particle only if a name word or a leading position follows it on the left.
      if (isNameWord(ctx, j - 1) || isParticle(ctx, j - 1)) {
        j--;
        continue;
      }
      start = j;
      break;
    }
    break;
  }
  return start;
}

/** How many words of `[from, to)` are name words (particles aside). */
export function countNameWords(ctx: PeopleContext, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (isNameWord(ctx, k)) count++;
  return count;
}

export interface NameCheck {
  /** Also reject a name any word of which names a country or a demonym ("China Daily"). */
  readonly strictWords?: boolean;
}

/**
 * True when words `[from, to)` may be a person's name: not a country, demonym, known place or
 * organisation, and not opened by a sentence-initial word that the document writes in lower case.
 */
export function isPlausibleName(ctx: PeopleContext, from: number, to: number, check: NameCheck = {}): boolean {
  if (to <= from) return false;
  let hasLower = false;
  for (let k = from; k < to; k++) if (ctx.words[k]!.lower && isNameWord(ctx, k)) hasLower = true;
  if (!hasLower) return false;
  const first = ctx.words[from]!;
  if (first.sentenceStart && ctx.lowerSeen.has(first.key)) return false;
  const text = ctx.textOf(from, to);
  if (ctx.country(text) !== null || ctx.knownPlaceOrOrg(text)) return false;
  if (check.strictWords === true && to - from > 1) {
    for (let k = from; k < to; k++) {
      if (!isNameWord(ctx, k)) continue;
      const t = ctx.words[k]!.text;
      if (ctx.country(t) !== null || ctx.knownPlaceOrOrg(t)) return false;
    }
  }
  return true;
}
