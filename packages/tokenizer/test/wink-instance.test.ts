import { describe, expect, it } from 'vitest';
import { getWink, readWithWink, WINK_READS_PER_INSTANCE } from '../src/sentences/wink.js';

describe('the shared wink-nlp instance', () => {
  it('is the same instance from one document to the next', () => {
    const first = getWink();
    expect(getWink()).toBe(first);
    expect(WINK_READS_PER_INSTANCE).toBeGreaterThanOrEqual(10_000);
  });

  it('is replaced after the given number of reads (its vocabulary grows with every new word)', () => {
    const first = getWink(1); // a new instance: the current one has read at least one document
    const second = getWink(3);
    const third = getWink(3);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(getWink(3)).not.toBe(first);
  });

  it('reads the same tokens, tags and sentences before and after it is replaced', () => {
    const text = 'Trade reached $41.37 billion in 2024, up 12.6%. Leaders met in Almaty on Tuesday.';
    // Teach the current instance some new words first, then read on a fresh instance.
    for (let i = 0; i < 5; i++) readWithWink(`Exports of ${i * 97 + 11}.${i} tonnes from Qaraghandy-${i} rose.`);
    const taught = readWithWink(text);
    const fresh = readWithWink(text, 1);
    expect(fresh).toEqual(taught);
    expect(fresh.values).toContain('41.37');
    expect(fresh.sentences).toHaveLength(2);
  });
});
