import type { Entity } from '@pressfacts/document';
import type { Participant } from '@pressfacts/schema';
import { COLLECTIVE_SUBJECTS, DISSENT_CUES, NON_MEMBER_CUES } from '../data/agreement-parties.js';
import type { ActionClause } from './agreement-clause.js';
import type { ChunkedText } from './chunks.js';
import type { FactsContext } from './context.js';
import { cueTriggers } from './cue-pattern.js';
import { alternation, matchesOf } from './text.js';
import { wordIndex, wordNeeds } from './word-index.js';

const COLLECTIVE = new RegExp(`\\b(?:${alternation(COLLECTIVE_SUBJECTS.map((r) => r.pattern))})\\b`, 'i');
const COLLECTIVE_HEAD = new RegExp(`\\b(?:${alternation(COLLECTIVE_SUBJECTS.map((r) => r.pattern))})\\s+(?:of|from)\\s+(?:the\\s+)?$`, 'i');
const COLLECTIVE_OF = new RegExp(`\\b(?:${alternation(COLLECTIVE_SUBJECTS.map((r) => r.pattern))})\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}`, 'iu');
const DISSENT = new RegExp(`\\b(?:${alternation(DISSENT_CUES.map((r) => r.pattern))})(?!\\w)`, 'i');
// A sentence without the first word of any dissent or non-member cue cannot match its pattern.
const DISSENT_NEEDS = wordNeeds(cueTriggers(`{${DISSENT_CUES.map((r) => r.pattern).join('|')}}`));
const NON_MEMBER_NEEDS = wordNeeds(cueTriggers(`{${NON_MEMBER_CUES.map((r) => r.pattern).join('|')}}`));

/**
 * The countries that signed, adopted or issued the agreement: those the subject of the action verb
 * names ("Biden and Zelenskyy signed" → United States, Ukraine), else every participant when the
 * subject is collective ("the leaders adopted") or absent ("the communiqué, adopted on Sunday"),
 * or those an agent after the verb names ("announced by Japan"; none for "issued by the ministers"),
 * less the countries a dissent sentence names ("Argentina and Paraguay distanced themselves").
 * Without participants, the countries the action clause names.
 */
export function partiesOf(ctx: FactsContext, clause: ActionClause, participants: readonly Participant[], dissenters: ReadonlySet<string>): string[] {
  const { text, verb } = clause;
  const chunk = text.chunks[clause.chunk]!;
  const clauseStart = text.tokens[chunk.from]!.norm.start;
  const clauseEnd = text.tokens[chunk.to - 1]!.norm.end;
  // "the X Agreement between the EU and the Kyrgyz Republic": the countries the title pairs.
  const between = betweenCountries(ctx, clause, Math.max(clauseEnd, clause.sentence.norm.end));
  if (between.length > 0) return between;
  if (verb >= 0 && verb >= chunk.from && verb < chunk.to && text.tokens[verb]!.norm.start < clause.at) {
    const subjectEnd = text.tokens[verb]!.norm.start;
    const subjectStart = listStart(ctx, text, clause.chunk);
    const subject = ctx.text.slice(subjectStart, subjectEnd);
    // "Summit commended Botswana and Namibia for signing the X": those the praise names.
    const praised = FOR_GERUND.test(ctx.text.slice(subjectStart, subjectEnd)) ? countryListEndingAt(ctx, subjectStart, subjectEnd - FOR_GERUND.exec(ctx.text.slice(subjectStart, subjectEnd))![0].length) : [];
    if (praised.length > 0) return praised;
    const named = countriesIn(ctx, subjectStart, subjectEnd);
    // "the heads of state of Chile, Peru and Mexico signed": a collective of named countries.
    if (named.length > 0 && (!COLLECTIVE.test(subject) || COLLECTIVE_OF.test(subject))) return [...named, ...partnersAfter(ctx, clause, clauseEnd, named)];
  }
  // "the Joint Statement issued by the ministers of the coastal states", "announced by Japan": the agent.
  const by = verb >= 0 ? text.tokens[verb + 1] : undefined;
  if (by !== undefined && by.value.toLowerCase() === 'by' && text.tokens[verb]!.norm.start > clause.at) {
    // The agent runs to the end of the verb's chunk ("the X, which was agreed by all three leaders,").
    const verbChunk = text.chunks[text.chunkAt(text.tokens[verb]!.norm.start)];
    const verbChunkEnd = verbChunk === undefined ? clauseEnd : text.tokens[verbChunk.to - 1]!.norm.end;
    const agentEnd = Math.max(by.norm.end, clauseEnd, verbChunkEnd);
    const agent = ctx.text.slice(by.norm.end, agentEnd);
    // "endorsed by Chile, Peru and Mexico", "signed by the leaders of A and B": the list may run on past a comma.
    const listed = agentList(ctx, by.norm.end, clause.sentence.norm.end);
    if (listed.length > 0) return listed;
    const named = countriesIn(ctx, by.norm.end, agentEnd);
    if (named.length > 0 || !COLLECTIVE.test(agent)) return named;
  }
  // "The signing of the X by Chile and Peru": an agent right after the title of a noun for the act.
  const titled = verb >= 0 && text.tokens[verb]!.norm.start < clause.at ? titleEnd(ctx, clause, clauseEnd) : undefined;
  const agentBy = titled === undefined ? null : AGENT_AFTER_TITLE.exec(ctx.text.slice(titled, clause.sentence.norm.end));
  if (titled !== undefined && agentBy !== null) {
    const listed = agentList(ctx, titled + agentBy[0].length, clause.sentence.norm.end);
    if (listed.length > 0) return listed;
  }
  if (participants.length === 0) return countriesIn(ctx, clauseStart, clauseEnd);
  const outside = nonMembers(ctx);
  return participants.map((p) => p.country).filter((c) => !dissenters.has(c) && !outside.has(c));
}

const AGENT_AFTER_TITLE = /^\s*,?\s*by\s+/i;
// "the leaders of", "the foreign ministers of the": a collective head before an agent's list of countries.
const AGENT_HEAD = /^\s*(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:leaders|presidents|heads\s+of\s+(?:state|government)|ministers|governments|representatives|delegations)\s+of\s+)?(?:the\s+)?/i;

/** The end of the agreement's title that starts the clause, or undefined. */
function titleEnd(ctx: FactsContext, clause: ActionClause, clauseEnd: number): number | undefined {
  return ctx.mentionsIn(clause.at, clauseEnd).find((m) => m.segment.norm.start === clause.at && m.entity.kind === 'agreement')?.segment.norm.end;
}

/**
 * The countries of the agent list starting at `from` ("Chile, Peru and Mexico", "the leaders of
 * Chile and Peru", "the Government of Peru and the Republic of Chile"); empty when no country
 * opens it.
 */
function agentList(ctx: FactsContext, from: number, end: number): string[] {
  const head = AGENT_HEAD.exec(ctx.text.slice(from, Math.min(end, from + 80)));
  let cursor = from + (head?.[0].length ?? 0);
  const names: string[] = [];
  let container = -1;
  for (const m of ctx.mentionsIn(cursor, end)) {
    const nested = m.segment.norm.end <= container;
    if (!nested && (m.segment.norm.start < cursor || !(names.length === 0 ? m.segment.norm.start === cursor : BETWEEN_GAP.test(ctx.text.slice(cursor, m.segment.norm.start))))) break;
    const country = countryOf(m.entity);
    if (!nested && country === null && m.entity.kind !== 'organization') break;
    if (country !== null && !names.includes(country)) names.push(country);
    if (!nested) container = cursor = m.segment.norm.end;
  }
  return names;
}

// Lower case: "The Silk Road Observer" is a name.
const NON_MEMBER = new RegExp(`\\b(?:${alternation(NON_MEMBER_CUES.map((r) => r.pattern))})\\b`);
// A new clause after the cue ("…, and Turkmenistan was represented by …") is about members again.
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\s/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');
const NON_MEMBERS = new WeakMap<FactsContext, ReadonlySet<string>>();
const AS_ONE = /\bas\s+(?:an?\s+)?(?:[a-z-]+\s+)?$/;

/** Where the last clause of `text` starts (after "; " or ", and "), 0 for none. */
function lastBreak(text: string): number {
  let at = 0;
  for (const m of matchesOf(CLAUSE_BREAKS, text)) at = m.index + m[0].length;
  return at;
}

// "Mexico, which is completing its accession": the country a relative clause with the cue is about.
const RELATIVE_BEFORE_CUE = /^\s*,\s+(?:which|who)\b[^,;.]*$/i;

/**
 * Countries the text says take part without being members: named after a non-member cue in its
 * sentence ("observer states …, President of Cuba"), or the subject of a relative clause holding
 * one ("Bolivia, which is completing its accession").
 */
function nonMembers(ctx: FactsContext): ReadonlySet<string> {
  let out = NON_MEMBERS.get(ctx) as Set<string> | undefined;
  if (out !== undefined) return out;
  out = new Set<string>();
  for (const s of ctx.bodySentences) {
    if (!wordIndex(ctx).wordsIn(s.norm.start, s.norm.end).holds(NON_MEMBER_NEEDS)) continue;
    const said = ctx.text.slice(s.norm.start, s.norm.end);
    const cue = NON_MEMBER.exec(said);
    if (cue === null) continue;
    const at = s.norm.start + cue.index;
    // "Mexico attended as a guest": the subject of the clause takes part as one.
    const before = ctx.text.slice(s.norm.start, at);
    const asOne = AS_ONE.test(before);
    const clauseStart = s.norm.start + lastBreak(before);
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.end)) {
      const country = countryOf(m.entity);
      if (country === null) continue;
      // (After "as a guest" the sentence goes on about something else: "…, attending as a guest, told leaders …".)
      const after = !asOne && m.segment.norm.start > at && !CLAUSE_BREAK.test(ctx.text.slice(at, m.segment.norm.start));
      const subject = asOne && m.segment.norm.start >= clauseStart && m.segment.norm.end <= at;
      if (after || subject || (m.segment.norm.end <= at && RELATIVE_BEFORE_CUE.test(ctx.text.slice(m.segment.norm.end, at)))) out.add(country);
    }
  }
  NON_MEMBERS.set(ctx, out);
  return out;
}

// "signed the Treaty of Arica with Peru", "with his Peruvian counterpart Dina Boluarte".
const WITH_AFTER = /^\s*(?:,\s*)?(?:(?:on|in|at)\s+[^,;]{1,30}?\s+)?(?:together\s+)?with\s+/i;

/** The countries of a "with …" partner right after the title, less those already named. */
function partnersAfter(ctx: FactsContext, clause: ActionClause, clauseEnd: number, named: readonly string[]): string[] {
  const title = ctx.mentionsIn(clause.at, clauseEnd).find((m) => m.segment.norm.start === clause.at && m.entity.kind === 'agreement');
  if (title === undefined) return [];
  const w = WITH_AFTER.exec(ctx.text.slice(title.segment.norm.end, clauseEnd));
  if (w === null) return [];
  const from = title.segment.norm.end + w[0].length;
  return countriesIn(ctx, from, clauseEnd).filter((c) => !named.includes(c));
}

const FOR_GERUND = /\s+for\s+$/i;

/** The countries of the list that ends right at `end` ("the Republic of Botswana and the Republic of Namibia"). */
function countryListEndingAt(ctx: FactsContext, start: number, end: number): string[] {
  const mentions = ctx.mentionsIn(start, end).filter((m) => countryOf(m.entity) !== null);
  const out: string[] = [];
  let cursor = end;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.segment.norm.end > cursor) continue;
    if (!BETWEEN_GAP.test(ctx.text.slice(m.segment.norm.end, cursor)) && cursor !== end) break;
    if (cursor === end && ctx.text.slice(m.segment.norm.end, cursor).trim() !== '') break;
    const country = countryOf(m.entity)!;
    if (!out.includes(country)) out.unshift(country);
    cursor = m.segment.norm.start;
    // "the Republic of Namibia": the body's name before the country is part of the item.
    const lead = /(?:^|\s)(?:the\s+)?(?:(?:republic|kingdom|state|government)\s+of\s+(?:the\s+)?)$/i.exec(ctx.text.slice(Math.max(start, cursor - 30), cursor));
    if (lead) cursor -= lead[0].length;
  }
  return out;
}

/**
 * Where the subject of the clause's chunk starts: earlier chunks of a list of countries ("India,
 * Japan, Australia and the United States adopted …" is cut at its commas) belong to it.
 */
function listStart(ctx: FactsContext, text: ChunkedText, c: number): number {
  let start = text.tokens[text.chunks[c]!.from]!.norm.start;
  for (let k = c - 1; k >= 0; k--) {
    const prev = text.chunks[k]!;
    if (prev.hard || text.chunks[k + 1]!.hard || prev.kind !== 'noun') break;
    const from = text.tokens[prev.from]!.norm.start;
    const to = text.tokens[prev.to - 1]!.norm.end;
    if (onlyCountries(ctx, from, to)) {
      start = from;
      continue;
    }
    // "The heads of state of Chile, | Peru and Mexico signed": the list's head opens the subject.
    const first = ctx.mentionsIn(from, to).find((m) => m.entity.kind === 'country');
    if (first !== undefined && COLLECTIVE_HEAD.test(ctx.text.slice(from, first.segment.norm.start)) && onlyCountries(ctx, first.segment.norm.start, to)) start = from;
    break;
  }
  return start;
}

/** The range holds country names and list glue only ("Japan", "the United States", "Brazil and Chile"). */
function onlyCountries(ctx: FactsContext, from: number, to: number): boolean {
  let cursor = from;
  let any = false;
  for (const m of ctx.mentionsIn(from, to)) {
    if (m.entity.kind !== 'country' || !LIST_GAP.test(ctx.text.slice(cursor, m.segment.norm.start))) return false;
    cursor = m.segment.norm.end;
    any = true;
  }
  return any && LIST_GAP.test(ctx.text.slice(cursor, to));
}

const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:the\s+)?$/i;
// "between the EU and ", "between China, Russia and ": inside or right after the title.
const BETWEEN = /\bbetween\s+/gi;
/** How far after the title a "between …" may start ("the Agreement on X signed between A and B"). */
const BETWEEN_REACH = 32;

/**
 * The countries a "between A and B" names, in the title or right after it, when the clause's
 * chunk holds it; empty when there is none or it names no country (two secretariats).
 */
function betweenCountries(ctx: FactsContext, clause: ActionClause, clauseEnd: number): string[] {
  const mention = ctx.mentionsIn(clause.at, clauseEnd).find((m) => m.segment.norm.start === clause.at && m.entity.kind === 'agreement');
  const titleEnd = mention?.segment.norm.end ?? clause.at;
  const window = ctx.text.slice(clause.at, Math.min(clauseEnd, titleEnd + BETWEEN_REACH));
  BETWEEN.lastIndex = 0;
  const hit = BETWEEN.exec(window);
  if (hit === null) return [];
  let cursor = clause.at + hit.index + hit[0].length;
  const names: string[] = [];
  let container = -1;
  for (const m of ctx.mentionsIn(cursor, clauseEnd)) {
    // A country inside a body's name ("the Government of Peru") counts for the body.
    const nested = m.segment.norm.end <= container;
    if (!nested && (m.segment.norm.start < cursor || !BETWEEN_GAP.test(ctx.text.slice(cursor, m.segment.norm.start)))) break;
    const country = countryOf(m.entity);
    if (country !== null && !names.includes(country)) names.push(country);
    if (!nested) container = cursor = m.segment.norm.end;
  }
  return names;
}

// What may join the members of "between A and B": commas, "and", "the", "the Government of".
const BETWEEN_GAP = /^\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:the\s+)?(?:(?:government|republic)\s+of\s+(?:the\s+)?)?$/i;

function countriesIn(ctx: FactsContext, start: number, end: number): string[] {
  const names: string[] = [];
  for (const m of ctx.mentionsIn(start, end)) {
    const country = countryOf(m.entity);
    if (country && !names.includes(country)) names.push(country);
  }
  return names;
}

function countryOf(e: Entity): string | null {
  return e.kind === 'country' ? e.name : e.kind === 'person' ? e.country : null;
}

/** Countries named before a dissent cue in a body sentence ("India and Brazil were among those that did not"). */
export function dissentingCountries(ctx: FactsContext): Set<string> {
  const out = new Set<string>();
  for (const s of ctx.bodySentences) {
    if (!wordIndex(ctx).wordsIn(s.norm.start, s.norm.end).holds(DISSENT_NEEDS)) continue;
    const cue = DISSENT.exec(ctx.text.slice(s.norm.start, s.norm.end));
    if (!cue) continue;
    // Countries, not people: "Zelenskyy said he did not sign …" is no country's dissent.
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.start + cue.index)) if (m.entity.kind === 'country') out.add(m.entity.name);
  }
  return out;
}
