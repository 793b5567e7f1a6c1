import type { AgreementEntity, Sentence } from '@pressfacts/document';
import type { AgreementAction } from '@pressfacts/schema';
import { ACT_NOUNS, AGREEMENT_ACTIONS, NOT_YET } from '../data/agreement-actions.js';
import { chunkRange, lower, type ChunkedText } from './chunks.js';
import type { FactsContext } from './context.js';
import { mentionsOf } from './entity-mentions.js';
import { firstTokenFrom } from './token-search.js';

const ACTION_OF = new Map(AGREEMENT_ACTIONS.flatMap((r) => r.forms.map((f) => [f, r.action] as const)));
const NOT_YET_WORDS: ReadonlySet<string> = new Set(NOT_YET.map((r) => r.word));
const ACT_NOUN_WORDS: ReadonlySet<string> = new Set(ACT_NOUNS.map((r) => r.word));
// "called for the adoption of", "looked forward to the signing of": the act is wished, not done.
// "supported the early conclusion of", "urged the swift ratification of": an act hoped for soon.
const WISHED_BEFORE =
  /(?:\b(?:for|to|towards?)\s+(?:the\s+)?(?:(?:early|speedy|swift|timely|prompt|expeditious|eventual)\s+)?|\b(?:supported|supports|urged|urges|sought|seeks|awaited|awaits|backed|encouraged)\s+(?:the\s+)?|\b(?:early|speedy|swift|timely|prompt|expeditious|eventual)\s+)$/i;

/** Where the text says what was done with an agreement. */
export interface ActionClause {
  readonly sentence: Sentence;
  readonly text: ChunkedText;
  /** The chunk holding the agreement's mention (or its lower-case back-reference). */
  readonly chunk: number;
  readonly action: AgreementAction;
  /** Token index of the action verb, -1 when there is none. */
  readonly verb: number;
  /** Normalised offset of the mention the clause was read for. */
  readonly at: number;
}

/**
 * The first clause that says what was done with the agreement: the action verb in the chunk of
 * its mention, nearest before it ("leaders adopted the X"), or in a participle right after it
 * ("the X, adopted on Sunday,"). When no mention has one, a lower-case reference to the title's
 * head with an article ("adopted a joint declaration") is read instead, if no other agreement
 * has that head.
 */
export function actionClause(ctx: FactsContext, a: AgreementEntity, all: readonly AgreementEntity[]): ActionClause | undefined {
  const inBody = a.mentions.filter((m) => m.norm.start >= ctx.header.bodyStart);
  const mentions = inBody.length > 0 ? inBody : a.mentions;
  let firstClause: ActionClause | undefined;
  for (const m of mentions) {
    const clause = clauseAt(ctx, m.norm.start);
    if (clause?.action !== 'other') return clause;
    firstClause ??= clause;
  }
  // "signed the X, a Memorandum on Y and a Memorandum on Z": a later item of a list of titles
  // takes the verb of the list's first item.
  const head = mentions[0] === undefined ? undefined : listHead(ctx, mentions[0].norm.start, all);
  if (head !== undefined) {
    const clause = clauseAt(ctx, head);
    if (clause !== undefined && clause.action !== 'other') return { ...clause, at: mentions[0]!.norm.start };
  }
  // "The following documents were signed …:" over a numbered list of titles.
  for (const m of mentions) {
    const clause = listIntroClause(ctx, m.norm.start);
    if (clause !== undefined) return clause;
  }
  for (const at of backReferences(ctx, a, all)) {
    const clause = clauseAt(ctx, at);
    if (clause !== undefined && clause.action !== 'other') return clause;
  }
  return firstClause;
}

/** What may join two titles of one list: ", a", "and the", ", and of a". */
const LIST_GLUE = /^\s*(?:,\s*)?(?:and\s+)?(?:also\s+)?(?:of\s+)?(?:(?:a|an|the)\s+)?$/i;

/** The offset of the first title of the list `offset` continues, or undefined when it opens none. */
function listHead(ctx: FactsContext, offset: number, all: readonly AgreementEntity[]): number | undefined {
  let at = offset;
  for (let step = 0; step < 12; step++) {
    const before = mentionsOf(all).find((m) => m.norm.end <= at && m.norm.end >= at - 16 && LIST_GLUE.test(ctx.text.slice(m.norm.end, at)));
    if (before === undefined) break;
    at = before.norm.start;
  }
  return at === offset ? undefined : at;
}

function clauseAt(ctx: FactsContext, offset: number): ActionClause | undefined {
  const sentence = ctx.sentenceAt(offset);
  if (!sentence) return undefined;
  const text = chunkRange(ctx, sentence.norm.start, sentence.norm.end);
  let c = text.chunkAt(offset);
  if (c < 0) return undefined;
  const chunk = text.chunks[c]!;
  let verb = -1;
  for (let i = chunk.from; i < chunk.to && text.tokens[i]!.norm.start < offset; i++) if (actionAt(text, i)) verb = i;
  // "the North Atlantic Treaty was signed in 1949": a passive after the title.
  for (let i = chunk.from; verb < 0 && i < chunk.to; i++) {
    if (text.tokens[i]!.norm.start > offset && text.tokens[i - 1]?.pos === 'AUX' && actionAt(text, i)) verb = i;
  }
  const next = text.chunks[c + 1];
  if (verb < 0 && next?.kind === 'participle' && actionAt(text, next.from)) verb = next.from;
  // "the Joint Statement on X issued by the ministers": a participle with its agent, no comma.
  for (let i = chunk.from; verb < 0 && i + 1 < chunk.to; i++) {
    if (text.tokens[i]!.norm.start > offset && lower(text.tokens[i + 1]) === 'by' && /ed$/.test(lower(text.tokens[i])) && actionAt(text, i)) verb = i;
  }
  // "adopted a roadmap for integration, known as the X Roadmap": the verb of the noun it renames.
  const prev = text.chunks[c - 1];
  if (verb < 0 && prev !== undefined && RENAMES.test(ctx.text.slice(Math.max(sentence.norm.start, offset - 24), offset))) {
    for (let i = prev.from; i < prev.to; i++) if (actionAt(text, i) && ARTICLE.has(lower(text.tokens[i + 1]))) verb = i;
  }
  // "the X, which the leaders signed on Thursday,", "the X adopted on Friday", "the Lima
  // Declaration, was endorsed by all members": a verb right after the title.
  if (verb < 0) verb = verbAfterTitle(ctx, text, c, offset);
  // "signed 12 documents, including the X": the verb of the clause the list hangs from.
  let at = c;
  if (verb < 0 && chunk.aside) {
    for (let k = c - 1; k >= 0 && verb < 0; k--) {
      const main = text.chunks[k]!;
      if (main.aside && k > 0) continue;
      for (let i = main.from; i < main.to; i++) if (actionAt(text, i)) verb = i;
      at = k;
      break;
    }
  }
  if (verb < 0) return { sentence, text, chunk: c, action: 'other', verb, at: offset };
  if (at !== c) c = at;
  const verbToken = text.tokens[verb]!;
  // "commended Botswana and Namibia for signing the X": a gerund with its object after "for" is done.
  // ("called for signing the X" is wished: a verb, not the one praised, stands before "for").
  const praised = text.tokens[verb - 2]?.pos === 'PROPN' || text.tokens[verb - 2]?.pos === 'NOUN';
  const gerundDone = lower(verbToken).endsWith('ing') && OBJECT_START.has(lower(text.tokens[verb + 1])) && lower(text.tokens[verb - 1]) === 'for' && praised;
  const wished =
    !gerundDone && ACT_NOUN_WORDS.has(lower(verbToken)) && WISHED_BEFORE.test(ctx.text.slice(Math.max(sentence.norm.start, verbToken.norm.start - 40), verbToken.norm.start));
  const done = !wished && !notYet(text, verb);
  return { sentence, text, chunk: c, action: done ? actionAt(text, verb)! : 'other', verb, at: offset };
}

const OBJECT_START: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'its', 'their']);
// Words that may stand between a relative word and its verb ("which the leaders signed").
const RELATIVE_SUBJECT_WORDS = 4;

/**
 * The index of an action verb right after the title that starts at `offset`, or -1: a participle
 * ("the X adopted on Friday"), a passive across a comma ("the X, was endorsed by"), or the verb of
 * a relative clause on the title ("the X, which the leaders signed").
 */
function verbAfterTitle(ctx: FactsContext, text: ChunkedText, c: number, offset: number): number {
  const title = ctx.mentionsIn(offset, text.tokens[text.chunks[c]!.to - 1]!.norm.end).find((m) => m.segment.norm.start === offset && m.entity.kind === 'agreement');
  const end = title?.segment.norm.end;
  if (end === undefined) return -1;
  let i = firstTokenFrom(text.tokens, end);
  if (i < 0 || ctx.text.slice(end, text.tokens[i]!.norm.start).trim() !== '') return -1;
  if (lower(text.tokens[i]) === ',') i++;
  const relative = ['which', 'that'].includes(lower(text.tokens[i]));
  if (relative) {
    for (let k = i + 1; k < text.tokens.length && k <= i + 1 + RELATIVE_SUBJECT_WORDS; k++) {
      if (actionAt(text, k)) return k;
      if ([',', '.', ';'].includes(lower(text.tokens[k]))) break;
    }
    return -1;
  }
  // "was", "has been", "were unanimously": auxiliaries and adverbs before a participle.
  let k = i;
  while (k < text.tokens.length && k - i < 3 && (text.tokens[k]!.pos === 'AUX' || text.tokens[k]!.pos === 'ADV')) k++;
  const token = text.tokens[k];
  if (token === undefined || !actionAt(text, k) || !/(?:ed|en)$/i.test(token.value)) return -1;
  // A participle right after the title without an auxiliary must not take an object ("the X signed the …").
  if (k === i && OBJECT_START.has(lower(text.tokens[k + 1]))) return -1;
  return k;
}

// A list item: "1. ", "2) ", "- ", "• ".
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+/;
/** How far before a title its list marker may start (indentation included). */
const MAX_ITEM_PREFIX = 40;
/** How many list lines may stand between an item and the line that introduces the list. */
const MAX_LIST_LINES = 30;

/**
 * The act of the line that introduces the list item the title at `offset` stands in ("The
 * following documents were signed and exchanged in the presence of the two leaders:"), read like
 * a clause (its verb, its subject); undefined when the title is no list item or the line before
 * the list ends without a colon or names no act.
 */
function listIntroClause(ctx: FactsContext, offset: number): ActionClause | undefined {
  // A list item's marker stands a few characters before its title: look back only that far, so
  // that a title in a long line (one giant sentence of titles) costs no scan back to the text start.
  const near = Math.max(0, offset - MAX_ITEM_PREFIX);
  const lineStart = near === 0 ? ctx.text.lastIndexOf('\n', offset - 1) + 1 : ctx.text.slice(near - 1, offset).lastIndexOf('\n') + near;
  if (lineStart < near || !LIST_ITEM.test(ctx.text.slice(lineStart, offset))) return undefined;
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < MAX_LIST_LINES; n++) {
    const start = ctx.text.lastIndexOf('\n', end - 1) + 1;
    const line = ctx.text.slice(start, end);
    end = start - 1;
    if (line.trim() === '' || LIST_ITEM.test(line)) continue;
    const colon = line.trimEnd();
    if (!colon.endsWith(':')) return undefined;
    const sentence = ctx.sentenceAt(start + colon.length - 1);
    if (sentence === undefined) return undefined;
    const text = chunkRange(ctx, sentence.norm.start, sentence.norm.end);
    for (let i = 0; i < text.tokens.length; i++) {
      const action = actionAt(text, i);
      if (action === undefined || notYet(text, i)) continue;
      return { sentence, text, chunk: text.chunkAt(text.tokens[i]!.norm.start), action, verb: i, at: offset };
    }
    return undefined;
  }
  return undefined;
}

// What introduces a title that renames the noun before it.
const RENAMES = /,\s+(?:known\s+as|formally|officially|called|dubbed|entitled|titled|named)\s+(?:the\s+)?$/i;
const ARTICLE: ReadonlySet<string> = new Set(['a', 'an']);

/** "will sign", "to conclude", "will be signed", "may be adopted": the act is not done yet. */
function notYet(text: ChunkedText, verb: number): boolean {
  const before = lower(text.tokens[verb - 1]);
  return NOT_YET_WORDS.has(before) || ((before === 'be' || before === 'been') && NOT_YET_WORDS.has(lower(text.tokens[verb - 2])));
}

function actionAt(text: ChunkedText, i: number): AgreementAction | undefined {
  // Two words first: "signed off" is an approval, not a signing.
  return ACTION_OF.get(`${lower(text.tokens[i])} ${lower(text.tokens[i + 1])}`) ?? ACTION_OF.get(lower(text.tokens[i]));
}

const ARTICLE_BEFORE = /\b(?:a|an|the|this)\s+$/i;

/** Offsets of "a joint declaration" for "Korea-Africa Joint Declaration", when that head is the title's own. */
function backReferences(ctx: FactsContext, a: AgreementEntity, all: readonly AgreementEntity[]): number[] {
  const words = a.name.split(/\s+/);
  if (words.length < 3) return [];
  const head = words.slice(-2).join(' ').toLowerCase();
  if (all.some((o) => o !== a && o.name.toLowerCase().endsWith(head))) return [];
  const out: number[] = [];
  // Only a lower-case mention is a back-reference: "the Joint Declaration" may be another title.
  for (let at = ctx.text.indexOf(head, ctx.header.bodyStart); at >= 0; at = ctx.text.indexOf(head, at + head.length)) {
    if (ARTICLE_BEFORE.test(ctx.text.slice(Math.max(0, at - 6), at))) out.push(at);
  }
  return out;
}
