import { describe, expect, it } from 'vitest';
import { COMMITMENT_CUES } from '../src/data/commitment-verbs.js';
import { TOPIC_CUES, TOPIC_TRAILING_CUES } from '../src/data/topic-cues.js';
import { cueSource, cueTriggers } from '../src/facts/cue-pattern.js';
import { wordIndex, wordNeeds } from '../src/facts/word-index.js';
import { contextOf } from './support/context.js';

describe('cueTriggers: the words a cue needs', () => {
  it('reads one list per part that opens with plain words', () => {
    expect(cueTriggers('{is|are} ready to')).toEqual([['is', 'are'], ['ready'], ['to']]);
    expect(cueTriggers('{set aside|earmarked} for')).toEqual([['set', 'earmarked'], ['for']]);
    expect(cueTriggers('{session|panel}{,|} on')).toEqual([['session', 'panel'], ['on']]);
  });

  it('asks nothing of a gap, punctuation or a choice glued to a word', () => {
    expect(cueTriggers(', in')).toEqual([['in']]);
    expect(cueTriggers('{organized|built} * {around|on}')).toEqual([['organized', 'built'], ['around', 'on']]);
    expect(cueTriggers('{issue|topic}{s|}')).toEqual([]);
    expect(cueTriggers("{co-finance|fund}")).toEqual([]);
  });

  it('never rules out a sentence its cue matches (every example of every table)', () => {
    for (const row of [...TOPIC_CUES, ...TOPIC_TRAILING_CUES, ...COMMITMENT_CUES]) {
      const ctx = contextOf(row.example);
      const re = new RegExp(cueSource(row.cue), 'i');
      expect(re.test(ctx.text), row.cue).toBe(true);
      expect(wordIndex(ctx).holds(wordNeeds(cueTriggers(row.cue)), 0, ctx.text.length), row.cue).toBe(true);
    }
  });
});

describe('wordIndex: whole words by position', () => {
  const ctx = contextOf('Japan WILL provide aid. Goodwill and will-power matter.');
  const words = wordIndex(ctx);
  const second = ctx.text.indexOf('Goodwill');
  const will = wordNeeds([['will']]);

  it('finds a word in any case only inside the range', () => {
    expect(words.holds(will, 0, second)).toBe(true);
    expect(words.holds(wordNeeds([['provide']]), second, ctx.text.length)).toBe(false);
  });

  it('asks for a word of every list', () => {
    expect(words.holds(wordNeeds([['japan'], ['aid', 'help']]), 0, second)).toBe(true);
    expect(words.holds(wordNeeds([['japan'], ['matter']]), 0, second)).toBe(false);
  });

  it('reads words as `\\b` bounds them: "goodwill" holds no "will", "will-power" does', () => {
    const and = ctx.text.indexOf('and');
    expect(words.holds(will, second, and)).toBe(false);
    expect(words.holds(will, and, ctx.text.length)).toBe(true);
  });

  it('counts the piece of a word the range cuts', () => {
    const good = ctx.text.indexOf('will', second);
    expect(words.holds(will, good, good + 4)).toBe(true);
    expect(words.holds(wordNeeds([['good']]), second, second + 4)).toBe(true);
    expect(words.holds(wordNeeds([['good'], ['matter']]), second, second + 4)).toBe(false);
  });
});
