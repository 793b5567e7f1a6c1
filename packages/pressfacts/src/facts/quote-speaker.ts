import type { Entity, Token } from '@pressfacts/document';
import { COLLECTIVE_ACTORS } from '../data/commitment-verbs.js';
import { SPEAKER_NOUNS } from '../data/speaker-nouns.js';
import type { FactsContext, Mention } from './context.js';
import { dateEndingBy, lastMentionBefore, mentionsWithin, tokensIn } from './lookups.js';

// At module level: a `\p{…}` literal inside a callback is a new RegExp per token once transpiled.
const HAS_LETTER = /\p{L}/u;

/** Who said it: a named entity, a name the text gives without an entity, or nobody named. */
export interface Speaker {
  readonly name: string | null;
  /** Where the text names the speaker, for evidence. */
  readonly at: { readonly start: number; readonly end: number } | null;
}

const UNNAMED = new Set(SPEAKER_NOUNS.filter((r) => r.speaksFor === 'nobody').flatMap((r) => r.nouns));
/** "The two sides noted that …" states a joint position (an agreement's wording), not a quote. */
const COLLECTIVE = new Set(COLLECTIVE_ACTORS.flatMap((r) => r.nouns));
const OFFICES = new Set(SPEAKER_NOUNS.filter((r) => r.speaksFor === 'itself').flatMap((r) => r.nouns));
const SPOKESPEOPLE = new Set(SPEAKER_NOUNS.filter((r) => r.speaksFor === 'organization').flatMap((r) => r.nouns));
/** Parts of speech a speaker's noun phrase is made of ("Lithuanian President Gitanas Nausėda"). */
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART', 'ADP', 'PUNCT', 'X', 'SYM']);
const NP_ADPOSITIONS = new Set(['of', 'for', 'at', 'von', 'van', 'der', 'de', 'da', 'bin', 'al']);
const MAX_NP_WORDS = 9;
/** Between a speaker and the verb: "also", "on Tuesday", ", hosting her first summit,". */
const TRAILING_ADVERBS = /(?:\s+(?:also|again|later|separately|previously|earlier|then|further|once|himself|herself))+\s*$/i;
const MAX_APPOSITIVE = 160;

/**
 * The speaker whose noun phrase ends at `end` (the text before a speech verb): a person or
 * organisation mention, "he"/"she" (the person named last), "Russian officials" (nobody named),
 * "A PBS spokesperson" (the organisation). A trailing appositive (", who …,") or "on Tuesday"
 * between the speaker and the verb is skipped. `thatFollows`: the verb takes a that-clause, so a
 * plural noun ("carmakers warned that …") is an unnamed speaker too.
 */
export function speakerEndingAt(ctx: FactsContext, sentenceStart: number, end: number, thatFollows: boolean): Speaker | undefined {
  const floor = Math.max(sentenceStart, end - MAX_APPOSITIVE - 120); // a speaker and an appositive fit in this
  let to = skipAdjuncts(ctx, floor, end);
  const before = ctx.text.slice(floor, to);
  if (/,\s*$/.test(before)) {
    const open = before.replace(/,\s*$/, '').lastIndexOf(',');
    if (open === -1 || before.length - open > MAX_APPOSITIVE) return undefined;
    to = floor + open;
  }
  while (to > floor && /\s/.test(ctx.text[to - 1]!)) to--;
  const tokens = tokensIn(ctx, floor, to);
  let i = tokens.length;
  while (i > 0 && tokens.length - i < MAX_NP_WORDS && isNounPhraseToken(tokens[i - 1]!)) i--;
  const np = tokens.slice(i);
  if (np.length === 0) return undefined;
  return classify(ctx, np, thatFollows);
}

/**
 * The speaker of a trailing attribution, the noun phrase filling `[from, to)` entirely ("…,
 * Chinese President Xi Jinping said", "…, an EU official said"); undefined when it is not one.
 */
export function speakerFilling(ctx: FactsContext, from: number, to: number, thatFollows: boolean): Speaker | undefined {
  // Token by token, stopping at the first that no speaker's phrase holds or at one word too many:
  // most ranges tried (every comma before a trailing "said") fail within a few tokens.
  const { tokens } = ctx;
  const first = ctx.firstTokenAt(from);
  let words = 0;
  let i = first;
  for (; i < tokens.length && tokens[i]!.norm.end <= to; i++) {
    const t = tokens[i]!;
    if (!isNounPhraseToken(t) && !isPronoun(t)) return undefined;
    if (HAS_LETTER.test(t.value) && ++words > MAX_NP_WORDS) return undefined;
  }
  return words === 0 ? undefined : classify(ctx, tokens.slice(first, i), thatFollows);
}

/** The first person or organisation named in a range (the speaker after an inverted "said"). */
export function firstSpeakerMention(ctx: FactsContext, from: number, to: number): Mention | undefined {
  return mentionsWithin(ctx, from, to).find(isSpeakerMention);
}

/** The person named last before an offset: who "he" or "she" is. */
export function personBefore(ctx: FactsContext, offset: number): Entity | undefined {
  return lastMentionBefore(ctx, offset, (m) => m.entity.kind === 'person')?.entity;
}

export function isSpeakerMention(m: Mention): boolean {
  return m.entity.kind === 'person' || m.entity.kind === 'organization';
}

function classify(ctx: FactsContext, np: readonly Token[], thatFollows: boolean): Speaker | undefined {
  const last = np[np.length - 1]!;
  const start = np[0]!.norm.start;
  const at = { start, end: last.norm.end };
  if (np.length === 1 && isPronoun(last)) {
    const person = /^(?:he|she)$/i.test(last.value) ? personBefore(ctx, last.norm.start) : undefined;
    return person ? { name: person.name, at } : undefined;
  }
  const mention = mentionsWithin(ctx, start, last.norm.end).filter(isSpeakerMention).pop();
  const lower = last.value.toLowerCase();
  if (mention && mention.segment.norm.end === last.norm.end) return { name: mention.entity.name, at };
  if (SPOKESPEOPLE.has(lower)) {
    const org = mentionsWithin(ctx, start, last.norm.start).filter((m) => m.entity.kind === 'organization').pop();
    return { name: org ? org.entity.name : null, at };
  }
  if (UNNAMED.has(lower)) return { name: null, at };
  if (OFFICES.has(lower)) return { name: ctx.rawText(np.find((t) => t.pos !== 'DET')?.norm.start ?? start, last.norm.end), at };
  const titled = titleReference(ctx, np);
  if (titled !== undefined) return { name: titled, at };
  if (thatFollows && last.pos === 'NOUN' && /s$/.test(lower) && last.value === lower && !COLLECTIVE.has(lower)) return { name: null, at };
  return undefined;
}

// Office words a release uses to refer back to a named person ("the Kazakh president said").
const OFFICE_WORDS = new Set(['president', 'minister', 'premier', 'chancellor', 'emir', 'king', 'queen', 'sultan', 'secretary-general', 'chairman', 'chairperson', 'chair', 'taoiseach']);

/**
 * "the Kazakh president", "Russia's president", "the prime minister": the person the text named
 * with that office (of that country, when one is given), the one named last before the reference;
 * null when the text named nobody so. Undefined when the phrase is no office reference.
 */
function titleReference(ctx: FactsContext, np: readonly Token[]): string | null | undefined {
  const words = np.filter((t) => HAS_LETTER.test(t.value));
  const office = words[words.length - 1]?.value.toLowerCase();
  if (office === undefined || !OFFICE_WORDS.has(office) || words.some((t) => t.pos === 'PROPN' && !isCountryWord(ctx, t))) return undefined;
  const country = words.map((t) => ctx.entityAt(t.norm.start, t.norm.start + t.value.replace(/['\u2019]s$/, '').length)).find((e) => e?.kind === 'country')?.name;
  const at = np[0]!.norm.start;
  const named = (m: Mention) =>
    m.entity.kind === 'person' && m.entity.titles.some((t) => t.toLowerCase().endsWith(office)) && (country === undefined || m.entity.country === country);
  const before = lastMentionBefore(ctx, at, named);
  if (before) return before.entity.name;
  const any = ctx.mentions.find(named);
  return any ? any.entity.name : null;
}

function isCountryWord(ctx: FactsContext, t: Token): boolean {
  return ctx.entityAt(t.norm.start, t.norm.start + t.value.replace(/['\u2019]s$/, '').length)?.kind === 'country';
}

function isNounPhraseToken(t: Token): boolean {
  if (t.value === ',' || t.value === '"' || t.value === '(' || t.value === ')') return false;
  if (t.pos === 'ADP') return NP_ADPOSITIONS.has(t.value.toLowerCase());
  return NP_POS.has(t.pos) || /^[A-Z]/.test(t.value);
}

function isPronoun(t: Token): boolean {
  return /^(?:he|she|they)$/i.test(t.value);
}

/** Drops "also", "on Tuesday" and the like between a speaker and the verb. */
function skipAdjuncts(ctx: FactsContext, floor: number, end: number): number {
  let to = floor + ctx.text.slice(floor, end).replace(TRAILING_ADVERBS, '').length;
  const date = dateEndingBy(ctx, floor, to, (d) => d.norm.start >= floor && /^\s*$/.test(ctx.text.slice(d.norm.end, to)));
  if (date) {
    const prep = /\s(?:on|in|at|last|this)\s*$/i.exec(ctx.text.slice(floor, date.norm.start));
    to = prep ? floor + prep.index : date.norm.start;
  }
  return to;
}
