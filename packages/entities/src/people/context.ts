import type { TextView } from '@pressfacts/document';
import { peopleLexicon, type PeopleLexicon } from './lexicon.js';
import { classifyNameWords } from './name-words.js';
import { findTitleCase } from './title-case.js';
import type { Word } from './words.js';

/** What every people rule reads: the words, the lexicon, and cached look-ups for this document. */
export interface PeopleContext {
  readonly view: TextView;
  readonly words: readonly Word[];
  readonly lex: PeopleLexicon;
  /**
   * Keys of words that open a sentence and that this document also writes in lower case: common
   * words, here. (Rules ask only about sentence-initial words, so only their keys are kept.)
   */
  readonly lowerSeen: ReadonlySet<string>;
  /** 1 where the word can be part of a name (see isNameWord), computed once. */
  readonly nameWord: Uint8Array;
  /** Each word's {@link WordClass} bits: particle, non-name word, title word, first word of an honorific or speech cue. */
  readonly wordClass: Uint16Array;
  /** 1 where the word lies in a Title Case line ("Narendra Modi Meets Brazilian Counterpart"). */
  readonly titleCase: Uint8Array;
  /** The English short name of the country `text` names or describes ("Chinese" → "China"), or null. */
  country(text: string): string | null;
  knownPlaceOrOrg(text: string): boolean;
  /** The normalised text of words `[from, to)`. */
  textOf(from: number, to: number): string;
}

export interface LookupFunctions {
  readonly resolveCountry: (text: string) => { name: string; code: string } | null;
  readonly isKnownPlaceOrOrg?: ((text: string) => boolean) | undefined;
  /** The compiled tables (default: the built-in ones). */
  readonly lexicon?: PeopleLexicon | undefined;
}

export function createContext(view: TextView, words: readonly Word[], lookups: LookupFunctions): PeopleContext {
  const countries = new Map<string, string | null>();
  const places = new Map<string, boolean>();
  const isKnown = lookups.isKnownPlaceOrOrg;
  const lex = lookups.lexicon ?? peopleLexicon();
  const { nameWord, wordClass, lowerSeen } = classifyNameWords(lex, words);
  const titleCase = findTitleCase(words, wordClass);
  return {
    view,
    words,
    lex,
    lowerSeen,
    nameWord,
    wordClass,
    titleCase,
    country(text) {
      let hit = countries.get(text);
      if (hit === undefined) {
        hit = lookups.resolveCountry(text)?.name ?? null;
        countries.set(text, hit);
      }
      return hit;
    },
    knownPlaceOrOrg(text) {
      if (isKnown === undefined) return false;
      let hit = places.get(text);
      if (hit === undefined) {
        hit = isKnown(text);
        places.set(text, hit);
      }
      return hit;
    },
    textOf(from, to) {
      const first = words[from];
      const last = words[to - 1];
      return first === undefined || last === undefined || to <= from ? '' : view.text.slice(first.start, last.end);
    },
  };
}
