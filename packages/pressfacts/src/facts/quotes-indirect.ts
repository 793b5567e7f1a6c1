import type { Sentence } from '@pressfacts/document';
import { LEADING_VERB_FORMS, LISTENER_VERB_FORMS, SPEECH_VERB_FORMS } from '../data/speech-verbs.js';
import type { FactsContext } from './context.js';
import { sourceSpeaker } from './quote-source.js';
import { firstSpeakerMention, speakerEndingAt, speakerFilling, type Speaker } from './quote-speaker.js';
import { findTokenIn, tokenAtIn, tokensIn } from './lookups.js';
import { alternation, matchesOf, wordCount } from './text.js';
import { cueTriggers, openingWords } from './cue-pattern.js';
import { cueMatches, wordScanner } from './cue-scan.js';
import { wordIndex, wordNeeds } from './word-index.js';

/** A reported quote: its clause, its speaker and the rule that found it. */
export interface Reported {
  readonly speaker: Speaker;
  readonly from: number;
  readonly to: number;
  readonly rule: string;
}

const SPEECH = new RegExp(`\\b(?:${alternation(SPEECH_VERB_FORMS)})\\b`, 'gi');
/** The same pattern without the global flag, for a single search that leaves no lastIndex behind. */
const SPEECH_ONCE = new RegExp(SPEECH.source, 'i');
/** The words SPEECH needs (a sentence without one of them has no attribution to look for), read from the same forms. */
const SPEECH_NEEDS = wordNeeds(cueTriggers(`{${[...SPEECH_VERB_FORMS].join('|')}}`));
/** SPEECH tried only where a form's first word stands. */
export const SPEECH_SCAN = wordScanner(SPEECH, openingWords(`{${[...SPEECH_VERB_FORMS].join('|')}}`));
const ACCORDING_NEEDS = wordNeeds(cueTriggers('according to'));
const ACCORDING_LEAD = /^according to\s+/i;
const ACCORDING_MID = /,\s+according to\s+/i;
/** What may follow a trailing attribution: the end, ", adding …", "in a keynote speech", "as she closed …". */
const AFTER_ATTRIBUTION = /^(?:\s*[.!?]?\s*$|\s*,|\s+(?:in|at|on|during|after|before|while|as|when|from|to|via|through)\b)/i;
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
/** Narration the writer adds after the reported clause ("…, after leaders agreed …", "…, where …"). */
const CLAUSE_TAIL = /,\s+(?:after|before|where|according to)\s/i;
const MIN_WORDS = 3;
/** Words that may stand between a speech verb and "that" ("said at the summit that", "warned in June that"). */
const ADJUNCT_OPENERS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'following', 'last', 'this', 'earlier', 'later', 'also', 'again', 'repeatedly', 'yesterday', 'today']);
const MAX_LISTENER_CHARS = 60;
/** How far a trailing attribution's verb may sit from its comma, and what is read after it. */
const MAX_ATTRIBUTION_GAP = 200;

/**
 * Reported speech in one sentence without quotation marks, one quote per sentence:
 * "According to X, …" / "…, according to X", "…, X said" / "…, said X", "X said (that) …".
 */
export function reportedSpeech(ctx: FactsContext, s: Sentence): Reported | null {
  const start = Math.max(s.norm.start, ctx.header.bodyStart);
  const words = wordIndex(ctx).wordsIn(start, s.norm.end);
  const according = words.holds(ACCORDING_NEEDS) ? accordingTo(ctx, start, s.norm.end) : null;
  if (according !== null) return according;
  if (!words.holds(SPEECH_NEEDS)) return null;
  // Both readings look at the same speech verbs: find them once, always from the sentence's start.
  const verbs = cueMatches(ctx, SPEECH_SCAN, start, ctx.text.slice(start, s.norm.end));
  return trailingAttribution(ctx, start, s.norm.end, verbs) ?? leadingAttribution(ctx, start, s.norm.end, verbs);
}

function accordingTo(ctx: FactsContext, start: number, end: number): Reported | null {
  const text = ctx.text.slice(start, end);
  const lead = ACCORDING_LEAD.exec(text);
  if (lead) {
    const comma = text.indexOf(',', lead[0].length);
    if (comma === -1) return null;
    const speaker = sourceSpeaker(ctx, start + lead[0].length, start + comma);
    if (!speaker) return null;
    return clause(ctx, speaker, start + comma + 1, end, 'quotes/according-to');
  }
  const mid = ACCORDING_MID.exec(text);
  if (!mid) return null;
  const srcStart = start + mid.index + mid[0].length;
  const comma = text.indexOf(',', mid.index + mid[0].length);
  const speaker = sourceSpeaker(ctx, srcStart, comma === -1 ? end : start + comma);
  if (!speaker) return null;
  return clause(ctx, speaker, start, start + mid.index, 'quotes/according-to');
}

/** "…, Xi said[, adding …]." / "…, said Chinese President Xi Jinping in a keynote speech." */
function trailingAttribution(ctx: FactsContext, start: number, end: number, verbs: readonly RegExpExecArray[]): Reported | null {
  const text = ctx.text.slice(start, end);
  let next = 0;
  let checked: RegExpExecArray | undefined;
  let endsClause = false;
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    while (next < verbs.length && verbs[next]!.index <= comma) next++;
    const verb = verbs[next];
    if (!verb) break; // no speech verb after this comma: none after later ones either
    if (verb.index - comma > MAX_ATTRIBUTION_GAP) continue; // a speaker's noun phrase is short
    const from = start + comma + 1;
    const verbStart = start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    if (/^\s*$/.test(text.slice(comma + 1, verb.index))) {
      // Inverted: ", said Ana Costa, secretary-general of …".
      const mention = firstSpeakerMention(ctx, verbEnd, Math.min(end, verbEnd + MAX_ATTRIBUTION_GAP));
      if (mention && speakerFilling(ctx, verbEnd, mention.segment.norm.end, false)) {
        return clause(ctx, { name: mention.entity.name, at: mention.segment.norm }, start, start + comma, 'quotes/indirect-said-inverted');
      }
      continue;
    }
    // What follows the verb is the cheaper test, and the same for every comma before it: read it first, once per verb.
    if (checked !== verb) {
      checked = verb;
      endsClause = endsAttribution(ctx, verb, verbEnd, end);
    }
    if (!endsClause) continue;
    const speaker = speakerFilling(ctx, from, verbStart, false);
    if (!speaker) continue;
    return clause(ctx, speaker, start, start + comma, 'quotes/indirect-said-after');
  }
  return null;
}

/** Who is told, after a verb like "told" ("told reporters"). */
const LISTENER = /^\s+[^,.;:"]{1,40}?(?=[,.]|\s*$)/;

/** Does what follows a trailing speech verb close the attribution (the end, ", adding …", "in a keynote speech")? */
function endsAttribution(ctx: FactsContext, verb: RegExpExecArray, verbEnd: number, end: number): boolean {
  const rest = ctx.text.slice(verbEnd, Math.min(end, verbEnd + MAX_ATTRIBUTION_GAP));
  const listener = LISTENER_VERB_FORMS.has(verb[0].toLowerCase()) ? LISTENER.exec(rest) : null;
  return AFTER_ATTRIBUTION.test(listener ? rest.slice(listener[0].length) : rest);
}

/** "Xi said (that) …", "Modi told the summit that …", "In Moscow, Kremlin spokesman Dmitry Peskov said …". */
function leadingAttribution(ctx: FactsContext, start: number, end: number, verbs: readonly RegExpExecArray[]): Reported | null {
  for (const verb of verbs) {
    const form = verb[0].toLowerCase().replace(/\s+/g, ' ');
    if (!LEADING_VERB_FORMS.has(form)) continue;
    const verbStart = start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    const opened = clauseAfterVerb(ctx, verbEnd, end, LISTENER_VERB_FORMS.has(form));
    if (!opened) continue;
    const speaker = speakerEndingAt(ctx, start, verbStart, opened.that) ?? coordinatedSubject(ctx, start, verbStart, opened.that);
    if (!speaker) continue;
    return clause(ctx, speaker, opened.at, clauseEnd(ctx, opened.at, end), 'quotes/indirect-said-that');
  }
  return null;
}

/** "Tokayev welcomed the leaders and said …": the subject of the first verb speaks. */
function coordinatedSubject(ctx: FactsContext, start: number, verbStart: number, that: boolean): Speaker | undefined {
  if (!/\s+and\s*$/.test(ctx.text.slice(Math.max(start, verbStart - 8), verbStart))) return undefined;
  const first = findTokenIn(ctx, start, verbStart, (t) => t.pos === 'VERB');
  return first === undefined ? undefined : speakerFilling(ctx, start, first.norm.start, that);
}

/** Where the reported clause starts after the verb: after "that", a colon, or straight away. */
function clauseAfterVerb(ctx: FactsContext, verbEnd: number, end: number, listener: boolean): { at: number; that: boolean } | null {
  const rest = ctx.text.slice(verbEnd, Math.min(end, verbEnd + MAX_ATTRIBUTION_GAP));
  const that = /^\s*(?:that\b[\s,]*|:\s*)/i.exec(rest);
  if (that) return { at: verbEnd + that[0].length, that: true };
  // "told reporters that", "said at the summit that", "warned in June that".
  const tokens = tokensIn(ctx, verbEnd, Math.min(end, verbEnd + MAX_ATTRIBUTION_GAP));
  const first = tokens[0];
  if (!first) return null;
  if (listener || ADJUNCT_OPENERS.has(first.value.toLowerCase())) {
    const limit = Math.min(tokens.length, 10);
    for (let i = 1; i < limit; i++) {
      const t = tokens[i]!;
      if (/^[,.;:"]$/.test(t.value) || t.norm.start - verbEnd > MAX_LISTENER_CHARS) break;
      if (t.value.toLowerCase() === 'that') {
        const after = /^[\s,]*/.exec(ctx.text.slice(t.norm.end, Math.min(end, t.norm.end + 8)))![0].length;
        return { at: t.norm.end + after, that: true };
      }
    }
    return null;
  }
  return CLAUSE_OPENERS.has(first.pos) ? { at: first.norm.start, that: false } : null;
}

/** The reported clause ends before narration: ", and urged …", ", after leaders agreed …". */
const OTHER_SPEAKER_JOIN = /,?\s+(?:and|while|but|whereas)\s+/gi;
const COMMA_AND = /,\s+and\s+/gi;

function clauseEnd(ctx: FactsContext, from: number, end: number): number {
  const text = ctx.text.slice(from, end);
  let cut = text.length;
  const tail = CLAUSE_TAIL.exec(text);
  if (tail) cut = tail.index;
  // "…, while Philippine President Marcos warned that …": another speaker's words start.
  for (const m of matchesOf(OTHER_SPEAKER_JOIN, text.slice(0, cut))) {
    const next = from + m.index + m[0].length;
    const verb = SPEECH_ONCE.exec(ctx.text.slice(next, Math.min(end, next + 100)));
    if (verb && speakerFilling(ctx, next, next + verb.index, false)) {
      cut = m.index;
      break;
    }
  }
  // ", and [he] urged …" / ", and did not rule out …": the speaker does something else.
  for (const m of matchesOf(COMMA_AND, text.slice(0, cut))) {
    const at = from + m.index + m[0].length;
    const first = tokenAtIn(ctx, at, Math.min(end, at + 40), 0);
    const verb = first?.pos === 'PRON' && /^(?:he|she|they)$/i.test(first.value) ? tokenAtIn(ctx, at, Math.min(end, at + 40), 1) : first;
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && /(?:ed|did|was)$/i.test(verb.value)) {
      cut = m.index;
      break;
    }
  }
  return from + cut;
}

function clause(ctx: FactsContext, speaker: Speaker, from: number, to: number, rule: string): Reported | null {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(ctx.text[a]!)) a++;
  while (b > a && /[\s.,;:]/.test(ctx.text[b - 1]!)) b--;
  if (wordCount(ctx.text.slice(a, b), MIN_WORDS) < MIN_WORDS) return null;
  return { speaker, from: a, to: b, rule };
}
