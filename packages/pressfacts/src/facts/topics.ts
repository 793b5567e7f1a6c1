import type { Sentence } from '@pressfacts/document';
import { TOPIC_CUES, TOPIC_TRAILING_CUES } from '../data/topic-cues.js';
import type { FactsContext } from './context.js';
import { cueSource, compileCues, cueTriggers } from './cue-pattern.js';
import { cueMatches, cueScanner } from './cue-scan.js';
import { storySentences } from './boilerplate.js';
import { mayListItems, readTopicList, type TopicItem } from './topic-list.js';
import { findLastTokenIn, isVerbal } from './lookups.js';
import { stripArticle } from './text.js';
import { wordIndex, wordNeeds } from './word-index.js';

// Each cue runs only on a sentence that holds the words it needs (a word lookup, where one
// pattern of every cue cost a scan per sentence that found nothing in most).
const LEAD_CUES = TOPIC_CUES.map((row) => ({ re: cueScanner(cueSource(row.cue), row.cue), needs: wordNeeds(cueTriggers(row.cue)), minItems: row.minItems ?? 2, colon: row.cue.endsWith(':') }));
const TRAILING_CUES = TOPIC_TRAILING_CUES.map((row) => ({ re: cueScanner(cueSource(row.cue), row.cue), needs: wordNeeds(cueTriggers(row.cue)), minItems: row.minItems ?? 2 }));
/** Any trailing cue also ends a list read forwards ("make A, B and C the priorities of …"). */
const TRAILING_CUE = compileCues(TOPIC_TRAILING_CUES.map((r) => r.cue));

/**
 * Cooperation areas and agenda items the text lists: "deepen cooperation in A, B and C",
 * "the talks covered A, B and C", "make A, B and C the priorities of its term". Lower case as
 * written (a sentence-initial capital is dropped), in order of first mention, without repeats.
 */
export function assembleTopics(ctx: FactsContext): string[] {
  const topics: string[] = [];
  const seen = new Set<string>();
  const add = (items: readonly TopicItem[], s: Sentence) => {
    for (const item of items) {
      const topic = topicText(ctx, s, item);
      const key = topic.toLowerCase();
      if (topic === '' || seen.has(key)) continue;
      seen.add(key);
      topics.push(topic);
    }
  };
  const words = wordIndex(ctx);
  // Most cues need a word the whole document lacks: drop those once, then ask per sentence.
  const inDocument = words.wordsIn(0, ctx.text.length);
  const leadCues = LEAD_CUES.filter((cue) => inDocument.holds(cue.needs));
  const trailingCues = TRAILING_CUES.filter((cue) => inDocument.holds(cue.needs));
  for (const s of storySentences(ctx)) {
    const start = Math.max(s.norm.start, ctx.header.bodyStart);
    const here = words.wordsIn(start, s.norm.end);
    // (Most sentences hold no cue's words: no list of cues, nor of lists, for them.)
    if (!leadCues.some((cue) => here.holds(cue.needs)) && !trailingCues.some((cue) => here.holds(cue.needs))) continue;
    const text = ctx.text.slice(start, s.norm.end);
    const lists: { at: number; cueEnd: number; end: number; items: TopicItem[] }[] = [];
    for (const cue of leadCues) {
      if (!here.holds(cue.needs)) continue;
      for (const m of cueMatches(ctx, cue.re, start, text)) {
        const from = start + m.index + m[0].length;
        // (A cue that asks for a long list, ", in" above all, mostly has too few commas after it.)
        if (!cue.colon && !mayListItems(ctx, from, s.norm.end, cue.minItems)) continue;
        const list = readTopicList(ctx, from, s.norm.end, { semicolons: cue.colon, stopAtTrailingCue: TRAILING_CUE });
        if (list && list.items.length >= cue.minItems) lists.push({ at: start + m.index, cueEnd: from, end: list.end, items: list.items });
      }
    }
    for (const cue of trailingCues) {
      if (!here.holds(cue.needs)) continue;
      for (const m of cueMatches(ctx, cue.re, start, text)) {
        const to = start + m.index;
        const from = governingVerbEnd(ctx, start, to);
        const list = readTopicList(ctx, from, to, { semicolons: false, whole: true, sentenceStart: start });
        if (list && list.items.length >= cue.minItems) lists.push({ at: from, cueEnd: from, end: to, items: list.items });
      }
    }
    // Two cues may introduce the same list ("expanded cooperation in the fields of"): of cues that
    // overlap, the one reaching further is the more specific; a list swallows cues inside it.
    lists.sort((a, b) => a.at - b.at || b.cueEnd - a.cueEnd);
    const kept: typeof lists = [];
    for (const list of lists) {
      const last = kept[kept.length - 1];
      if (last && list.at < last.cueEnd) {
        if (list.cueEnd > last.cueEnd) kept[kept.length - 1] = list;
        continue;
      }
      if (last && list.at < last.end) continue;
      kept.push(list);
    }
    for (const list of kept) add(list.items, s);
  }
  return topics;
}

/** Where a list before a trailing cue starts: after the verb that governs it ("make", "highlights"). */
function governingVerbEnd(ctx: FactsContext, sentenceStart: number, cueAt: number): number {
  const governing = findLastTokenIn(ctx, Math.max(sentenceStart, cueAt - 600), cueAt, (t) => isVerbal(t) || t.value === ':' || t.value === ';');
  return governing === undefined ? sentenceStart : governing.norm.end;
}

/** The item as written, without a leading article; a capital that only starts the sentence goes. */
function topicText(ctx: FactsContext, s: Sentence, item: TopicItem): string {
  const text = stripArticle(ctx.rawText(item.start, item.end));
  const sentenceStart = Math.max(s.norm.start, ctx.header.bodyStart);
  const startsSentence = item.start - sentenceStart < 8 && ctx.text.slice(sentenceStart, item.start).trim() === '';
  if (!startsSentence || ctx.entityAt(item.start, item.start + 1) || /^[A-Z0-9]{2,}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
