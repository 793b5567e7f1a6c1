import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISSENT_CUES, NON_MEMBER_CUES } from '../src/data/agreement-parties.js';
import { ATTENDANCE_CUES, PARTICIPANT_ROLES } from '../src/data/participant-roles.js';
import { compileCues, cueTriggers } from '../src/facts/cue-pattern.js';
import type { FactsContext } from '../src/facts/context.js';
import { CLOSING_DAY, DURATION, firstMatchIn, GATHERING, matchesIn, NTH_DAY, OPENING_DAY, OTHER_EDITION, TAKES_PLACE } from '../src/facts/event-patterns.js';
import { alternation } from '../src/facts/text.js';
import { wordIndex, wordNeeds } from '../src/facts/word-index.js';
import { LEAD_WORDS } from '../src/facts/event.js';
import { contextOf } from './support/context.js';

// The participant rules run their table patterns only on sentences that hold the words the tables
// need (participants.ts): built here the same way, each gate must let through every text its
// pattern matches.
const phrases = (list: readonly string[]) => cueTriggers(`{${list.join('|')}}`);
const GATES: { name: string; pattern: RegExp; passes: (ctx: FactsContext) => boolean; examples: readonly string[] }[] = [
  {
    name: 'role lists',
    pattern: new RegExp(`\\b(${alternation(PARTICIPANT_ROLES.map((r) => r.plural))})\\s+(?:of|from)\\s+`, 'i'),
    passes: gate([phrases(PARTICIPANT_ROLES.map((r) => r.plural))]),
    examples: PARTICIPANT_ROLES.map((r) => r.example),
  },
  {
    name: 'attendance',
    pattern: new RegExp(compileCues(ATTENDANCE_CUES.map((r) => r.cue)).source, 'i'),
    passes: gate(ATTENDANCE_CUES.map((r) => cueTriggers(r.cue))),
    examples: ATTENDANCE_CUES.map((r) => r.example),
  },
  // agreement-parties.ts: dissent and non-member sentences.
  {
    name: 'dissent',
    pattern: new RegExp(`\\b(?:${alternation(DISSENT_CUES.map((r) => r.pattern))})(?!\\w)`, 'i'),
    passes: gate([phrases(DISSENT_CUES.map((r) => r.pattern))]),
    examples: DISSENT_CUES.map((r) => r.example),
  },
  {
    name: 'non-members',
    pattern: new RegExp(`\\b(?:${alternation(NON_MEMBER_CUES.map((r) => r.pattern))})\\b`),
    passes: gate([phrases(NON_MEMBER_CUES.map((r) => r.pattern))]),
    examples: NON_MEMBER_CUES.map((r) => r.example),
  },
];

/** A text passes when some cue's every list has a word in it (one list of lists per cue). */
function gate(cues: readonly (readonly (readonly string[])[])[]): (ctx: FactsContext) => boolean {
  const needs = cues.map(wordNeeds);
  return (ctx) => {
    const here = wordIndex(ctx).wordsIn(0, ctx.text.length);
    return needs.some((n) => here.holds(n));
  };
}

/** The gate never stops a text its pattern matches. */
function letsThrough(pattern: RegExp, passes: (ctx: FactsContext) => boolean, text: string): boolean {
  const ctx = contextOf(text, null);
  return !pattern.test(ctx.text) || passes(ctx);
}

// Table words in any case and spacing, glued to other words, and plain words around them.
const piece = fc.oneof(
  fc.constantFrom('took part', 'Took  Part', 'ATTENDED', 'attendees', 'heads of state', 'Heads\nof State', 'did not.', 'did not', 'observer', 'co-chaired by', 'joined host'),
  fc.constantFrom('the', 'of', 'from', 'in', 'Leaders', 'presidents', 'Astana', ',', '.', '-', 'İ', 'é', 'goodwill'),
);
const text = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '')).map(([parts, glue]) => parts.join(glue));

describe('sentence gates of the participant rules', () => {
  it('let through every example of their tables', () => {
    for (const { name, pattern, passes, examples } of GATES) {
      for (const example of examples) {
        const ctx = contextOf(example, null);
        expect(pattern.test(ctx.text), `${name}: ${example}`).toBe(true);
        expect(passes(ctx), `${name}: ${example}`).toBe(true);
      }
    }
  });

  it('let through every text their pattern matches', () => {
    for (const { pattern, passes } of GATES) {
      fc.assert(
        fc.property(text, (t) => letsThrough(pattern, passes, t)),
        { numRuns: 100 },
      );
    }
  });

  it('stop a text that holds none of the words', () => {
    const ctx = contextOf('The summit closed in Astana on Friday.', null);
    for (const { passes } of GATES) expect(passes(ctx)).toBe(false);
  });
});

// event.ts reads its hand-written patterns only through `matchesIn`: on any range of any text, the
// gated answer must be the pattern's own.
const EVENT_PATTERNS = [
  { name: 'gathering', gate: GATHERING, examples: ['The summit took place in Kigali.', 'Leaders MET on Friday.', 'Ministers gathered in Lima.'] },
  { name: 'other edition', gate: OTHER_EDITION, examples: ['Brazil will host the next one.', 'The summit is to be held in 2026.', 'Future sessions would be held online.'] },
  { name: 'takes place', gate: TAKES_PLACE, examples: ['The forum took place in Lima.', 'Talks are under way in Doha.', "The summit's venue is in Accra."] },
  { name: 'duration', gate: DURATION, examples: ['The two-day summit opened.', 'After three days of talks, they agreed.', 'They met over four days.'] },
  { name: 'opening day', gate: OPENING_DAY, examples: ['On the opening day, leaders adopted the plan.', 'On Day One they met.', 'The first  day closed.'] },
  { name: 'closing day', gate: CLOSING_DAY, examples: ['At the closing session they signed.', 'At the close of the summit, leaders agreed.', 'The meeting concluded with a treaty.'] },
  { name: 'nth day', gate: NTH_DAY, examples: ['On the second day, they signed.', 'On day three the talks ended.', 'On the 3rd day they met.'] },
];
const eventPiece = fc.oneof(
  fc.constantFrom('took place', 'TOOK PLACE', 'Summit', 'summits', 'meeting', 'hosted', 'will host', 'Will Host', 'to be held', 'would be held'),
  fc.constantFrom('the first summit to be held', 'future summits', 'Future Editions', 'next', 'UPCOMING', 'last', 'talks', 'met', 'session'),
  fc.constantFrom('two-day', 'Three-Day', '3 days of', 'over five days', 'days', 'day', 'under way', 'underway', 'takes place', 'Hosting'),
  fc.constantFrom('the', 'in', 'Astana', ',', '.', '-', "'s", '_', '2025', 'İ', 'é', 'resummit', 'helds'),
  fc.constantFrom('opening day', 'First Day', 'day one', 'DAY ONE', 'the second day', 'The 2nd  day', 'day three', 'closing session', 'final day', 'close of the summit', 'meeting concluded', 'Summit wrapped up', 'conference drew to a close', 'lastday', 'days'),
);
const eventText = fc.tuple(fc.array(eventPiece, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '', '\n'), fc.nat(), fc.nat()).map(([parts, glue, a, b]) => ({ text: parts.join(glue), a, b }));

describe('gates of the event patterns', () => {
  it('let through every example', () => {
    for (const { name, gate, examples } of EVENT_PATTERNS) {
      for (const example of examples) {
        const ctx = contextOf(example, null);
        expect(gate.pattern.test(ctx.text), `${name}: ${example}`).toBe(true);
        expect(matchesIn(ctx, gate, 0, ctx.text.length), `${name}: ${example}`).toBe(true);
      }
    }
  });

  it('answer as their pattern on any range of any text', () => {
    for (const { gate } of EVENT_PATTERNS) {
      fc.assert(
        fc.property(eventText, ({ text, a, b }) => {
          const ctx = contextOf(text, null);
          const n = ctx.text.length;
          const [start, end] = [Math.min(a % (n + 1), b % (n + 1)), Math.max(a % (n + 1), b % (n + 1))];
          const want = gate.pattern.exec(ctx.text.slice(start, end));
          return matchesIn(ctx, gate, start, end) === (want !== null) && JSON.stringify(firstMatchIn(ctx, gate, start, end)) === JSON.stringify(want);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('answer yes at once for a sure word, and read the pattern for a word that is only a gate', () => {
    const met = contextOf('Leaders MET in Astana; they took part.', null);
    expect(matchesIn(met, GATHERING, 0, met.text.length)).toBe(true);
    expect(matchesIn(met, GATHERING, met.text.indexOf('they'), met.text.length)).toBe(false);
    expect(matchesIn(met, GATHERING, met.text.indexOf('ET'), met.text.length)).toBe(false);
    const place = contextOf('The talks took place in Lima.', null);
    expect(matchesIn(place, GATHERING, place.text.indexOf('took'), place.text.length)).toBe(true);
  });

  it('stop a text that holds none of the words', () => {
    const ctx = contextOf('Leaders signed the accord in Astana on Friday.', null);
    for (const { gate } of EVENT_PATTERNS) expect(matchesIn(ctx, gate, 0, ctx.text.length)).toBe(false);
  });
});

describe('LEAD_WORDS: five words or more, without splitting', () => {
  it('answers as split(/\\s+/).length >= 5 on any text', () => {
    const piece = fc.constantFrom('a', 'Leaders', ' ', '  ', '\n', '\u00a0', '\t', 'x y', '', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        return LEAD_WORDS.test(text) === text.split(/\s+/).length >= 5;
      }),
      { numRuns: 2000 },
    );
    expect(LEAD_WORDS.test('Leaders met in Astana today.')).toBe(true);
    expect(LEAD_WORDS.test(' Leaders met in Astana')).toBe(true);
    expect(LEAD_WORDS.test('Leaders met in Astana')).toBe(false);
  });
});
