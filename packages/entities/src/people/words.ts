import type { TextView, Token } from '@pressfacts/document';
import { abbrevKey, peopleLexicon } from './lexicon.js';
import { ASCII_CAPITAL, ASCII_LOWER, type Word as RecogniserWord } from '../text/words.js';
import { foldKey } from './text-key.js';

/**
 * A word as the people rules see it: tokens glued back where a tokenizer split a name
 * ("Kassym" "-" "Jomart" → "Kassym-Jomart", "Naus" "ė" "da" → "Nausėda", "Ma" "'an" → "Ma'an"),
 * with a possessive "'s" taken off and remembered ("Modi's" → "Modi", possessive).
 * Offsets are in the normalised view.
 */
export interface Word {
  readonly start: number;
  /** End of the word without a possessive suffix. */
  readonly end: number;
  readonly text: string;
  /** Folded key (see foldKey). */
  readonly key: string;
  /** The key without an abbreviation's final full stop ("mr." → "mr"), for table phrases. */
  readonly akey: string;
  /** Tagged VERB (the part of speech of the word's first token). */
  readonly verb: boolean;
  /** No letter or digit: punctuation or a symbol. */
  readonly punct: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Holds a lower-case letter (so "UN" and "II" do not). */
  readonly lower: boolean;
  readonly possessive: boolean;
  /** The first word of its sentence, leading quotes and brackets aside. */
  readonly sentenceStart: boolean;
  /** A line break or sentence boundary lies between this word and the one before. */
  readonly breakBefore: boolean;
  /** Holds a hyphen-minus ("al-Sisi", "Kassym-Jomart"). */
  readonly hyphen: boolean;
}

interface Draft {
  start: number;
  end: number;
  fullEnd: number;
  sentence: number;
  pos: string;
  possessive: boolean;
  breakBefore: boolean;
  /** The last glued piece was a joiner ("-" or "'"): the next contiguous letters belong here. */
  joinPending: boolean;
}

const NON_ASCII_LETTER = /^[\p{L}\p{M}]/u;
const NON_ASCII_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SPACE_ONLY = /^\s+$/u;
// At module level: a `\p{…}` literal inside a function is a new RegExp per call once transpiled.
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** A letter (or combining mark) at `i`; ASCII without a regex. */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122);
  return i >= 0 && i < text.length && NON_ASCII_LETTER.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** "'s" or "’s" spanning `[s, e)`. */
function isPossessiveSuffix(text: string, s: number, e: number): boolean {
  return e - s === 2 && isApostrophe(text.charCodeAt(s)) && (text.charCodeAt(s + 1) | 32) === 115;
}

/**
 * A word the entity recognisers already read from the same text (see text/words.ts): where a
 * word here has the same offsets, its strings are reused, so that each Map lookup on them finds
 * the hash already computed instead of hashing a fresh copy.
 */
export type SharedWord = Pick<RecogniserWord, 'start' | 'end' | 'text' | 'fold' | 'bare' | 'bareFold' | 'asciiCase'>;

/** Builds the words of a document from its tokens. Never throws on odd token offsets. */
export function buildWords(view: TextView, tokens: readonly Token[], shared: readonly SharedWord[] = []): Word[] {
  const text = view.text;
  const n = text.length;
  const sink = new WordSink(text, shared);
  // The word being glued; one object, reused: each is handed to the sink when the next starts.
  let cur: Draft | undefined;
  let pendingBreak = false;
  let lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const s = clamp(token.norm.start, n);
    const e = clamp(token.norm.end, n);
    if (e <= s || s < lastEnd) continue;
    const c0 = text.charCodeAt(s);
    if ((c0 <= 32 || c0 === 0xa0 || c0 >= 0x2000) && SPACE_ONLY.test(text.slice(s, e))) {
      if (text.slice(s, e).includes('\n')) pendingBreak = true;
      continue;
    }
    lastEnd = e;
    if (cur !== undefined && cur.fullEnd === s && cur.sentence === token.sentence && !cur.possessive) {
      const next = tokens[i + 1];
      const nextStartsLetter = next !== undefined && next.norm.start === e && next.norm.end > e && letterAt(text, e);
      const oneChar = e - s === 1;
      if (letterAt(text, s - 1) || isDigitCode(text.charCodeAt(s - 1))) {
        if (isPossessiveSuffix(text, s, e) && !nextStartsLetter) {
          cur.possessive = true;
          cur.fullEnd = e;
          continue;
        }
        if (oneChar && isApostrophe(c0) && next !== undefined && next.norm.start === e && next.norm.end === e + 1 && (text.charCodeAt(e) | 32) === 115) {
          const after = tokens[i + 2];
          const glued = after !== undefined && after.norm.start === e + 1 && after.norm.end > e + 1 && letterAt(text, e + 1);
          if (!glued) {
            cur.possessive = true;
            cur.fullEnd = e + 1;
            lastEnd = e + 1;
            i++;
            continue;
          }
        }
        if (oneChar && (c0 === 45 || isApostrophe(c0)) && nextStartsLetter) {
          cur.end = cur.fullEnd = e;
          cur.joinPending = true;
          continue;
        }
        if (letterAt(text, s) || ((c0 === 45 || isApostrophe(c0)) && e - s > 1 && letterAt(text, s + 1))) {
          cur.end = cur.fullEnd = e;
          continue;
        }
        if (oneChar && c0 === 46 && isAbbreviation(text.slice(cur.start, cur.fullEnd))) {
          cur.end = cur.fullEnd = e;
          continue;
        }
      } else if (cur.joinPending && letterAt(text, s)) {
        cur.end = cur.fullEnd = e;
        cur.joinPending = false;
        continue;
      }
    }
    const breakBefore = pendingBreak || cur === undefined || cur.sentence !== token.sentence;
    pendingBreak = false;
    if (cur === undefined) {
      cur = { start: s, end: e, fullEnd: e, sentence: token.sentence, pos: token.pos, possessive: false, breakBefore, joinPending: false };
      continue;
    }
    sink.add(cur, breakBefore || cur.sentence !== token.sentence);
    cur.start = s;
    cur.end = cur.fullEnd = e;
    cur.sentence = token.sentence;
    cur.pos = token.pos;
    cur.possessive = cur.joinPending = false;
    cur.breakBefore = breakBefore;
  }
  if (cur !== undefined) sink.add(cur, true);
  return sink.words;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Turns drafts, in order, into words. */
class WordSink {
  readonly words: Word[] = [];
  private p = 0;
  private sentence = Number.NaN;
  private seenWordInSentence = false;

  constructor(
    private readonly text: string,
    private readonly shared: readonly SharedWord[],
  ) {}

  /** `lastOfSentence`: no next word, or the next one follows a break or opens another sentence. */
  add(d: Draft, lastOfSentence: boolean): void {
    const { text, shared } = this;
    if (d.sentence !== this.sentence) {
      this.sentence = d.sentence;
      this.seenWordInSentence = false;
    }
    let end = d.end;
    let possessive = d.possessive;
    // A tokenizer that keeps "Modi's" whole: take the suffix off here.
    if (!possessive && end - d.start > 2 && isPossessiveSuffix(text, end - 2, end)) {
      end -= 2;
      possessive = true;
    }
    // A tokenizer that glued a sentence's full stop to its last word ("said Li."): take it off.
    if (end - d.start > 2 && text.charCodeAt(end - 1) === 46 && lastOfSentence) {
      const bare = text.slice(d.start, end - 1);
      if (!bare.includes('.') && !isAbbreviation(bare)) end -= 1;
    }
    while (this.p < shared.length && (shared[this.p] as SharedWord).start < d.start) this.p++;
    const same = sameWord(shared[this.p], d.start, end);
    const wordText = same === null ? text.slice(d.start, end) : same.text;
    const shape = same !== null && same.asciiCase >= 0 ? asciiShape(wordText, same.asciiCase) : shapeOf(wordText);
    const punct = (shape & PUNCT) !== 0;
    // A pure-ASCII word without a capital is its own key: no `foldKey` call. An ASCII word's
    // key is its lower case, which the shared word holds already.
    const key = shape & NEEDS_FOLD ? (same !== null && shape & ASCII ? same.fold : foldKey(wordText)) : wordText;
    const bits =
      (shape & (PUNCT | CAP | LOWER | HYPHEN)) | (possessive ? POSSESSIVE : 0) | (!punct && !this.seenWordInSentence ? SENTENCE_START : 0) | (d.breakBefore ? BREAK_BEFORE : 0);
    this.words.push(new GluedWord(d.start, wordText, key, bits | (d.pos === 'VERB' ? VERB : 0)));
    if (!punct) this.seenWordInSentence = true;
  }
}

const POSSESSIVE = 32;
const SENTENCE_START = 64;
const BREAK_BEFORE = 128;
const VERB = 256;
const HYPHEN = 512;

/**
 * A {@link Word} in four fields rather than thirteen (a document has about a thousand): the flags
 * in one number (the PUNCT, CAP and LOWER bits of shapeOf and four more), `end` from `text` (the
 * word is the text's `[start, end)`), and `akey` from `key` (it differs only for the few keys that
 * end in a full stop).
 */
class GluedWord implements Word {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly key: string,
    private readonly bits: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  get akey(): string {
    return this.key.charCodeAt(this.key.length - 1) === 46 ? abbrevKey(this.key) : this.key;
  }

  get punct(): boolean {
    return (this.bits & PUNCT) !== 0;
  }

  get cap(): boolean {
    return (this.bits & CAP) !== 0;
  }

  get lower(): boolean {
    return (this.bits & LOWER) !== 0;
  }

  get possessive(): boolean {
    return (this.bits & POSSESSIVE) !== 0;
  }

  get sentenceStart(): boolean {
    return (this.bits & SENTENCE_START) !== 0;
  }

  get breakBefore(): boolean {
    return (this.bits & BREAK_BEFORE) !== 0;
  }

  get verb(): boolean {
    return (this.bits & VERB) !== 0;
  }

  get hyphen(): boolean {
    return (this.bits & HYPHEN) !== 0;
  }
}

/**
 * The shared word spanning exactly `[start, end)` (whole, or without its possessive), or null;
 * `asciiCase` is the whole word's (-1 for the part without a possessive: "UN's" holds a
 * lower-case letter, "UN" none).
 */
function sameWord(w: SharedWord | undefined, start: number, end: number): { text: string; fold: string; asciiCase: number } | null {
  if (w === undefined || w.start !== start) return null;
  if (w.end === end) return w;
  return w.start + w.bare.length === end ? { text: w.bare, fold: w.bareFold, asciiCase: -1 } : null;
}

const PUNCT = 1;
const CAP = 2;
const LOWER = 4;
/** Not pure ASCII, or holds an ASCII capital: `foldKey` would change it. */
const NEEDS_FOLD = 8;
const ASCII = 16;

/** Letter-case shape of a word as bits (PUNCT, CAP, LOWER, NEEDS_FOLD, ASCII, HYPHEN), without a regex for ASCII words. */
function shapeOf(word: string): number {
  let letterOrDigit = false;
  let lower = false;
  let capital = false;
  let hyphen = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) {
      return (
        (NON_ASCII_LETTER_OR_DIGIT.test(word) ? 0 : PUNCT) |
        (UPPER_START.test(word) ? CAP : 0) |
        (HAS_LOWER.test(word) ? LOWER : 0) |
        NEEDS_FOLD |
        (hyphen || word.includes('-', i) ? HYPHEN : 0)
      );
    }
    if (c >= 97 && c <= 122) lower = letterOrDigit = true;
    else if (c >= 65 && c <= 90) letterOrDigit = capital = true;
    else if (c >= 48 && c <= 57) letterOrDigit = true;
    else if (c === 45) hyphen = true;
  }
  const c0 = word.charCodeAt(0);
  return (letterOrDigit ? 0 : PUNCT) | (c0 >= 65 && c0 <= 90 ? CAP : 0) | (lower ? LOWER : 0) | (capital ? NEEDS_FOLD : 0) | ASCII | (hyphen ? HYPHEN : 0);
}

/**
 * {@link shapeOf} of a pure-ASCII recogniser word (one that starts with a letter or digit, and
 * holds no hyphen: hyphens split those words) from its letters' case (see `Word.asciiCase`),
 * without reading it again.
 */
function asciiShape(word: string, letterCase: number): number {
  const c0 = word.charCodeAt(0);
  return (c0 >= 65 && c0 <= 90 ? CAP : 0) | (letterCase & ASCII_LOWER ? LOWER : 0) | (letterCase & ASCII_CAPITAL ? NEEDS_FOLD : 0) | ASCII;
}

/** True for a word that takes a full stop as part of itself: "Mr", "Dr", "Sept", an initial. */
function isAbbreviation(word: string): boolean {
  // One code point is one or two code units.
  if ((word.length <= 2 && SINGLE_CAPITAL.test(word)) || word.includes('.')) return true;
  const known = knownAbbreviations();
  // Most words ending a sentence are longer than any abbreviation; an ASCII word's key has its length.
  if (word.length > known.longest && !NON_ASCII.test(word)) return false;
  return known.keys.has(foldKey(word));
}

const NON_ASCII = /[^\x00-\x7f]/;

let abbreviations: { readonly keys: ReadonlySet<string>; readonly longest: number } | undefined;

function knownAbbreviations(): { readonly keys: ReadonlySet<string>; readonly longest: number } {
  if (abbreviations === undefined) {
    const keys = new Set(['jr', 'sr', 'st', 'gen', 'col', 'lt', 'sen', 'rep', 'gov', 'inc', 'ltd', 'corp', 'co']);
    // Table words written with a full stop: "Mr.", "Prof.", "Sept.", "Inc.".
    const lex = peopleLexicon();
    for (const key of lex.nonName) if (key.length > 1 && key.endsWith('.') && !key.slice(0, -1).includes('.')) keys.add(key.slice(0, -1));
    let longest = 0;
    for (const key of keys) longest = Math.max(longest, key.length);
    abbreviations = { keys, longest };
  }
  return abbreviations;
}

function clamp(x: number, n: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(Math.trunc(x), n)) : 0;
}
