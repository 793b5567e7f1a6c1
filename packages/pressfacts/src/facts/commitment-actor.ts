import type { Entity, Sentence } from '@pressfacts/document';
import { countryOfCapital } from '@pressfacts/entities';
import { COLLECTIVE_ACTORS } from '../data/commitment-verbs.js';
import type { FactsContext, Mention } from './context.js';
import { findTokenIn, mentionsWithin, tokensIn } from './lookups.js';

// At module level: a `\p{…}` literal inside a callback is a new RegExp per token once transpiled.
const HAS_LETTER = /\p{L}/u;

/** Who pledges: a name (country, person, organisation) or null for "Leaders", "the two sides". */
export interface ActorFound {
  readonly name: string | null;
}

const COLLECTIVE = new Set(COLLECTIVE_ACTORS.flatMap((r) => r.nouns));
/** Words between a subject and its cue that are not the subject ("China has also …"). */
// "China announced plans to …", "Peru unveiled a plan to …": the announcing verb sits between subject and cue.
const TRAILING_FILLERS = /(?:\s+(?:have|has|had|also|further|jointly|each|both|already|now|then|once again|again|formally|officially|announced|unveiled|outlined|revealed))+\s*$/i;
const TRAILING_RELATIVE = /^\s*,\s+(?:which|who|whose|where)\s[^;:]*,(?=\s*(?:and|but)?\s*$)/i;
const CONNECTIVE_ONLY = /^(?:,|and|but|also|then|further|\s)*$/i;
const BOUNDARY_WORDS = new Set(['that', ';', ':', '—', '–', '(', 'said', 'says', 'stated', 'added']);
const MAX_SUBJECT_WORDS = 8;
/** A subject, with an appositive, fits in this much text before its cue. */
const MAX_SUBJECT_CHARS = 300;

/**
 * The subject of a pledge between `from` and `to` (the text before the cue): the first entity of
 * the subject ("the United States and its partners" → United States), a capital for its country
 * ("Seoul will …" → South Korea), "it"/"he"/"she" for the nearest one before, a collective noun
 * for a null actor. `inherit` when the cue shares the previous pledge's subject ("… and will
 * invite …"); null when the subject is none of these (the pledge is not a commitment we can place).
 */
export function commitmentActor(ctx: FactsContext, sentence: Sentence, from: number, to: number): ActorFound | 'inherit' | null {
  const sentenceStart = Math.max(sentence.norm.start, ctx.header.bodyStart);
  // "Leaders of the Gulf Cooperation Council (GCC) …": the head comes first.
  const [head, of] = tokensIn(ctx, from, to).filter((t, i) => HAS_LETTER.test(t.value) && !(i === 0 && /^the$/i.test(t.value)));
  if (head !== undefined && COLLECTIVE.has(head.value.toLowerCase()) && of?.value.toLowerCase() === 'of') return { name: null };
  const start = clauseStart(ctx, Math.max(from, to - MAX_SUBJECT_CHARS), to);
  let text = ctx.text.slice(start, to);
  text = text.replace(TRAILING_FILLERS, '');
  // "The European Union, which attended as a partner, committed to …": the appositive is not the subject.
  const appositive = /,[^,]{1,150},\s*$/.exec(text);
  if (appositive && subjectMentions(ctx, start, start + appositive.index).length > 0) text = text.slice(0, appositive.index);
  // "agreed to expand X, which has …, and pledged to …": a relative clause about the last object.
  if (CONNECTIVE_ONLY.test(text.replace(TRAILING_RELATIVE, ''))) return from > sentenceStart ? 'inherit' : null;
  // "In order to promote cooperation, China has decided …": the subject follows the last comma,
  // unless the clause opens with it ("The United States, Japan and Korea will …").
  let chunkStart = start;
  const firstMention = subjectMentions(ctx, start, start + text.length)[0];
  const opensWithMention = firstMention !== undefined && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(start, firstMention.segment.norm.start));
  const comma = text.lastIndexOf(',');
  // "Tokayev proposed a forum, and Kazakhstan committed to …": a clause of its own before the comma.
  const clauseBefore = comma !== -1 && findTokenIn(ctx, start, start + comma, (t) => t.pos === 'VERB') !== undefined;
  if ((!opensWithMention || clauseBefore) && comma !== -1) chunkStart = start + comma + 1;
  const chunkEnd = start + text.length;
  const chunk = ctx.text.slice(chunkStart, chunkEnd).trim();
  // "Japan announced it will provide …": the pronoun after a reporting verb is the subject.
  const reported = /\b(?:announced|said|says|declared|confirmed|stated)\s+(it|he|she)\s*$/i.exec(ctx.text.slice(chunkStart, chunkEnd));
  if (reported) return pronounActor(ctx, sentence, chunkEnd, reported[1]!.toLowerCase());
  const tokens = tokensIn(ctx, chunkStart, chunkEnd);
  const words = tokens.filter((t) => HAS_LETTER.test(t.value));
  if (words.length === 0 || words.length > MAX_SUBJECT_WORDS || tokens.some((t) => t.pos === 'VERB')) return null;
  // "Leaders", "G7 leaders", "the two sides" pledge together; "the United States and its
  // partners" is the United States (the collective noun is a second conjunct, not the head).
  const last = words[words.length - 1]!;
  const collective = COLLECTIVE.has(last.value.toLowerCase()) && !ctx.entityAt(last.norm.start, last.norm.end); // not "United States"
  const headed = subjectMentions(ctx, chunkStart, chunkEnd)[0];
  const conjunct = headed !== undefined && /\band\b/i.test(ctx.text.slice(headed.segment.norm.end, chunkEnd));
  // "the Chinese side" is China; "the African side" is no one country.
  const sideOfCountry = last.value.toLowerCase() === 'side' && headed?.entity.kind === 'country';
  if (collective && !conjunct && !sideOfCountry) return { name: null };
  const pronoun = /^(?:(?:and|but|while)\s+)?(it|he|she)$/i.exec(chunk);
  if (pronoun) return pronounActor(ctx, sentence, chunkStart, pronoun[1]!.toLowerCase());
  // "The EU-Mercosur Partnership Agreement would create a market …": a document pledges nothing.
  if (mentionsWithin(ctx, chunkStart, chunkEnd).some((m) => m.entity.kind === 'agreement')) return null;
  const mention = subjectMentions(ctx, chunkStart, chunkEnd)[0];
  return mention ? { name: actorName(mention.entity) } : null;
}

/**
 * After the last "that", semicolon, dash or reporting verb before the cue: "Xi announced that |
 * China will …", "Macron said | France would …". A bracket closed before the cue is an acronym or
 * an aside of the subject ("The Caribbean Development Bank (CDB) pledged …"), not a boundary.
 */
function clauseStart(ctx: FactsContext, from: number, to: number): number {
  let start = from;
  let beforeBracket: number | null = null;
  for (const t of tokensIn(ctx, from, to)) {
    const word = t.value.toLowerCase();
    if (word === ')' && beforeBracket !== null) {
      start = beforeBracket;
      beforeBracket = null;
    } else if (BOUNDARY_WORDS.has(word)) {
      if (word === '(') beforeBracket = start;
      start = t.norm.end;
    }
  }
  return start;
}

function subjectMentions(ctx: FactsContext, from: number, to: number): Mention[] {
  return mentionsWithin(ctx, from, to).filter((m) => ['country', 'person', 'organization'].includes(m.entity.kind) || (m.entity.kind === 'city' && countryOfCapital(m.entity.name) !== null));
}

/** A capital speaks for its country ("Seoul will provide …"). */
function actorName(entity: Entity): string {
  return entity.kind === 'city' ? (countryOfCapital(entity.name)?.name ?? entity.name) : entity.name;
}

/** "it" is the country or organisation named last; "he"/"she" the person named last. */
function pronounActor(ctx: FactsContext, sentence: Sentence, at: number, pronoun: string): ActorFound | null {
  const kinds = pronoun === 'it' ? ['country', 'organization'] : ['person'];
  const fits = (m: Mention) => kinds.includes(m.entity.kind) || (pronoun === 'it' && m.entity.kind === 'city' && countryOfCapital(m.entity.name) !== null);
  // "it" looks back within the sentence ("The Chinese side announced that it will …"), or to the
  // sentence before when it opens the sentence ("China will … . It will undertake …"); a person
  // may have been named in the sentence before ("… Ramaphosa said. He pledged to …").
  const previous = ctx.sentences[sentence.index - 1];
  const opens = ctx.text.slice(Math.max(sentence.norm.start, ctx.header.bodyStart), at).trim() === '';
  const windowStart = (pronoun === 'it' && !opens) || !previous ? sentence.norm.start : previous.norm.start;
  const before = mentionsWithin(ctx, windowStart, at).filter(fits);
  const last = before[before.length - 1];
  return last ? { name: actorName(last.entity) } : null;
}
