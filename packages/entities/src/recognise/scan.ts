import type { CompiledVocabularies, OrgEntry, PlaceEntry } from '../vocabularies.js';
import { matchPhrases, startFlags, type PhraseMatch } from '../text/phrase-index.js';
import { scanWords, type Word } from '../text/words.js';

/** Plain input of the recognisers: the normalised text and what the tokenizer knows of it. */
export interface RecogniserInput {
  /** The normalised text (TextView.text). */
  readonly text: string;
  /** Normalised offsets where sentences start, if known. */
  readonly sentenceStarts?: readonly number[];
  /** Normalised range of the dateline place ("BEIJING", "KAZAN, Russia"), if any. */
  readonly datelinePlace?: { readonly start: number; readonly end: number } | null;
}

/** Everything the recognisers share for one document, computed once. */
export interface Scan {
  readonly text: string;
  readonly words: readonly Word[];
  readonly vocab: CompiledVocabularies;
  readonly placeHits: readonly PhraseMatch<PlaceEntry>[];
  readonly orgHits: readonly PhraseMatch<OrgEntry>[];
  /** For each word, the index of the place hit covering it, or -1. */
  readonly placeAt: Int32Array;
  /** For each word, the index of the table-organisation hit covering it, or -1. */
  readonly orgAt: Int32Array;
  /** For each word, its bits of data/word-cues.ts (`WordCue`): recognisers read these, not their tables. */
  readonly cues: Uint8Array;
  /** For each word: 1 when it sits on a line written in Title Case (headlines). */
  readonly titleCase: Uint8Array;
  readonly datelinePlace: { readonly start: number; readonly end: number } | null;
}

export function createScan(input: RecogniserInput, vocab: CompiledVocabularies): Scan {
  const words = scanWords(input.text, input.sentenceStarts ?? []);
  // One lookup per word for both indexes and the cue words (see vocab.firstWords).
  const { starts: flags, cues } = startFlags(words, vocab.firstWords, 2);
  const placeHits = matchPhrases(words, vocab.places, { flags, bit: 1 });
  const orgHits = matchPhrases(words, vocab.organizations, { flags, bit: 2 });
  const placeAt = new Int32Array(words.length).fill(-1);
  placeHits.forEach((h, k) => placeAt.fill(k, h.from, h.to));
  const orgAt = new Int32Array(words.length).fill(-1);
  orgHits.forEach((h, k) => orgAt.fill(k, h.from, h.to));
  return {
    text: input.text,
    words,
    vocab,
    placeHits,
    orgHits,
    placeAt,
    orgAt,
    cues,
    titleCase: titleCaseLines(input.text, words),
    datelinePlace: input.datelinePlace ?? null,
  };
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'on', 'in', 'at', 'to', 'by', 'with', 'as', 'from']);

/**
 * Marks words on headline lines: short, without a closing full stop, every content word
 * capitalised ("Leaders Sign Treaty at Astana Summit"), where capitals say nothing about names.
 */
function titleCaseLines(text: string, words: readonly Word[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  let lineStart = 0;
  while (lineStart < words.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < words.length && !(words[lineEnd] as Word).lineBreak) lineEnd++;
    // Paragraph lines are longer than any headline: their words need no look.
    if (lineEnd - lineStart <= 24 && isTitleCaseLine(text, words, lineStart, lineEnd)) flags.fill(1, lineStart, lineEnd);
    lineStart = lineEnd;
  }
  return flags;
}

function isTitleCaseLine(text: string, words: readonly Word[], lineStart: number, lineEnd: number): boolean {
  let content = 0;
  for (let i = lineStart; i < lineEnd; i++) {
    const w = words[i] as Word;
    const c0 = w.text.charCodeAt(0);
    if (MINOR_WORDS.has(w.fold) || (c0 >= 48 && c0 <= 57)) continue; // a minor word or /^\d/
    if (!w.cap) return false;
    content++;
  }
  const last = words[lineEnd - 1] as Word;
  return content >= 4 && !ENDS_SENTENCE.test(text.slice(last.end, last.end + 3));
}

const ENDS_SENTENCE = /^["')\]\u201d]*[.!?]/;

/** The word index of the first word that starts at or after `offset`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
