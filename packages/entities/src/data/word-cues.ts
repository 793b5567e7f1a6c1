import { bitMap } from '../text/bit-map.js';
import { OF_BODY_EVENT_HEADS, PLACE_OR_GROUP_EVENT_HEADS } from './event-kinds.js';
import { LOWER_CASE_VENUE_HEADS } from './venues.js';

/**
 * Words that recognisers look for at every word of a text, as bits of one table: the scan looks
 * each word up once (together with the first words of the phrase indexes, see `startFlags`), and
 * a recogniser reads its bit instead of asking its own table about every word.
 */
export const WordCue = {
  /** The last word of a name head (`CompiledVocabularies.heads`); set for capitalised words only. */
  HEAD: 1,
  /** A preposition that places a town given with its country: {@link LOCATIVE_CUES}. */
  LOCATIVE: 2,
  /** A document word a determiner may refer back with: {@link BACK_REFERENCE_HEADS}. */
  BACK_REFERENCE: 4,
  /** A lower-case event head (data/event-kinds.ts: of-body and place-or-group heads). */
  EVENT_HEAD: 8,
  /** A word before "of" that names a city or capital: {@link CITY_OF_WORDS}. */
  CITY_OF: 16,
  /** The last word of a lower-case venue head ("center", "hotel"; data/venues.ts). */
  VENUE_HEAD_END: 32,
} as const;

/** Prepositions that place what follows: "in Fasano, Italy", "near Chancay, Peru". */
export const LOCATIVE_CUES: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/** Heads that a later "the treaty" / "this declaration" may refer back to. */
export const BACK_REFERENCE_HEADS: ReadonlySet<string> = new Set([
  'treaty', 'declaration', 'agreement', 'memorandum', 'communique', 'communiqué', 'accord', 'pact', 'protocol',
  'convention', 'charter', 'roadmap',
]);

/** "the city of X", "the town of X", "the capital of Y". */
export const CITY_OF_WORDS: ReadonlySet<string> = new Set(['city', 'town', 'capital']);

/**
 * The cue table: each word with its {@link WordCue} bits. `headWords` are the keys of the
 * compiled heads (they grow with a caller's rows).
 *
 * @example wordCues(['summit']).get('summit') // WordCue.HEAD | WordCue.EVENT_HEAD
 */
export function wordCues(headWords: Iterable<string>): Map<string, number> {
  return bitMap([
    [headWords, WordCue.HEAD],
    [LOCATIVE_CUES, WordCue.LOCATIVE],
    [BACK_REFERENCE_HEADS, WordCue.BACK_REFERENCE],
    [OF_BODY_EVENT_HEADS.keys(), WordCue.EVENT_HEAD],
    [PLACE_OR_GROUP_EVENT_HEADS.keys(), WordCue.EVENT_HEAD],
    [CITY_OF_WORDS, WordCue.CITY_OF],
    [LOWER_CASE_VENUE_HEADS.map((row) => row.head.slice(row.head.lastIndexOf(' ') + 1)), WordCue.VENUE_HEAD_END],
  ]);
}

/** The cues a word in lower case needs (HEAD is read on capitalised words only). */
export const LOWER_CASE_CUES = WordCue.LOCATIVE | WordCue.BACK_REFERENCE | WordCue.EVENT_HEAD | WordCue.CITY_OF | WordCue.VENUE_HEAD_END;
