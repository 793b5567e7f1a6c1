import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_CUES } from '../src/data/commitment-verbs.js';
import { TOPIC_CUES, TOPIC_TRAILING_CUES } from '../src/data/topic-cues.js';
import { cueSource, cueTriggers, openingWords } from '../src/facts/cue-pattern.js';
import { type CueScanner, cueFound, cueMatches, cueScanner } from '../src/facts/cue-scan.js';
import { isVague, TRAILING_JOIN, trailingJoinStart, VAGUE } from '../src/facts/commitments.js';
import { HEAD_REFERENCE_SCAN } from '../src/facts/head-references.js';
import { VAGUE_PREDICATES } from '../src/data/commitment-verbs.js';
import { ATTENDANCE_SCANS, ROLE_SCAN } from '../src/facts/participants.js';
import { EMBEDDING_SCAN, SPEECH_ALL_SCAN } from '../src/facts/quotes.js';
import { SPEECH_SCAN } from '../src/facts/quotes-indirect.js';
import { ATTENDANCE_CUES, PARTICIPANT_ROLES } from '../src/data/participant-roles.js';
import { SPEECH_VERB_FORMS } from '../src/data/speech-verbs.js';
import { matchesOf } from '../src/facts/text.js';
import type { FactsContext } from '../src/facts/context.js';
import { wordIndex, wordNeeds } from '../src/facts/word-index.js';
import { contextOf } from './support/context.js';

/** cueMatches finds exactly what the scanner's global pattern's exec loop finds (compared as `shown` prints). */
const matchesAsGlobal =
  (shown: (ms: RegExpExecArray[]) => string) =>
  (ctx: FactsContext, scanner: CueScanner, start: number, slice: string): boolean =>
    shown(cueMatches(ctx, scanner, start, slice)) === shown(matchesOf(scanner.global, slice));

/**
 * The property the scanner suites hold: on any range of any text glued from `piece`s, what the
 * word-index reading of each scanner gives `agrees` with its global pattern's scan of the range.
 */
function agreesWithGlobalScan(
  piece: fc.Arbitrary<string>,
  maxLength: number,
  scanners: readonly CueScanner[],
  agrees: (ctx: FactsContext, scanner: CueScanner, start: number, slice: string) => boolean,
  numRuns: number,
): void {
  const text = fc.tuple(fc.array(piece, { minLength: 1, maxLength }), fc.constantFrom(' ', '  ', ''), fc.nat(), fc.nat()).map(([parts, glue, a, b]) => ({ text: parts.join(glue), a, b }));
  fc.assert(
    fc.property(text, ({ text, a, b }) => {
      const ctx = contextOf(text, null);
      const n = ctx.text.length;
      const [start, end] = [Math.min(a % (n + 1), b % (n + 1)), Math.max(a % (n + 1), b % (n + 1))];
      const slice = ctx.text.slice(start, end);
      return scanners.every((scanner) => agrees(ctx, scanner, start, slice));
    }),
    { numRuns },
  );
}

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
      expect(wordIndex(ctx).wordsIn(0, ctx.text.length).holds(wordNeeds(cueTriggers(row.cue))), row.cue).toBe(true);
    }
  });
});

describe('wordIndex: whole words by position', () => {
  // Needs are compiled before an index is read, as rule modules do at load.
  const will = wordNeeds([['will']]);
  const provide = wordNeeds([['provide']]);
  const japanAid = wordNeeds([['japan'], ['aid', 'help']]);
  const japanMatter = wordNeeds([['japan'], ['matter']]);
  const good = wordNeeds([['good']]);
  const goodMatter = wordNeeds([['good'], ['matter']]);
  const ctx = contextOf('Japan WILL provide aid. Goodwill and will-power matter.');
  const words = wordIndex(ctx);
  const second = ctx.text.indexOf('Goodwill');

  it('finds a word in any case only inside the range', () => {
    expect(words.wordsIn(0, second).holds(will)).toBe(true);
    expect(words.wordsIn(second, ctx.text.length).holds(provide)).toBe(false);
  });

  it('asks for a word of every list', () => {
    expect(words.wordsIn(0, second).holds(japanAid)).toBe(true);
    expect(words.wordsIn(0, second).holds(japanMatter)).toBe(false);
  });

  it('reads words as `\\b` bounds them: "goodwill" holds no "will", "will-power" does', () => {
    const and = ctx.text.indexOf('and');
    expect(words.wordsIn(second, and).holds(will)).toBe(false);
    expect(words.wordsIn(and, ctx.text.length).holds(will)).toBe(true);
  });

  it('counts the piece of a word the range cuts', () => {
    const at = ctx.text.indexOf('will', second);
    expect(words.wordsIn(at, at + 4).holds(will)).toBe(true);
    expect(words.wordsIn(second, second + 4).holds(good)).toBe(true);
    expect(words.wordsIn(second, second + 4).holds(goodMatter)).toBe(false);
  });

  it('says "maybe" for a word compiled after the index was read', () => {
    expect(words.wordsIn(0, second).holds(wordNeeds([['zanzibar']]))).toBe(true);
  });

  it('tells where the words of one list start, or null when it cannot', () => {
    const willOrGood = wordNeeds([['will', 'good']]);
    expect(words.startsOf(willOrGood, 0, ctx.text.length)).toEqual([ctx.text.indexOf('WILL'), ctx.text.indexOf('will-')]);
    expect(words.startsOf(willOrGood, 0, second)).toEqual([ctx.text.indexOf('WILL')]);
    // A cut word ("Good|will") or a word compiled after the index was read: no answer.
    expect(words.startsOf(willOrGood, second + 4, ctx.text.length)).toBeNull();
    expect(words.startsOf(wordNeeds([['zanzibar']]), 0, second)).toBeNull();
    expect(words.startsOf(japanAid, 0, second)).toBeNull();
  });
});

describe('cueMatches: a cue tried only where its opening words start', () => {
  it('reads the opening words of a cue', () => {
    expect(openingWords('{is|are} ready to')).toEqual(['is', 'are']);
    expect(openingWords('{set aside|earmarked} for')).toEqual(['set', 'earmarked']);
    expect(openingWords(', {pledging|vowing} to')).toBeNull();
    expect(openingWords('{issue|topic}{s|}')).toBeNull();
  });

  // Every cue of the three tables, as commitments.ts and topics.ts compile them (plain cue sources).
  const cues = [...TOPIC_CUES, ...TOPIC_TRAILING_CUES, ...COMMITMENT_CUES].map((row) => ({ cue: row.cue, scanner: cueScanner(cueSource(row.cue), row.cue) }));
  const words = [...new Set([...TOPIC_CUES, ...TOPIC_TRAILING_CUES, ...COMMITMENT_CUES].flatMap((row) => row.example.split(/\s+/)))];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('IS', 'Will', 'to', ',', 'the', 'aside', 'set', '_is', 'is2', 'isn', 'é'));

  it('finds what the global pattern finds, on any range of any text', () => {
    const shown = (ms: RegExpExecArray[]) => JSON.stringify(ms.map((m) => [m.index, m[0]]));
    agreesWithGlobalScan(piece, 14, cues.map((c) => c.scanner), matchesAsGlobal(shown), 150);
  });

  it('finds every example of every table', () => {
    for (const { cue, scanner } of cues) {
      const row = [...TOPIC_CUES, ...TOPIC_TRAILING_CUES, ...COMMITMENT_CUES].find((r) => r.cue === cue)!;
      const ctx = contextOf(row.example);
      expect(cueMatches(ctx, scanner, 0, ctx.text).length, cue).toBeGreaterThan(0);
    }
  });
});

describe('cueMatches: the rules\' own word-opened patterns', () => {
  const scanners = { SPEECH_SCAN, SPEECH_ALL_SCAN, EMBEDDING_SCAN, ROLE_SCAN, HEAD_REFERENCE_SCAN };
  it('each knows its opening words', () => {
    for (const [name, scanner] of Object.entries(scanners)) expect(scanner.sticky, name).not.toBeNull();
  });

  const piece = fc.oneof(
    fc.constantFrom(...SPEECH_VERB_FORMS, 'called', 'Dubbed'),
    fc.constantFrom(...PARTICIPANT_ROLES.map((r) => r.plural), 'Heads of State', 'of', 'from'),
    fc.constantFrom('the', 'The', 'THE', 'meeting', 'ministerial', 'summit', 'Summit', 'said', 'saidx', '_said', ',', '.', 'é', 'Xi'),
  );

  it('finds what the global pattern finds, on any range of any text', () => {
    const shown = (ms: RegExpExecArray[]) => JSON.stringify(ms.map((m) => [m.index, ...m]));
    agreesWithGlobalScan(piece, 12, Object.values(scanners), matchesAsGlobal(shown), 200);
  });
});

describe('cueFound: whether a scanner\'s pattern matches anywhere', () => {
  const scanners = [...ATTENDANCE_SCANS.map((a) => a.scan), ROLE_SCAN, HEAD_REFERENCE_SCAN];
  const piece = fc.oneof(
    fc.constantFrom(...ATTENDANCE_CUES.flatMap((r) => r.example.split(/\s+/)), 'Took', 'PART', 'present', 'were', 'co-chaired', 'co', 'chaired', 'by', 'host', 'Host'),
    fc.constantFrom('the', 'leaders', 'of', 'from', '_took', 'took2', ',', '.', 'é', 'Xi'),
  );

  it('each attendance cue that opens with plain words is tried only where they start', () => {
    expect(ATTENDANCE_SCANS.map((a) => a.scan.sticky !== null)).toEqual(ATTENDANCE_CUES.map((r) => openingWords(r.cue) !== null));
    expect(ATTENDANCE_SCANS.filter((a) => a.scan.sticky !== null).length).toBeGreaterThan(2);
  });

  it('answers as the global pattern on any range of any text', () => {
    const foundAsGlobal = (ctx: FactsContext, scanner: CueScanner, start: number, slice: string) => cueFound(ctx, scanner, start, slice) === matchesOf(scanner.global, slice).length > 0;
    agreesWithGlobalScan(piece, 10, scanners, foundAsGlobal, 400);
  });

  it('finds every attendance example and misses a sentence without a cue', () => {
    for (const row of ATTENDANCE_CUES) {
      const ctx = contextOf(row.example);
      expect(ATTENDANCE_SCANS.some((a) => cueFound(ctx, a.scan, 0, ctx.text)), row.cue).toBe(true);
    }
    const ctx = contextOf('The summit opened in Quito. Peru and Chile signed a treaty.');
    expect(ATTENDANCE_SCANS.some((a) => cueFound(ctx, a.scan, 0, ctx.text))).toBe(false);
  });
});

describe('isVague: the vague-predicate pattern read only after its opening word', () => {
  const piece = fc.oneof(
    fc.constantFrom(...VAGUE_PREDICATES.flatMap((r) => r.example.split(/\s+/))),
    fc.constantFrom('Work', 'STAND', 'stay in', 'host', 'hosts', '_work', 'work2', ' ', ',', 'the', 'next', 'é', 'Continue'),
  );
  it('answers as the pattern on any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom(' ', ''), (parts, glue) => {
        const text = parts.join(glue);
        return isVague(text) === VAGUE.test(text);
      }),
      { numRuns: 500 },
    );
    for (const row of VAGUE_PREDICATES) {
      const predicate = row.example.slice(row.example.search(new RegExp(cueSource(row.predicate), 'i')));
      expect(isVague(predicate), row.predicate).toBe(true);
    }
  });
});

describe('trailingJoinStart: the trailing join read on the tail only', () => {
  it('answers as the pattern on the whole text', () => {
    const piece = fc.constantFrom('and', 'AND', 'but', 'while', 'as well as', 'As Well As', 'x', ' ', '  ', ',', '.', ';', ':', '\n', 'grand', 'as', 'well', '\u00a0', 'ab', 'provide schools');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        return trailingJoinStart(text) === text.replace(TRAILING_JOIN, '').length;
      }),
      { numRuns: 3000 },
    );
    expect(trailingJoinStart('build a new port in Lima, and ')).toBe('build a new port in Lima'.length);
  });
});
