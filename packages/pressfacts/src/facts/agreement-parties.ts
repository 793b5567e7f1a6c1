import type { Entity } from '@pressfacts/document';
import type { Participant } from '@pressfacts/schema';
import { COLLECTIVE_SUBJECTS, DISSENT_CUES } from '../data/agreement-parties.js';
import type { ActionClause } from './agreement-clause.js';
import type { FactsContext } from './context.js';
import { alternation } from './text.js';

const COLLECTIVE = new RegExp(`\\b(?:${alternation(COLLECTIVE_SUBJECTS.map((r) => r.pattern))})\\b`, 'i');
const DISSENT = new RegExp(`\\b(?:${alternation(DISSENT_CUES.map((r) => r.pattern))})(?!\\w)`, 'i');

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
  if (verb >= 0 && verb >= chunk.from && verb < chunk.to && text.tokens[verb]!.norm.start < clause.at) {
    const subjectEnd = text.tokens[verb]!.norm.start;
    const subject = ctx.text.slice(clauseStart, subjectEnd);
    const named = countriesIn(ctx, clauseStart, subjectEnd);
    if (!COLLECTIVE.test(subject) && named.length > 0) return named;
  }
  // "the Joint Statement issued by the ministers of the coastal states", "announced by Japan": the agent.
  const by = verb >= 0 ? text.tokens[verb + 1] : undefined;
  if (by !== undefined && by.value.toLowerCase() === 'by' && text.tokens[verb]!.norm.start > clause.at) {
    const agentEnd = Math.max(by.norm.end, clauseEnd);
    const agent = ctx.text.slice(by.norm.end, agentEnd);
    const named = countriesIn(ctx, by.norm.end, agentEnd);
    if (named.length > 0 || !COLLECTIVE.test(agent)) return named;
  }
  if (participants.length === 0) return countriesIn(ctx, clauseStart, clauseEnd);
  return participants.map((p) => p.country).filter((c) => !dissenters.has(c));
}

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
    const cue = DISSENT.exec(ctx.text.slice(s.norm.start, s.norm.end));
    if (!cue) continue;
    // Countries, not people: "Zelenskyy said he did not sign …" is no country's dissent.
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.start + cue.index)) if (m.entity.kind === 'country') out.add(m.entity.name);
  }
  return out;
}
