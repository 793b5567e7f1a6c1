import type { Token } from '@pressfacts/document';
import type { FactsContext } from './context.js';

/**
 * The tokens that lie inside a normalised range, in order. The token layer is ordered by
 * position, so a binary search finds the first one (the topic, commitment and quote rules ask
 * this for every candidate clause: a linear scan per call would be quadratic).
 */
export function tokensIn(ctx: FactsContext, start: number, end: number): Token[] {
  const tokens = ctx.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.norm.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.norm.end <= end; i++) out.push(tokens[i]!);
  return out;
}

/** True for a verb form that can head a clause ("rose", "will", "is"), per the tagger. */
export function isVerbal(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX';
}
