import { franc } from 'franc-min';

/** English function words: a share of them this high means English without asking franc. */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'that', 'with', 'said', 'by', 'at']);
const ENGLISH_SHARE = 0.12;
/** Texts shorter than this (in letters) are too short to judge. */
const MIN_LETTERS = 120;
const SAMPLE = 2000;

/**
 * The result of {@link detectLanguage}.
 *
 * @example
 * detectLanguage(text); // { language: 'eng', english: true }
 */
export interface LanguageGuess {
  /** ISO 639-3 code (`eng`, `fra`, `cmn`, …) or `und` when the sample is too short to say. */
  readonly language: string;
  readonly english: boolean;
}

/**
 * Whether a text is English. A cheap count of English function words decides most texts; franc
 * (trigram statistics) names the language of the rest, for the diagnostic.
 *
 * @example detectLanguage('Les dirigeants se sont réunis à Paris pour le sommet annuel …').english // false
 */
export function detectLanguage(text: string): LanguageGuess {
  // The sample is scanned in place: a slice is a sliced string, and reading one code unit at a
  // time through it is slower than through the text itself.
  const { letters, runs, markers } = scan(text, Math.min(text.length, SAMPLE));
  if (letters < MIN_LETTERS) return { language: 'und', english: true };
  const allWords = runs === 0 ? 1 : runs;
  if (markers / allWords >= ENGLISH_SHARE) return { language: 'eng', english: true };
  const language = franc(text.slice(0, SAMPLE), { minLength: 20 });
  return { language, english: language === 'eng' || language === 'und' || language === 'sco' };
}

const LETTER = /^\p{L}$/u;

/** Whether `c` is an ASCII letter (`(c | 0x20)` folds the capitals onto `a`..`z`). */
const isAsciiLetter = (c: number): boolean => ((c | 0x20) - 0x61) >>> 0 < 26;

/**
 * Letters (`/\p{L}/gu` matches), runs of letters (`/\p{L}+/gu` matches) and English function
 * words (runs of `[a-z]+` in the lower-cased text) of `text.slice(0, end)`, in one pass. A run of
 * ASCII letters (most of an English text) is consumed by an inner loop of one test per unit.
 */
function scan(text: string, end: number): { letters: number; runs: number; markers: number } {
  let letters = 0;
  let runs = 0;
  let markers = 0;
  let inRun = false; // the unit before `i` is a letter
  let lowersToAscii = false;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      const from = i++;
      while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
      letters += i - from;
      markers += isMarker(text, from, i);
      if (!inRun) runs++;
      inRun = true;
      continue;
    }
    let letter = false;
    if (c >= 0x80) {
      if (c === 0x130 || c === 0x212a) lowersToAscii = true;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        letter = LETTER.test(text.slice(i, i + 2));
        i++; // a surrogate pair is one code point
      } else letter = LETTER.test(text[i]!);
    }
    if (letter) {
      letters++;
      if (!inRun) runs++;
    }
    inRun = letter;
    i++;
  }
  // İ and the Kelvin sign lower-case to ASCII letters (`i̇`, `k`): such a text takes the slow count.
  if (lowersToAscii) markers = countMarkers(text.slice(0, end).toLowerCase());
  return { letters, runs, markers };
}

/**
 * A word of at most four ASCII letters as one small integer, lower-cased: five bits a letter, so
 * the key stays a small integer (a look-up without a string per word).
 */
function packWord(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = (key << 5) | ((text.charCodeAt(i) | 0x20) - 0x60);
  return key;
}

/**
 * The function words' keys in a 64-slot table, at `Math.imul(key, MARKER_HASH) >>> 26`: a
 * multiplier under which no two keys share a slot is found once. A look-up per short word is
 * then a multiply and a load (a `Set` of numbers hashed each word, a third of the scan's time).
 */
const { MARKER_HASH, MARKER_TABLE } = (() => {
  const keys = [...ENGLISH_MARKERS].map((w) => packWord(w, 0, w.length));
  for (let hash = 0x9e3779b1; ; hash += 2) {
    const table = new Int32Array(64).fill(-1);
    let placed = 0;
    for (const key of keys) {
      const slot = Math.imul(key, hash) >>> 26;
      if (table[slot] !== -1) break;
      table[slot] = key;
      placed++;
    }
    if (placed === keys.length) return { MARKER_HASH: hash, MARKER_TABLE: table };
  }
})();

/** 1 when `text[start, end)` (ASCII letters) is an English function word; every one has at most four letters. */
function isMarker(text: string, start: number, end: number): number {
  if (end - start > 4) return 0;
  const key = packWord(text, start, end);
  return MARKER_TABLE[Math.imul(key, MARKER_HASH) >>> 26] === key ? 1 : 0;
}

/** How many runs of `[a-z]+` in a lower-cased text are English function words. */
function countMarkers(lower: string): number {
  let markers = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if (c >= 0x61 && c <= 0x7a) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      // Every marker has at most four letters.
      if (i - start <= 4 && ENGLISH_MARKERS.has(lower.slice(start, i))) markers++;
      start = -1;
    }
  }
  return markers;
}
