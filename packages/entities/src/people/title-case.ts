import { WordClass } from './lexicon.js';
import type { Word } from './words.js';

/** Words that Title Case leaves in lower case ("Leaders Meet in Astana for the Summit"). */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'at', 'by', 'in', 'of', 'on', 'to', 'up',
  'as', 'via', 'with', 'from', 'into', 'over', 'upon', 'than', 'vs', 'per',
]);
const MIN_WORDS = 4;

/**
 * Marks the words of Title Case lines: a headline's capitals say nothing about names
 * ("Narendra Modi Meets Brazilian Counterpart"). A line (a sentence, or a part of one between line
 * breaks) is Title Case when it has at least four words and every lower-case word in it is a
 * small word or a name particle.
 */
export function findTitleCase(words: readonly Word[], wordClass: Uint16Array): Uint8Array {
  const flags = new Uint8Array(words.length);
  let from = 0;
  while (from < words.length) {
    let to = from + 1;
    while (to < words.length && !words[to]!.breakBefore) to++;
    let count = 0;
    let titleCase = true;
    for (let k = from; k < to && titleCase; k++) {
      const w = words[k]!;
      // "24th", "2024": digits carry no case ("Attends the 24th Meeting").
      if (w.punct || isDigitCode(w.text.charCodeAt(0))) continue;
      count++;
      if (!w.cap && w.lower && !SMALL_WORDS.has(w.key) && ((wordClass[k] as number) & WordClass.PARTICLE) === 0) titleCase = false;
    }
    if (titleCase && count >= MIN_WORDS) flags.fill(1, from, to);
    from = to;
  }
  return flags;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
