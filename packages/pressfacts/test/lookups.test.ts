import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLastTokenIn, findTokenIn, tokenAtIn, tokensIn } from '../src/facts/lookups.js';
import { contextOf, release } from './support/context.js';

describe('token questions over a range, answered by index', () => {
  const ctx = contextOf(release('Leaders of the G20 met in Rio de Janeiro on Monday, and China said it will provide $1 billion.'));
  const isVerb = (t: { pos: string }) => t.pos === 'VERB';

  it('answer as the copied tokens would', () => {
    const n = ctx.text.length;
    fc.assert(
      fc.property(fc.nat(n + 2), fc.nat(n + 2), fc.nat(3), (a, b, k) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        const tokens = tokensIn(ctx, start, end);
        return (
          findTokenIn(ctx, start, end, isVerb) === tokens.find(isVerb) &&
          findLastTokenIn(ctx, start, end, isVerb) === tokens.findLast(isVerb) &&
          tokenAtIn(ctx, start, end, k) === tokens[k]
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('find the first and last verb of a clause, and the k-th token', () => {
    const start = ctx.text.indexOf('Leaders');
    const end = ctx.text.indexOf('$1');
    expect(findTokenIn(ctx, start, end, isVerb)?.value).toBe('met');
    expect(findLastTokenIn(ctx, start, end, isVerb)?.value).toBe('provide');
    expect(tokenAtIn(ctx, start, end, 1)?.value).toBe('of');
    expect(tokenAtIn(ctx, start, start + 3, 0)).toBeUndefined();
    expect(findTokenIn(ctx, start, start + 7, isVerb)).toBeUndefined();
  });
});
