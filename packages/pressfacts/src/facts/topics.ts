import { TOPIC_CUES } from '../data/topic-cues.js';
import type { FactsContext } from './context.js';
import { alternation, splitList, stripArticle, wordCount } from './text.js';

const CUE = new RegExp(`\\b(?:${alternation(TOPIC_CUES.map((c) => c.cue))})\\s+`, 'gi');
// The list ends where the clause does: at "and to", ", and to …", a verb clause or the sentence end.
const LIST_END = /,?\s+(?:and\s+)?to\s+\w+|\s+(?:in order to|so as to|which|that|while|with the aim)\b|[.;:]/;
const MAX_TOPIC_WORDS = 5;

/** Cooperation areas and agenda items: lists after cues such as "focus cooperation on". */
export function assembleTopics(ctx: FactsContext): string[] {
  const topics: string[] = [];
  for (const s of ctx.bodySentences) {
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    for (const m of text.matchAll(CUE)) {
      const rest = text.slice(m.index + m[0].length);
      const end = LIST_END.exec(rest);
      const list = end ? rest.slice(0, end.index) : rest;
      const items = splitList(list).map((r) => stripArticle(list.slice(r.start, r.end)).trim());
      if (items.length < 2 || items.some((i) => i === '' || wordCount(i) > MAX_TOPIC_WORDS)) continue;
      for (const topic of items.map(lowerCaseKeepingAcronyms)) if (!topics.includes(topic)) topics.push(topic);
      break;
    }
  }
  return topics;
}

/** "Green Mining" → "green mining", but "AI" and "5G" stay. */
function lowerCaseKeepingAcronyms(text: string): string {
  return text
    .split(' ')
    .map((w) => (/^[A-Z0-9]{2,}s?$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}
