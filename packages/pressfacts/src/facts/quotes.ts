import type { Entity, Segment, Sentence } from '@pressfacts/document';
import type { Quote } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { SPEECH_VERB_FORMS } from '../data/speech-verbs.js';
import { evidenceOf, type FactsContext, type Mention } from './context.js';
import { alternation, wordCount } from './text.js';

const VERB = alternation(SPEECH_VERB_FORMS);
// After a speaker: "Xi said", "Xi on Tuesday said", "Modi's office said" is not covered on purpose.
const VERB_AFTER_SPEAKER = new RegExp(`^(?:\\s+(?:on|in|at)\\s+[A-Z]?\\w+)?\\s+(?:${VERB})\\b`, 'i');
const VERB_BEFORE_SPEAKER = new RegExp(`(?:^|[,"]\\s*)(?:${VERB})\\s+(?:(?:the\\s+)?[A-Z][\\w.'-]*\\s+){0,4}$`);
const PRONOUN_SPEAKER = new RegExp(`^,?\\s*(he|she)\\s+(?:${VERB})\\b`, 'i');
const SAID_THAT = new RegExp(`^(?:\\s+(?:on|in|at)\\s+[A-Z]?\\w+)?\\s+(?:${VERB})\\s+(?:that\\s+|:\\s*)`, 'i');
const ACCORDING_TO = /^according to\s+$/i;
const CONTINUATION = new RegExp(`^[^"]{0,80}\\b(?:${VERB})\\b[^"]*,\\s*$`, 'i');
/** Quoted phrases shorter than this, with no one saying them, are scare quotes or titles. */
const MIN_UNATTRIBUTED_WORDS = 6;

interface Found {
  speaker: Entity | null;
  text: string;
  direct: boolean;
  evidence: Segment[];
  rule: string;
  at: number;
  /** Normalised offset of the closing quotation mark (direct quotes). */
  end: number;
}

/** Direct quotations and reported speech, each with its speaker. */
export function assembleQuotes(ctx: FactsContext): Quote[] {
  const direct = directQuotes(ctx);
  const quoted = new Set(direct.map((q) => ctx.sentenceAt(q.at)?.index));
  const indirect = ctx.bodySentences
    .filter((s) => !quoted.has(s.index) && !ctx.text.slice(s.norm.start, s.norm.end).includes('"'))
    .map((s) => indirectQuote(ctx, s))
    .filter((q): q is Found => q !== null);
  return [...direct, ...indirect]
    .sort((a, b) => a.at - b.at)
    .map((q) => ({
      speaker: q.speaker?.name ?? null,
      text: q.text,
      direct: q.direct,
      evidence: evidenceOf(q.evidence),
      provenance: provenance(q.rule),
    }));
}

function directQuotes(ctx: FactsContext): Found[] {
  const { text } = ctx;
  const out: Found[] = [];
  const start = ctx.header.bodyStart;
  let open = -1;
  for (let i = text.indexOf('"', start); i !== -1; i = text.indexOf('"', i + 1)) {
    if (open === -1) {
      open = i;
      continue;
    }
    if (text.slice(open, i).includes('\n\n')) {
      open = i; // an unclosed quotation before a paragraph break: restart from here
      continue;
    }
    addDirect(ctx, out, open, i);
    open = -1;
  }
  return out;
}

function addDirect(ctx: FactsContext, out: Found[], open: number, close: number): void {
  let innerEnd = close;
  while (innerEnd > open + 1 && /[\s,]/.test(ctx.text[innerEnd - 1]!)) innerEnd--;
  const inner = ctx.segment(open + 1, innerEnd);
  const words = ctx.rawText(open + 1, innerEnd);
  if (words === '') return;
  const after = ctx.text.slice(close + 1, Math.min(ctx.text.length, close + 120));
  const sentence = ctx.sentenceAt(open);
  const before = sentence ? ctx.text.slice(sentence.norm.start, open) : '';
  const previous = out[out.length - 1];
  // "Part one," X said, "part two." — the second part continues the first quotation.
  if (previous && sentence && sentence === ctx.sentenceAt(previous.at) && CONTINUATION.test(ctx.text.slice(previous.end + 1, open))) {
    previous.text = `${previous.text.replace(/,$/, '')} ${words}`;
    previous.evidence.push(inner);
    previous.end = close;
    return;
  }
  const speaker = speakerAfter(ctx, close + 1, after) ?? speakerBefore(ctx, open, before);
  if (speaker === undefined && wordCount(words) < MIN_UNATTRIBUTED_WORDS) return;
  out.push({ speaker: speaker ?? null, text: words, direct: true, evidence: [inner], rule: 'quotes/direct', at: open, end: close });
}

/** `," Xi said` / `," said Chinese President Xi Jinping` / `," he added`. */
function speakerAfter(ctx: FactsContext, from: number, after: string): Entity | undefined {
  const pronoun = PRONOUN_SPEAKER.exec(after);
  if (pronoun) return lastPersonBefore(ctx, from);
  const window = ctx.mentionsIn(from, from + after.length).filter((m) => isSpeaker(m));
  const first = window[0];
  if (!first) return undefined;
  const gap = ctx.text.slice(from, first.segment.norm.start);
  const rest = ctx.text.slice(first.segment.norm.end, first.segment.norm.end + 40);
  if (/^\s*,?\s*$/.test(gap) && VERB_AFTER_SPEAKER.test(rest)) return first.entity;
  if (VERB_BEFORE_SPEAKER.test(gap.replace(/^\s*,?\s*/, ''))) return first.entity;
  return undefined;
}

/** `Xi said: "…"` / `Modi told reporters, "…"`. */
function speakerBefore(ctx: FactsContext, open: number, before: string): Entity | undefined {
  if (!new RegExp(`\\b(?:${VERB})\\b[^"]{0,40}[,:]\\s*$`, 'i').test(before)) return undefined;
  const mentions = ctx.mentionsIn(open - before.length, open).filter((m) => isSpeaker(m));
  if (mentions.length > 0) return mentions[mentions.length - 1]!.entity;
  return /\b(?:he|she)\b/i.test(before) ? lastPersonBefore(ctx, open) : undefined;
}

function indirectQuote(ctx: FactsContext, s: Sentence): Found | null {
  const start = Math.max(s.norm.start, ctx.header.bodyStart);
  const text = ctx.text.slice(start, s.norm.end);
  const mentions = ctx.mentionsIn(start, s.norm.end).filter((m) => isSpeaker(m));
  // "…, Xi said[, adding …]." and "…, said Sun Weidong, secretary-general of …".
  for (const m of mentions) {
    const rel = m.segment.norm.start - start;
    const head = text.slice(0, rel);
    const comma = head.lastIndexOf(',');
    if (comma <= 0) continue;
    const between = head.slice(comma + 1);
    const rest = text.slice(m.segment.norm.end - start);
    const after = /^\s*$/.test(between) && VERB_AFTER_SPEAKER.test(rest);
    const inverted = VERB_BEFORE_SPEAKER.test(between.trimStart()) && /^\s*(?:said|says|added|noted|stressed)\b/i.test(between);
    if (after || inverted) {
      return reported(ctx, start, start + comma, m.entity, after ? 'quotes/indirect-said-after' : 'quotes/indirect-said-inverted', m.segment);
    }
  }
  // "…, he said."
  const pronoun = /,\s*(he|she)\s+(?:said|added|noted|stressed|announced|says)\b[^,]*$/i.exec(text);
  if (pronoun) {
    const speaker = lastPersonBefore(ctx, start);
    if (speaker) return reported(ctx, start, start + pronoun.index, speaker, 'quotes/indirect-said-after', null);
  }
  // "Xi said that …" at the start of the sentence.
  const lead = mentions[0];
  if (lead && /^(?:[A-Z][\w-]*\s+){0,3}$/.test(text.slice(0, lead.segment.norm.start - start))) {
    const m = SAID_THAT.exec(text.slice(lead.segment.norm.end - start));
    if (m) {
      const from = lead.segment.norm.end + m[0].length;
      return reported(ctx, from, s.norm.end, lead.entity, 'quotes/indirect-said-that', lead.segment);
    }
  }
  // "According to X, …".
  const according = /^According to\s+/i.exec(text);
  if (according && lead) {
    const comma = text.indexOf(',', lead.segment.norm.end - start);
    if (comma > 0 && ACCORDING_TO.test(text.slice(0, lead.segment.norm.start - start).replace(/^(.*?)(?:the\s+)?$/i, '$1'))) {
      return reported(ctx, start + comma + 1, s.norm.end, lead.entity, 'quotes/according-to', lead.segment);
    }
  }
  return null;
}

function reported(ctx: FactsContext, from: number, to: number, speaker: Entity, rule: string, cue: Segment | null): Found | null {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(ctx.text[a]!)) a++;
  while (b > a && /[\s.,;:]/.test(ctx.text[b - 1]!)) b--;
  if (wordCount(ctx.text.slice(a, b)) < 4) return null;
  const clause = ctx.segment(a, b);
  return { speaker, text: ctx.rawText(a, b), direct: false, evidence: cue ? [clause, cue] : [clause], rule, at: a, end: b };
}

function isSpeaker(m: Mention): boolean {
  return m.entity.kind === 'person' || m.entity.kind === 'organization';
}

function lastPersonBefore(ctx: FactsContext, offset: number): Entity | undefined {
  let found: Entity | undefined;
  for (const m of ctx.mentions) {
    if (m.segment.norm.start >= offset) break;
    if (m.entity.kind === 'person') found = m.entity;
  }
  return found;
}
