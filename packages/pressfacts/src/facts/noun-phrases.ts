import type { Token } from '@pressfacts/document';
import { PARTICIPLE_ADJECTIVES } from '../data/figure-cues.js';
import { lower } from './chunks.js';

const PARTICIPLE_ADJECTIVE: ReadonlySet<string> = new Set(PARTICIPLE_ADJECTIVES.flatMap((r) => r.words));

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'SYM']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const JOINERS = new Set(['of', 'and', '-', "'", '(', ')', '.', '&']);
// Prepositions that stay inside a capitalised name ("Forum on China-Africa Cooperation").
const NAME_PREPOSITIONS = new Set(['on', 'for', 'in', 'at', 'de', 'against']);
// Prepositions after which a proper name still belongs to the noun phrase ("loans to Ukraine").
const ATTACHING_PREPOSITIONS = new Set(['to', 'in', 'for', 'with', 'from', 'between', 'by', 'among']);
const SET_PREPOSITIONS = new Set(['between', 'among', 'amongst']);
const SET_PRONOUNS = new Set(['them', 'us', 'themselves']);
// "the 53rd Pacific Islands Forum Leaders Meeting", "the Council of Heads of State": a capitalised
// word inside a name that the tagger read as a verb, or an ordinal it read as a pronoun.
const isMistaggedNamePart = (t: Token, inside: boolean): boolean =>
  (inside && t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.value)) || /^\d+(?:st|nd|rd|th)$/i.test(t.value);
const isName = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value));

/**
 * Start index of the noun phrase that ends right before token `end`, walking back over nouns,
 * adjectives and determiners, over "of"/"and" between nouns and over prepositions inside a
 * capitalised name (not over "of" when `crossOf` is false); never before `floor`.
 * "inaugurated the first phase of the Chancay deep-water port" → "the first phase of the Chancay deep-water port".
 */
export function nounPhraseBefore(tokens: readonly Token[], end: number, floor: number, crossOf = true): number {
  let i = end;
  while (i > floor) {
    const t = tokens[i - 1]!;
    const before = tokens[i - 2];
    const joinable = i - 1 > floor && before !== undefined && (NOUN_PHRASE_POS.has(before.pos) || isMistaggedNamePart(before, i - 2 > floor));
    if (t.pos === 'DET') {
      // "the Forum" may be the object of "of" inside a longer name: "the Summit of the Forum".
      i--;
      if (!(lower(before) === 'of' && i - 1 > floor && NOUN_PHRASE_POS.has(tokens[i - 2]?.pos ?? ''))) break;
      continue;
    }
    if ((NOUN_PHRASE_POS.has(t.pos) || isMistaggedNamePart(t, i - 1 > floor)) && t.value !== ',') i--;
    // "with estimated revenue": a participle right after a preposition or article modifies the noun.
    else if (t.pos === 'VERB' && /ed$/i.test(t.value) && i < end && (before === undefined || before.pos === 'ADP' || before.pos === 'DET')) i--;
    else if (JOINERS.has(lower(t)) && joinable && before.pos !== 'DET' && (crossOf || lower(t) !== 'of')) i--;
    else if (NAME_PREPOSITIONS.has(lower(t)) && isName(before) && isName(tokens[i])) i--;
    else break;
  }
  return i;
}

/**
 * End index (exclusive) of the noun phrase that starts at token `start`, never past `limit`:
 * determiner, modifiers and head, with "of" phrases, "and" between nouns, a proper name after
 * another preposition ("exports to the United States") and a participle with such a phrase
 * ("magnets used in the EU"). Returns `start` when no noun heads the phrase.
 */
export function nounPhraseAfter(tokens: readonly Token[], start: number, limit: number): number {
  let i = start;
  if (tokens[i]?.pos === 'DET' || tokens[i]?.pos === 'PRON') i++;
  let end = start;
  while (i < limit) {
    const t = tokens[i]!;
    const v = lower(t);
    // "women-led businesses", "state-owned firms": a participle joined by a hyphen is a modifier.
    const compound = t.pos === 'VERB' && i > start + 1 && lower(tokens[i - 1]) === '-' && tokens[i - 1]!.norm.end === t.norm.start;
    // "the climate finance needs of developing countries": a noun the tagger read as a verb, between a noun and "of".
    const noun = t.pos === 'VERB' && i > start && tokens[i - 1]!.pos === 'NOUN' && lower(tokens[i + 1]) === 'of' && i + 2 < limit;
    // "developing countries": an -ing word that modifies the noun after it.
    const adjective = t.pos === 'VERB' && PARTICIPLE_ADJECTIVE.has(v) && tokens[i + 1]?.pos === 'NOUN' && lower(tokens[i - 1]) !== 'to';
    if (MODIFIER_POS.has(t.pos) || compound || noun || adjective || ((v === '-' || v === "'") && i > start && i + 1 < limit)) {
      i++;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || noun) end = i;
      continue;
    }
    // "public and private investment": adjectives joined before their noun.
    if (end === start && (v === 'and' || v === 'or') && tokens[i - 1]?.pos === 'ADJ' && i > start && isNounAt(tokens, i + 1, limit)) {
      i++;
      continue;
    }
    if (end === start) break;
    if (v === 'of' || (v === 'and' && isNounAt(tokens, i + 1, limit))) {
      const next = nounPhraseAfter(tokens, i + 1, limit);
      if (next === i + 1) break;
      i = end = next;
      continue;
    }
    if (ATTACHING_PREPOSITIONS.has(v) || (t.pos === 'VERB' && /(?:ed|en)$/i.test(t.value) && ATTACHING_PREPOSITIONS.has(lower(tokens[i + 1])))) {
      const p = t.pos === 'VERB' ? i + 1 : i;
      let name = properNameAt(tokens, p + 1, limit);
      // "trade between the two regions", "trade among them": a set, named or not.
      if (name === p + 1 && SET_PREPOSITIONS.has(lower(tokens[p]))) name = SET_PRONOUNS.has(lower(tokens[p + 1])) ? p + 2 : nounPhraseAfter(tokens, p + 1, limit);
      if (name === p + 1) break;
      i = end = name;
      continue;
    }
    break;
  }
  return end;
}

function isNounAt(tokens: readonly Token[], i: number, limit: number): boolean {
  let k = i;
  while (k < limit && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
  return k < limit && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN');
}

/** End of "[the] Name Name" ("[joining] Name") when it is a whole phrase (not the modifier of a common noun). */
function properNameAt(tokens: readonly Token[], i: number, limit: number): number {
  let k = i;
  if (tokens[k]?.pos === 'DET') k++;
  // "interest in joining BRICS"
  else if (tokens[k]?.pos === 'VERB' && /ing$/i.test(tokens[k]!.value)) k++;
  const first = k;
  while (k < limit && (tokens[k]!.pos === 'PROPN' || (lower(tokens[k]) === '-' && tokens[k + 1]?.pos === 'PROPN'))) k++;
  if (k === first) return i;
  const next = tokens[k];
  if (next !== undefined && k < limit && (next.pos === 'NOUN' || next.pos === 'PART' || next.pos === 'ADJ')) return i;
  return k;
}

/** Drops a leading article or possessive pronoun and leading adverbs ("the", "its", "still"). */
export function trimDeterminers(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADV' || (tokens[i]!.pos === 'PRON' && i + 1 < to && tokens[i + 1]!.pos !== 'AUX'))) i++;
  return i;
}
