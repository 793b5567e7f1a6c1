import type { Sentence } from '@pressfacts/document';
import type { Commitment } from '@pressfacts/schema';
import { COMMITMENT_ACTIONS, COMMITMENT_CUES, VAGUE_PREDICATES, type CommitmentCueRow } from '../data/commitment-verbs.js';
import { provenance } from '../data/rule-confidence.js';
import { SPEECH_VERB_FORMS } from '../data/speech-verbs.js';
import { storySentences } from './boilerplate.js';
import { commitmentActor, type ActorFound } from './commitment-actor.js';
import { evidenceOf, type FactsContext } from './context.js';
import { compileCues, cueSource, cueTriggers, openingWords } from './cue-pattern.js';
import { cueMatches, cueScanner } from './cue-scan.js';
import { findTokenIn, overlapsDate, quantitiesWithin, tokensIn } from './lookups.js';
import { alternation, matchesOf } from './text.js';
import { wordIndex, wordNeeds } from './word-index.js';

const ACTIONS = alternation(COMMITMENT_ACTIONS.flatMap((r) => r.verbs));
/** Adverbs that may sit between "will" and its verb ("will also provide"). */
const MODAL_ADVERB = '(?:(?:also|further|jointly|additionally|now|soon|then)\\s+)?';
/** An amount or a count opens the object: "$300 million", "eight major initiatives", "1,000 scholarships". */
// Also after a short noun phrase that the amount measures: "a new $50 million fund", "a
// 21-point plan", "a Global Gateway investment package of €12 billion".
const QUANTITY_AHEAD = '(?=(?:(?:a|an)\\s+(?:[\\w\'-]+\\s+){0,4}?(?:of\\s+)?)?(?:[A-Z]{1,3}\\$|[$€£¥₹]|\\d|(?:EUR|USD|GBP|JPY|CNY|NOK|SEK|DKK|CHF|INR|BRL|ZAR|AUD|CAD|KRW|RUB|TRY|AED|SAR|Rs\\.?|Rp|R)\\s?\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\\b))';
const CUES = COMMITMENT_CUES.map((row) => ({
  row,
  re: cueScanner(`${cueSource(row.cue)}\\s+${row.needsAction ? `${MODAL_ADVERB}(?=(?:${ACTIONS})\\b)` : ''}${row.needsQuantity ? QUANTITY_AHEAD : ''}`, row.cue),
  // The words the cue needs: most sentences lack them, and a word lookup is far cheaper than the scan.
  needs: wordNeeds(cueTriggers(row.cue)),
}));
export const VAGUE = new RegExp(`^(?:${VAGUE_PREDICATES.map((r) => compileCues([r.predicate]).source).join('|')})`, 'i');
// Every vague predicate opens with one of these whole words (null: one row opens otherwise).
const VAGUE_OPENERS = VAGUE_PREDICATES.every((r) => openingWords(r.predicate) !== null) ? new Set(VAGUE_PREDICATES.flatMap((r) => openingWords(r.predicate)!)) : null;
const LEADING_WORD = /^\w+/;

/** `VAGUE.test(predicate)`, read only when the predicate opens with one of the vague predicates' words. */
export function isVague(predicate: string): boolean {
  if (VAGUE_OPENERS !== null && !VAGUE_OPENERS.has(LEADING_WORD.exec(predicate)?.[0].toLowerCase() ?? '')) return false;
  return VAGUE.test(predicate);
}
const SPEECH = alternation(SPEECH_VERB_FORMS);
// Where the pledged object ends: an attribution ("…, Xi said"), an appositive or relative clause
// about the object ("…, a command in Wiesbaden", "…, to be serviced from …"), a dash, a quotation.
const OBJECT_END = new RegExp(
  [
    `,\\s+(?:(?:the\\s+)?[A-Z][\\w'.-]*\\s+){1,5}(?:${SPEECH})\\b`,
    `,\\s+(?:he|she|they|it)\\s+(?:${SPEECH})\\b`,
    `,\\s+(?:${SPEECH})\\s+[A-Z]`,
    ',\\s+(?:to be|which|of which|who|whose|where|while|a|an|after|before|according to|in)\\s',
    // A new clause with its own named subject ("…, and Bangladesh took over the chair").
    ',\\s+(?:and|but|whereas)\\s+(?:the\\s+)?[A-Z][\\w\'.-]*(?:\\s+[A-Z][\\w\'.-]*){0,4}\\s+(?:[a-z]+ed|[a-z]*took|made|gave|set|put|sent|won|will|would|has|have|is|are|was|were)\\b',
    // A participle clause about the whole pledge ("…, covering A, B and C"); "including" lists parts of it.
    ',\\s+(?!including\\b)[a-z]+ing\\b',
    '\\s[–—]\\s',
    '"',
  ].join('|'),
);
const NEXT_SUBJECT = /,\s+(?:and|but|while|whereas)\s+(?:[\w'.-]+\s+){0,5}[\w'.-]+\s*$/;
const LEADING_VERB = /^[a-z]+(?:\s+(?:up|out|in|on|aside))?\s+/;
export const TRAILING_JOIN = /(?:,?\s+(?:and|but|as well as|while))?[\s,.;:]*$/i;
const ANNOUNCED = /\b(?:announced|pledged|promised|vowed|confirmed|committed|declared|said|says)\b/i;
// "…, President Aliyev said": an announcement attributed after the pledge.
const ATTRIBUTED = new RegExp(`,\\s+(?:[\\w.'-]+\\s+){0,5}(?:${SPEECH})\\s*[.!]?\\s*$`);
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'hours']);
/** A count belongs to the item when it comes early ("establish three centers"), not in a trailing adjunct. */
const COUNT_WINDOW = 45;

interface CueMatch {
  readonly row: CommitmentCueRow;
  readonly start: number;
  readonly end: number;
}

/** Announced or pledged actions: "China has decided to establish three centers …", "Japan will provide …". */
export function assembleCommitments(ctx: FactsContext): Commitment[] {
  const out: Commitment[] = [];
  // Most cues need a word the whole document lacks: drop those once, then ask per sentence.
  const words = wordIndex(ctx);
  const inDocument = words.wordsIn(0, ctx.text.length);
  const cues = CUES.filter((c) => inDocument.holds(c.needs));
  if (cues.length === 0) return out;
  for (const s of storySentences(ctx)) sentenceCommitments(ctx, cues, s, out);
  return out;
}

/** Adds the sentence's commitments to `out`. */
function sentenceCommitments(ctx: FactsContext, inDocument: typeof CUES, s: Sentence, out: Commitment[]): void {
  const start = Math.max(s.norm.start, ctx.header.bodyStart);
  const cues = findCues(ctx, inDocument, start, s.norm.end);
  if (cues.length === 0) return;
  let previousEnd = start;
  let previousActor: ActorFound | null = null;
  cues.forEach((cue, i) => {
    const next = cues[i + 1];
    const descStart = descriptionStart(ctx, cue);
    if (descStart === null) return;
    const subject =
      cue.row.describe === 'predicate'
        ? { from: cue.end, to: descStart }
        : cue.row.participle
          ? { from: start, to: mainVerbStart(ctx, start, cue.start) }
          : { from: previousEnd, to: cue.start };
    const found = commitmentActor(ctx, s, subject.from, subject.to);
    const actor = found === 'inherit' ? previousActor : found;
    const descEnd = descriptionEnd(ctx, descStart, next ? next.start : s.norm.end, s.norm.end);
    previousEnd = descEnd;
    if (!actor) return;
    previousActor = actor;
    if (cue.row.announcedOnly && !ANNOUNCED.test(ctx.text.slice(Math.max(start, cue.start - 300), cue.start)) && !ATTRIBUTED.test(ctx.text.slice(cue.end, s.norm.end))) return;
    for (const item of items(ctx, cue, descStart, descEnd)) {
      out.push({
        actor: actor.name,
        description: ctx.rawText(item.start, item.end),
        count: countIn(ctx, item.start, item.end),
        evidence: evidenceOf([ctx.segment(item.start, item.end)]),
        provenance: provenance(cue.row.needsAction && cue.row.describe === 'cue' ? 'commitments/modal' : cue.row.describe === 'predicate' ? 'commitments/proposal' : 'commitments/cue'),
      });
    }
  });
}

/** Where the main verb of the clause starting at `from` begins ("Leaders of the bloc | wrapped up …"). */
function mainVerbStart(ctx: FactsContext, from: number, to: number): number {
  const verb = findTokenIn(ctx, from, to, (t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb === undefined ? to : verb.norm.start;
}

/** Every cue in the sentence, earliest first; of two that overlap the earlier (then longer) one wins. */
function findCues(ctx: FactsContext, inDocument: typeof CUES, start: number, end: number): readonly CueMatch[] {
  const here = wordIndex(ctx).wordsIn(start, end);
  // (Most sentences hold no cue's words: no text, list or sort for them.)
  let text: string | undefined;
  let all: CueMatch[] | undefined;
  for (const { row, re, needs } of inDocument) {
    if (!here.holds(needs)) continue;
    text ??= ctx.text.slice(start, end);
    for (const m of cueMatches(ctx, re, start, text)) (all ??= []).push({ row, start: start + m.index, end: start + m.index + m[0].length });
  }
  if (all === undefined) return NO_CUES;
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CueMatch[] = [];
  for (const cue of all) if (!kept.some((k) => cue.start < k.end)) kept.push(cue);
  return kept;
}

const NO_CUES: readonly CueMatch[] = [];

function descriptionStart(ctx: FactsContext, cue: CueMatch): number | null {
  switch (cue.row.describe) {
    case 'cue':
      return cue.start;
    case 'after':
      return cue.end;
    case 'object': {
      const verb = LEADING_VERB.exec(ctx.text.slice(cue.end, cue.end + 40));
      return cue.end + (verb ? verb[0].length : 0);
    }
    case 'predicate': {
      // "proposed that China and Africa jointly carry out …": the clause's verb, with its adverb.
      const tokens = tokensIn(ctx, cue.end, Math.min(ctx.sentenceAt(cue.start)?.norm.end ?? cue.end, cue.end + 200));
      const verb = tokens.findIndex((t) => t.pos === 'VERB');
      if (verb <= 0) return null;
      const adverb = tokens[verb - 1]!;
      return adverb.pos === 'ADV' ? adverb.norm.start : tokens[verb]!.norm.start;
    }
  }
}

/** Where the pledge starting at `from` ends, before `limit` (the next cue); the sentence's rest shows whether a clause boundary is one. */
function descriptionEnd(ctx: FactsContext, from: number, limit: number, sentenceEnd: number): number {
  const rest = ctx.text.slice(from, limit);
  const end = OBJECT_END.exec(ctx.text.slice(from, sentenceEnd));
  let cut = end ? Math.min(end.index, rest.length) : rest.length;
  // "…, and the bloc | committed to …": the next pledge's subject is not part of this one.
  if (cut === rest.length && limit < sentenceEnd) {
    const subject = NEXT_SUBJECT.exec(rest);
    if (subject) cut = subject.index;
  }
  return from + trailingJoinStart(rest.slice(0, cut));
}

const TRAILING_MARK = /[\s,.;:]/;
const SPACE = /\s/;
/** The longest join word TRAILING_JOIN ends on ("as well as"). */
const JOIN_WORD_MAX = 10;

/**
 * `text.replace(TRAILING_JOIN, '').length`: where a trailing join and the marks after it start.
 * The pattern only matches at the end, so it is run on the tail that can hold it (the marks, a
 * join word before them and the white space and comma before that word), not on the whole text.
 */
export function trailingJoinStart(text: string): number {
  let marks = text.length;
  while (marks > 0 && TRAILING_MARK.test(text[marks - 1]!)) marks--;
  let from = marks - JOIN_WORD_MAX;
  if (from <= 0) return text.replace(TRAILING_JOIN, '').length;
  while (from > 0 && SPACE.test(text[from - 1]!)) from--;
  from = Math.max(0, from - 1);
  return from + text.slice(from).replace(TRAILING_JOIN, '').length;
}

const JOIN = /,?\s+as well as\s+|;\s+|,?\s+and\s+also\s+(?:to\s+)?/gi;
const JOIN_AFTER_TO = /,?\s+as well as\s+(?:to\s+)?|;\s+|,?\s+and\s+(?:also\s+)?to\s+|,?\s+and\s+also\s+/gi;
const JOIN_WORDS = wordNeeds([['well', 'also']]);
const JOIN_AFTER_TO_WORDS = wordNeeds([['well', 'and']]);

/** The pledged items: "A, as well as B" and "to do A and to do B" are two; goodwill-only items go. */
function items(ctx: FactsContext, cue: CueMatch, from: number, to: number): { start: number; end: number }[] {
  const text = ctx.text.slice(from, to);
  // The conventions join pledged items by "as well as" and "and also" ("build A and also (to) open B").
  const afterTo = /\sto$/i.test(ctx.text.slice(cue.start, cue.end).trimEnd());
  const join = afterTo ? JOIN_AFTER_TO : JOIN;
  // Every join holds a ";" or its whole word ("well" of "as well as", "also", "and"): most pledges have none.
  const joined = text.includes(';') || wordIndex(ctx).wordsIn(from, to).holds(afterTo ? JOIN_AFTER_TO_WORDS : JOIN_WORDS);
  const out: { start: number; end: number }[] = [];
  let cursor = 0;
  const push = (a: number, b: number) => {
    const slice = text.slice(a, b);
    const trimmed = slice.trim().replace(/[\s.,;:]+$/, '');
    if (trimmed.length < 3) return;
    const start = from + a + (slice.length - slice.trimStart().length);
    const end = start + trimmed.length;
    // After "will"/"is ready to" the predicate is what follows the cue.
    const predicate = out.length === 0 && start === cue.start ? ctx.text.slice(cue.end, end) : trimmed;
    if (isVague(predicate)) return;
    out.push({ start, end });
  };
  for (const m of joined ? matchesOf(join, text) : []) {
    push(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  push(cursor, text.length);
  return out;
}

/** The number the text gives for the item ("three centers", "1,000 young people"), not a duration. */
function countIn(ctx: FactsContext, from: number, to: number): number | null {
  for (const q of quantitiesWithin(ctx, from, Math.min(to, from + COUNT_WINDOW))) {
    if (q.kind !== 'cardinal' || !Number.isInteger(q.value)) continue;
    if (q.unit && TIME_UNITS.has(q.unit)) continue;
    if (overlapsDate(ctx, q.norm.start, q.norm.end)) continue;
    if (/\b(?:next|past|last|first|over)\s+$/i.test(ctx.text.slice(Math.max(from, q.norm.start - 12), q.norm.start))) continue;
    return q.value;
  }
  return null;
}
