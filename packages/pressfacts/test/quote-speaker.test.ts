import { describe, expect, it } from 'vitest';
import { speakerFilling } from '../src/facts/quote-speaker.js';
import { contextOf } from './support/context.js';

describe('speakerFilling: the speaker phrase filling a range before a speech verb', () => {
  const text = 'Trade grew by a third over the past five years, Kazakh President Kassym-Jomart Tokayev said on Friday.';
  const ctx = contextOf(text, null);
  const comma = text.indexOf(',');
  const verb = text.indexOf(' said');

  it('names the person whose phrase fills the range', () => {
    expect(speakerFilling(ctx, comma + 1, verb, false)?.name).toBe('Kassym-Jomart Tokayev');
  });

  it('finds none where the range holds a verb or more words than a speaker phrase has', () => {
    // From the sentence's start: "grew" is a verb, and there are more than nine words.
    expect(speakerFilling(ctx, 0, verb, false)).toBeUndefined();
    expect(speakerFilling(ctx, text.indexOf('by a third'), verb, false)).toBeUndefined();
    // An empty range holds no word.
    expect(speakerFilling(ctx, comma + 1, comma + 1, false)).toBeUndefined();
  });

  it('reads "he" as the person named last', () => {
    const said = 'South African President Cyril Ramaphosa met the leaders. Trade will grow, he said.';
    const c = contextOf(said, null);
    expect(speakerFilling(c, said.lastIndexOf(',') + 1, said.lastIndexOf(' said'), false)?.name).toBe('Cyril Ramaphosa');
  });
});
