import type { Quantity } from '@pressfacts/document';
import { COUNT_CONTAINERS } from '../data/figure-cues.js';
import { isVerb, lower, type ChunkedText } from './chunks.js';
import type { FactsContext } from './context.js';
import { changedBy } from './figure-subject.js';
import { antecedent, lastVerb, objectBefore, shown, skipQualifiersBack } from './figure-words.js';
import { nounPhraseAfter, nounPhraseBefore, trimDeterminers } from './noun-phrases.js';
import { firstTokenFrom } from './token-search.js';

const CONTAINER: ReadonlySet<string> = new Set(COUNT_CONTAINERS.flatMap((r) => r.words));

/**
 * What a count is the size of, when the sentence says: the noun a relative clause hangs on
 * ("the Alliance, which had drawn the backing of 82 countries"), the object raised to it
 * ("bringing the SCO's membership to 10 countries"), the noun it is the size of ("a market of
 * 700 million consumers") or, when the count is the subject, what it
 * acted on ("48 countries have ratified the Free Trade Area"). Otherwise null: "5,000 delegates
 * attended" counts people, it measures nothing else.
 */
export function countSubjectOf(ctx: FactsContext, q: Quantity, text: ChunkedText): string | null {
  const { tokens } = text;
  const first = firstTokenFrom(tokens, q.norm.start);
  const c = text.chunkAt(q.norm.start);
  if (first < 0 || c < 0) return null;
  const chunk = text.chunks[c]!;
  if (chunk.kind === 'relative' && c > 0) return shown(ctx, tokens, antecedent(text, c));
  const lead = skipQualifiersBack(tokens, first, chunk.from);
  // "a market of more than 700 million consumers": the noun the count is the size of.
  if (lower(tokens[lead - 1]) === 'of' && lead - 1 > chunk.from) {
    const from = trimDeterminers(tokens, nounPhraseBefore(tokens, lead - 1, chunk.from, false), lead - 1);
    if (from < lead - 1 && CONTAINER.has(lower(tokens[lead - 2]))) return shown(ctx, tokens, { from, to: lead - 1 });
  }
  const verb = lastVerb(tokens, chunk.from, first);
  // "install shore power at 12 berths": "at" a count says where, not what it is the size of.
  if (verb >= 0) return lower(tokens[lead - 1]) === 'at' ? null : (shown(ctx, tokens, objectBefore(tokens, verb, lead)) ?? changedBy(ctx, text, c, verb, lead));
  if (trimDeterminers(tokens, chunk.from, lead) < lead) return null;
  // The count opens its clause: skip its noun, then the verb group, then read the object.
  let i = firstTokenFrom(tokens, q.norm.end);
  while (i >= 0 && i < chunk.to && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i]!.pos)) i++;
  const verbStart = i;
  while (i >= 0 && i < chunk.to && (isVerb(tokens[i]) || tokens[i]!.pos === 'ADV')) i++;
  if (i <= verbStart || !tokens.slice(verbStart, i).some((t) => t.pos === 'VERB') || !/^(?:DET|NOUN|PROPN|ADJ)$/.test(tokens[i]?.pos ?? '')) return null;
  const to = nounPhraseAfter(tokens, i, chunk.to);
  return to > i ? shown(ctx, tokens, { from: trimDeterminers(tokens, i, to), to }) : null;
}
