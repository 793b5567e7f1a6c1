import { bitMap } from '../text/bit-map.js';
import { HONORIFICS, type HonorificRow } from './data/honorifics.js';
import { NAME_PARTICLES } from './data/name-particles.js';
import { NON_NAME_WORDS } from './data/non-name-words.js';
import { CUE_FILLERS, SPEECH_CUES, type SpeechCueRow } from './data/speech-cues.js';
import { TITLE_MODIFIERS } from './data/title-modifiers.js';
import { TITLES, type TitleRow } from './data/titles.js';
import { foldKey } from './text-key.js';

/** A word sequence from a table, as folded keys, with the row it came from. */
export interface Phrase<Row> {
  readonly keys: readonly string[];
  readonly row: Row;
}

/** The data tables compiled into lookups, once per process. */
export interface PeopleLexicon {
  /** Titles by the key of their first word, longest first. */
  readonly titles: ReadonlyMap<string, readonly Phrase<TitleRow>[]>;
  readonly titleModifiers: ReadonlySet<string>;
  /** Honorifics by the key of their first word (full stop dropped), longest first. */
  readonly honorifics: ReadonlyMap<string, readonly Phrase<HonorificRow>[]>;
  /** Every word of an honorific ("his", "royal", "highness", "rt", "hon"): never an affiliation. */
  readonly honorificWords: ReadonlySet<string>;
  /** Words never in a name: function, calendar, institution, geography, generic words, and every word of a before-name title or an honorific. */
  readonly nonName: ReadonlySet<string>;
  /** Function and calendar words: they end a run of capitalised words before a title. */
  readonly stopWords: ReadonlySet<string>;
  /** Words that end institution or place names ("Center", "University"). */
  readonly institutions: ReadonlySet<string>;
  /** Every word of a before-name title, a title modifier or an honorific ("prime", "minister", "his"). */
  readonly titleWords: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly weekdays: ReadonlySet<string>;
  /** Speech cues by the key of their first word, longest first. */
  readonly cues: ReadonlyMap<string, readonly Phrase<SpeechCueRow>[]>;
  readonly cueFillers: ReadonlySet<string>;
  /**
   * The tables above that people rules ask about every word, in one map (see {@link WordClass}):
   * a word takes one lookup (two for an abbreviation) instead of one per table.
   */
  readonly wordClass: ReadonlyMap<string, number>;
}

/**
 * Bits of {@link PeopleLexicon.wordClass}: which tables hold a key, and the few words rules look
 * for at every word. A word takes NON_NAME from its `key` or `akey`, PARTICLE, OF and AND from its
 * `key`, the other bits from its `akey` (see classifyNameWords).
 */
export const WordClass = {
  /** In `nonName`. */
  NON_NAME: 1,
  /** A name particle ("von", "bin"; data/name-particles.ts). */
  PARTICLE: 2,
  /** A key of `titles` or of `titleModifiers` ("president", "vice"). */
  TITLE_OR_MODIFIER: 4,
  /** A key of `honorifics` (an honorific's first word). */
  HONORIFIC: 8,
  /** A key of `cues` (a speech cue's first word). */
  CUE: 16,
  /** "of", where name-of-country looks. */
  OF: 32,
  /** "and", where attendee-list looks. */
  AND: 64,
  /** A comma (a punctuation word, not in the map: see classifyNameWords), where title-after-name looks. */
  COMMA: 128,
  /** A capitalised word in the possessive ("Kenya's"; not in the map), where country-possessive looks. */
  CAPITALISED_POSSESSIVE: 256,
} as const;

let compiled: PeopleLexicon | undefined;

/** The compiled lexicon of the built-in tables (built on first use). */
export function peopleLexicon(): PeopleLexicon {
  compiled ??= compile([]);
  return compiled;
}

/**
 * The lexicon with a caller's title rows added (they win over a built-in row of the same words).
 * Built once per tagger, never per document; no extra rows gives the shared built-in lexicon.
 */
export function compilePeopleLexicon(extraTitles: readonly TitleRow[]): PeopleLexicon {
  return extraTitles.length === 0 ? peopleLexicon() : compile(extraTitles);
}

/** The key an abbreviation is looked up by: folded, without its final full stop. */
export function abbrevKey(key: string): string {
  return key.length > 1 && key.endsWith('.') ? key.slice(0, -1) : key;
}

function compile(extraTitles: readonly TitleRow[]): PeopleLexicon {
  const nonName = new Set<string>();
  const months = new Set<string>();
  const weekdays = new Set<string>();
  const stopWords = new Set<string>();
  const institutions = new Set<string>();
  for (const row of NON_NAME_WORDS) {
    for (const word of row.words) {
      // Abbreviations keep their full stop here: "Jun." is a month, "Jun" may be a name.
      const key = foldKey(word);
      nonName.add(key);
      if (row.category === 'function' || row.category === 'month' || row.category === 'weekday') stopWords.add(key);
      if (row.category === 'institution') institutions.add(key);
      if (row.category === 'month') months.add(key);
      if (row.category === 'weekday') weekdays.add(key);
    }
  }
  const titleWords = new Set<string>();
  const titleRows = [...extraTitles, ...TITLES];
  const titles = phraseIndex(titleRows.map((row) => ({ text: row.title, row })));
  for (const row of titleRows) {
    if (row.beforeName) for (const word of row.title.split(' ')) titleWords.add(foldKey(word));
  }
  const titleModifiers = new Set(TITLE_MODIFIERS.map((row) => foldKey(row.word)));
  for (const key of titleModifiers) titleWords.add(key);
  const honorifics = phraseIndex(HONORIFICS.map((row) => ({ text: row.honorific, row })));
  const honorificWords = new Set<string>();
  for (const row of HONORIFICS) {
    for (const word of row.honorific.split(' ')) {
      const key = foldKey(word);
      for (const k of [key, abbrevKey(key)]) {
        titleWords.add(k);
        honorificWords.add(k);
      }
    }
  }
  for (const key of titleWords) nonName.add(key);
  const titleOrModifier = new Set([...titles.keys(), ...titleModifiers]);
  const particles = new Set(NAME_PARTICLES.map((row) => foldKey(row.particle)));
  const cues = phraseIndex(SPEECH_CUES.map((row) => ({ text: row.cue, row })));
  const wordClass = bitMap([
    [nonName, WordClass.NON_NAME],
    [particles, WordClass.PARTICLE],
    [titleOrModifier, WordClass.TITLE_OR_MODIFIER],
    [honorifics.keys(), WordClass.HONORIFIC],
    [cues.keys(), WordClass.CUE],
    [['of'], WordClass.OF],
    [['and'], WordClass.AND],
  ]);
  return {
    titles,
    titleModifiers,
    honorifics,
    honorificWords,
    nonName,
    stopWords,
    institutions,
    titleWords,
    months,
    weekdays,
    cues,
    cueFillers: new Set(CUE_FILLERS.map((row) => foldKey(row.word))),
    wordClass,
  };
}

function phraseIndex<Row>(entries: readonly { text: string; row: Row }[]): Map<string, Phrase<Row>[]> {
  const index = new Map<string, Phrase<Row>[]>();
  for (const { text, row } of entries) {
    const keys = text.split(' ').map((w) => abbrevKey(foldKey(w)));
    const first = keys[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push({ keys, row });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}
