import type { Anchor, PersonRule } from '../anchor.js';
import type { PeopleContext } from '../context.js';
import { WordClass } from '../lexicon.js';
import { countNameWords, isPlausibleName, readNameBackward, readNameForward } from '../name-words.js';
import { matchPhrase } from '../title-match.js';

/** Words before a speaker that make it something else: "the Kremlin said", "a spokesperson for Beijing said". */
const NOT_A_SPEAKER_AFTER = new Set(['the', 'a', 'an', 'of', 'for', 'from', 'at', 'in', 'with', 'by', 'to', 'on', 'and', 'or']);
/** Words that may follow a speaker named after the cue: "said Modi in a speech". */
const AFTER_SPEAKER = new Set(['in', 'at', 'on', 'during', 'while', 'when', 'after', 'before', 'as', 'to', 'who', 'whose']);
const MAX_SPEAKER_WORDS = 4;
const NUMBER = /^\p{N}{1,2}$/u;

/**
 * A capitalised name next to a speech cue: "<Name> said", "<Name> on Tuesday hailed",
 * "…, said <Name>.", "according to <Name>". A one-word speaker is a surname-level guess
 * (`people/speaker-cue-surname`); a sentence-initial one only joins a person found otherwise.
 */
export const speakerCue: PersonRule = {
  id: 'people/speaker-cue',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let v = 0; v < words.length; v++) {
      if (((ctx.wordClass[v] as number) & WordClass.CUE) === 0) continue;
      const w = words[v]!;
      if (w.cap) continue;
      const phrases = ctx.lex.cues.get(w.akey);
      if (phrases === undefined) continue;
      const cue = matchPhrase(ctx, v, phrases);
      if (cue === null) continue;
      if (cue.row.nameBefore && !w.breakBefore) {
        const anchor = speakerBefore(ctx, skipFillers(ctx, v - 1) + 1);
        if (anchor !== null) out.push(anchor);
      }
      if (cue.row.nameAfter) {
        const anchor = speakerAfter(ctx, cue.end);
        if (anchor !== null) out.push(anchor);
      }
    }
    return out;
  },
};

function speakerBefore(ctx: PeopleContext, end: number): Anchor | null {
  const words = ctx.words;
  const last = words[end - 1];
  if (last === undefined || last.possessive || last.punct) return null;
  const start = readNameBackward(ctx, end, MAX_SPEAKER_WORDS);
  if (start === end) return null;
  const before = words[start - 1];
  if (before !== undefined && !words[start]!.breakBefore) {
    if (NOT_A_SPEAKER_AFTER.has(before.key)) return null;
    // "New Delhi said", "Global South said": the run is the tail of a longer proper noun.
    if (before.cap && !before.punct && ctx.lex.nonName.has(before.key) && !ctx.lex.stopWords.has(before.key) && !ctx.lex.titleWords.has(before.akey)) return null;
  }
  if (!isPlausibleName(ctx, start, end, { strictWords: true })) return null;
  const single = countNameWords(ctx, start, end) < 2;
  return anchor(start, end, single, single && words[start]!.sentenceStart);
}

function speakerAfter(ctx: PeopleContext, start: number): Anchor | null {
  const words = ctx.words;
  if (words[start] === undefined || words[start]!.breakBefore) return null;
  const end = readNameForward(ctx, start, MAX_SPEAKER_WORDS);
  if (end === start || words[end - 1]!.possessive) return null;
  const follow = words[end];
  const closes = follow === undefined || follow.breakBefore || follow.punct || (!follow.cap && AFTER_SPEAKER.has(follow.key));
  if (!closes || !isPlausibleName(ctx, start, end, { strictWords: true })) return null;
  return anchor(start, end, countNameWords(ctx, start, end) < 2, false);
}

function anchor(start: number, end: number, single: boolean, weak: boolean): Anchor {
  return {
    start,
    end,
    titles: [],
    affiliation: null,
    country: null,
    rule: single ? 'people/speaker-cue-surname' : 'people/speaker-cue',
    confidence: single ? 0.55 : 0.7,
    weak,
  };
}

/**
 * Steps left over words that may sit between a speaker and the cue ("also", "on Tuesday",
 * "on June 17"); returns the index of the last word before them.
 */
function skipFillers(ctx: PeopleContext, q: number): number {
  const words = ctx.words;
  const lex = ctx.lex;
  for (let guard = 0; guard < 3 && q >= 0; guard++) {
    const w = words[q]!;
    if (w.breakBefore) return q;
    if (!w.cap && w.key !== 'on' && lex.cueFillers.has(w.key)) {
      q--;
      continue;
    }
    if (lex.weekdays.has(w.key) && words[q - 1]?.key === 'on') {
      q -= 2;
      continue;
    }
    if (NUMBER.test(w.text) && lex.months.has(words[q - 1]?.key ?? '') && words[q - 2]?.key === 'on') {
      q -= 3;
      continue;
    }
    return q;
  }
  return q;
}
