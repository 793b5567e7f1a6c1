import type { Entity, Sentence } from '@pressfacts/document';
import type { Commitment } from '@pressfacts/schema';
import { COMMITMENT_CUES } from '../data/commitment-verbs.js';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, type FactsContext } from './context.js';
import { alternation, trimRange } from './text.js';

const CUE = new RegExp(`\\b(?:${alternation(COMMITMENT_CUES.map((c) => c.cue))})\\s+`, 'gi');
// Where the pledged object ends: the attribution ("…, Xi announced") or the sentence end.
const OBJECT_END = /,\s+(?:[A-Z][\w'-]*\s+){1,4}(?:announced|said|added|noted|stressed|pledged)\b|,\s+(?:he|she)\s+(?:announced|said|added)\b/;
const LEADING_VERB = /^[a-z]+(?:\s+(?:up|out|in|on))?\s+/;
const ITEM_JOIN = /,?\s+as well as\s+|;\s+/g;

/** Announced or pledged actions: "China has decided to establish three centers …". */
export function assembleCommitments(ctx: FactsContext): Commitment[] {
  const out: Commitment[] = [];
  for (const s of ctx.bodySentences) {
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    for (const m of text.matchAll(CUE)) {
      const actor = actorBefore(ctx, s, s.norm.start + m.index);
      if (!actor) continue;
      // "has decided to establish X": the pledged item is X (the verb says nothing a reader needs).
      const verb = /\sto$/.test(m[0].trimEnd()) ? LEADING_VERB.exec(text.slice(m.index + m[0].length)) : null;
      const objectStart = m.index + m[0].length + (verb ? verb[0].length : 0);
      const endMatch = OBJECT_END.exec(text.slice(objectStart));
      const objectEnd = endMatch ? objectStart + endMatch.index : text.length;
      for (const item of splitItems(text, objectStart, objectEnd)) {
        const range = trimRange(text, item);
        if (range.end - range.start < 3) continue;
        const from = s.norm.start + range.start;
        const to = s.norm.start + range.end;
        const count = ctx.quantitiesIn(from, to).find((q) => q.kind === 'cardinal');
        out.push({
          actor: actor.name,
          description: ctx.rawText(from, to),
          count: count && count.kind === 'cardinal' && Number.isInteger(count.value) && count.norm.start - from < 40 ? count.value : null,
          evidence: evidenceOf([ctx.segment(from, to)]),
          provenance: provenance('commitments/cue'),
        });
      }
      break; // one pledge per sentence: later cues restate it
    }
  }
  return out;
}

/** The country, person or organisation that is the cue's subject. */
function actorBefore(ctx: FactsContext, s: Sentence, cueAt: number): Entity | undefined {
  const before = ctx.mentionsIn(s.norm.start, cueAt).filter((m) => ['country', 'person', 'organization'].includes(m.entity.kind));
  const last = before[before.length - 1];
  if (!last) return undefined;
  const gap = ctx.text.slice(last.segment.norm.end, cueAt);
  return /^\s*(?:'s\s+\w+\s*)?(?:,[^,]*,\s*)?(?:also\s+|further\s+)?$/.test(gap) ? last.entity : undefined;
}

function splitItems(text: string, start: number, end: number) {
  const items: { start: number; end: number }[] = [];
  let cursor = start;
  for (const m of text.slice(start, end).matchAll(ITEM_JOIN)) {
    items.push({ start: cursor, end: start + m.index });
    cursor = start + m.index + m[0].length;
  }
  items.push({ start: cursor, end });
  return items;
}
