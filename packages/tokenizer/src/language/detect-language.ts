import { franc } from 'franc-min';

/** English function words: a share of them this high means English without asking franc. */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'that', 'with', 'said', 'by', 'at']);
const ENGLISH_SHARE = 0.12;
/** Texts shorter than this (in letters) are too short to judge. */
const MIN_LETTERS = 120;
const SAMPLE = 2000;

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
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: 'und', english: true };
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  const allWords = sample.match(/\p{L}+/gu)?.length ?? 1;
  const markers = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  if (markers / allWords >= ENGLISH_SHARE) return { language: 'eng', english: true };
  const language = franc(sample, { minLength: 20 });
  return { language, english: language === 'eng' || language === 'und' || language === 'sco' };
}
