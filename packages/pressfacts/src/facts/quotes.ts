import type { Segment } from '@pressfacts/document';
import type { Quote } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { SPEECH_VERB_FORMS } from '../data/speech-verbs.js';
import { boilerplateStart, storySentences } from './boilerplate.js';
import { evidenceOf, type FactsContext } from './context.js';
import { firstSpeakerMention, speakerEndingAt, speakerFilling, type Speaker } from './quote-speaker.js';
import { reportedSpeech } from './quotes-indirect.js';
import { alternation, wordCount } from './text.js';
import { openingWords } from './cue-pattern.js';
import { cueMatches, wordScanner } from './cue-scan.js';

const VERB = alternation(SPEECH_VERB_FORMS);
const SPEECH = new RegExp(`\\b(?:${VERB})\\b`, 'i');
const SPEECH_ALL = new RegExp(`\\b(?:${VERB})\\b`, 'gi');
/** Verbs that put someone's words in quotation marks inside a sentence ("called the plan "outrageous""). */
const EMBEDDING = new RegExp(`\\b(?:${VERB}|called|calls|described|describes|termed|dubbed|urged)\\b`, 'gi');
// Both tried only where a verb's first word stands.
export const SPEECH_ALL_SCAN = wordScanner(SPEECH_ALL, openingWords(`{${[...SPEECH_VERB_FORMS].join('|')}}`));
export const EMBEDDING_SCAN = wordScanner(EMBEDDING, openingWords(`{${[...SPEECH_VERB_FORMS, 'called', 'calls', 'described', 'describes', 'termed', 'dubbed', 'urged'].join('|')}}`));
const CONTINUATION = new RegExp(`^[^"]{0,80}\\b(?:${VERB})\\b[^"]*,\\s*$`, 'i');
/** What may stand between a verb and the opening quotation mark: `said: "`, `told reporters on Wednesday: "`. */
const INTRODUCES = /^[^".!?]{0,48}[,:]\s*$/;
const AFTER_WINDOW = 160;
/** How much of the sentence before a quotation can hold its speaker and verb. */
const BEFORE_WINDOW = 400;
/** Quoted phrases shorter than this, with no one saying them, are scare quotes or titles. */
const MIN_UNATTRIBUTED_WORDS = 6;

interface Found {
  speaker: Speaker | null;
  text: string;
  direct: boolean;
  evidence: Segment[];
  rule: string;
  at: number;
  /** Normalised offset of the closing quotation mark (direct quotes). */
  end: number;
}

/** Direct quotations and reported speech, each with its speaker (a name, or null when unnamed). */
export function assembleQuotes(ctx: FactsContext): Quote[] {
  const direct = directQuotes(ctx);
  // Both lists are in text order: one pointer walks the quotations as the sentences advance.
  let q = 0;
  const inQuote = (start: number, end: number) => {
    while (q < direct.length && direct[q]!.end <= start) q++;
    return q < direct.length && direct[q]!.at < end;
  };
  const indirect: Found[] = [];
  for (const s of storySentences(ctx)) {
    if (inQuote(s.norm.start, s.norm.end) || ctx.text.slice(s.norm.start, s.norm.end).includes('"')) continue;
    const r = reportedSpeech(ctx, s);
    if (!r) continue;
    const clause = ctx.segment(r.from, r.to);
    const cue = r.speaker.at ? ctx.segment(r.speaker.at.start, r.speaker.at.end) : null;
    indirect.push({ speaker: r.speaker, text: ctx.rawText(r.from, r.to), direct: false, evidence: cue ? [clause, cue] : [clause], rule: r.rule, at: r.from, end: r.to });
  }
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
  const stop = boilerplateStart(ctx);
  let open = -1;
  for (let i = text.indexOf('"', start); i !== -1 && i < stop; i = text.indexOf('"', i + 1)) {
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
  const sentence = ctx.sentenceAt(open);
  const sentenceStart = sentence ? Math.max(sentence.norm.start, ctx.header.bodyStart) : open;
  const previous = out[out.length - 1];
  // "Part one," X said, "part two." — the second part continues the first quotation.
  if (previous && sentence && open - previous.end < AFTER_WINDOW && sentence === ctx.sentenceAt(previous.at) && CONTINUATION.test(ctx.text.slice(previous.end + 1, open))) {
    previous.text = `${previous.text.replace(/,$/, '')} ${words}`;
    previous.evidence.push(inner);
    previous.end = close;
    return;
  }
  // `"… from outside." President Lourenço said that …` : a quotation closed by a full stop ends its
  // sentence; a "said" after it that goes on into a clause opens the next one.
  const closed = /[.!?]$/.test(words);
  const after = closed && !SHORT_ATTRIBUTION.test(ctx.text.slice(close + 1, close + 1 + AFTER_WINDOW)) ? undefined : speakerAfter(ctx, close + 1);
  let speaker = after ?? speakerBefore(ctx, sentenceStart, open);
  const embedded = speaker === undefined ? speakerEmbedding(ctx, sentenceStart, open) : undefined;
  speaker ??= embedded ?? continuedSpeaker(ctx, previous, sentenceStart, open);
  if (speaker === undefined && wordCount(words, MIN_UNATTRIBUTED_WORDS) < MIN_UNATTRIBUTED_WORDS) return;
  const evidence = speaker?.at ? [inner, ctx.segment(speaker.at.start, speaker.at.end)] : [inner];
  out.push({ speaker: speaker ?? null, text: words, direct: true, evidence, rule: 'quotes/direct', at: open, end: close });
}

// `" Xi said.`, `" said the minister,`: an attribution that ends within a few words.
const SHORT_ATTRIBUTION = /^\s*(?:[^\s.,;:!?"]+\s+){0,7}?[^\s.,;:!?"]+[.,;!?]/;

/** `," Xi said` / `," said Chinese President Xi Jinping` / `," he added` / `," an EU official said`. */
function speakerAfter(ctx: FactsContext, from: number): Speaker | undefined {
  // The attribution follows in the same paragraph, before any next quotation.
  const nextQuote = ctx.text.indexOf('"', from);
  const lineEnd = ctx.text.indexOf('\n', from);
  const to = Math.min(ctx.text.length, from + AFTER_WINDOW, nextQuote === -1 ? Infinity : nextQuote, lineEnd === -1 ? Infinity : lineEnd);
  const after = ctx.text.slice(from, to);
  const lead = /^\s*,?\s*/.exec(after)![0].length;
  const verb = SPEECH.exec(after.slice(lead));
  if (!verb) return undefined;
  const verbStart = from + lead + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (verb.index === 0) {
    // `," said the Indian minister.`, `," said an EU official.`: the noun phrase up to the end of the attribution.
    const stop = /[.,;:!?]/.exec(ctx.text.slice(verbEnd, to));
    const filled = stop ? speakerFilling(ctx, verbEnd, verbEnd + stop.index, false) : undefined;
    const mention = firstSpeakerMention(ctx, verbEnd, to);
    // The name itself is the evidence when the phrase is a named speaker.
    if (mention && (filled === undefined || filled.name === mention.entity.name) && speakerFilling(ctx, verbEnd, mention.segment.norm.end, false)) {
      return { name: mention.entity.name, at: mention.segment.norm };
    }
    return filled;
  }
  return speakerFilling(ctx, from + lead, verbStart, false);
}

/** `Xi said: "…"` / `In her closing remarks, Boluarte said, "…"` / `X told reporters on Wednesday: "…"`. */
function speakerBefore(ctx: FactsContext, sentenceStart: number, open: number): Speaker | undefined {
  const from = Math.max(sentenceStart, open - BEFORE_WINDOW);
  const before = ctx.text.slice(from, open);
  const verbs = cueMatches(ctx, SPEECH_ALL_SCAN, from, before);
  const verb = verbs[verbs.length - 1];
  if (!verb || !INTRODUCES.test(before.slice(verb.index + verb[0].length))) return undefined;
  return speakerEndingAt(ctx, sentenceStart, from + verb.index, false);
}

/** `Youssouf said the Commission had to "move from declarations to delivery"`: the sentence's speaker. */
/** How many speech verbs before a quotation are tried as its introduction. */
const MAX_EMBEDDING_VERBS = 3;

function speakerEmbedding(ctx: FactsContext, sentenceStart: number, open: number): Speaker | undefined {
  const from = Math.max(sentenceStart, open - BEFORE_WINDOW);
  const before = ctx.text.slice(from, open);
  // Only the verbs nearest the quotation can introduce it; trying every verb in a window packed
  // with them ("…," he said, "…," he said, …) made such text cost seven times a normal release.
  for (const verb of cueMatches(ctx, EMBEDDING_SCAN, from, before).slice(-MAX_EMBEDDING_VERBS)) {
    const speaker = speakerEndingAt(ctx, sentenceStart, from + verb.index, false);
    if (speaker) return speaker;
  }
  return undefined;
}

/**
 * A quotation that is a sentence of its own, right after another speaker's quotation in the same
 * paragraph, goes on with that speaker (`"…," Ms Botchwey said. "The Commonwealth's …"`).
 */
function continuedSpeaker(ctx: FactsContext, previous: Found | undefined, sentenceStart: number, open: number): Speaker | undefined {
  if (!previous?.speaker || open - previous.end > AFTER_WINDOW || !/^\s*$/.test(ctx.text.slice(sentenceStart, open))) return undefined;
  const between = ctx.text.slice(previous.end + 1, open);
  if (between.includes('\n') || between.length > AFTER_WINDOW || between.includes('"')) return undefined;
  return { name: previous.speaker.name, at: null };
}
