import { requireLayer, type DateMention, type Sentence } from '@pressfacts/document';
import type { TimelineEntry } from '@pressfacts/schema';
import { NOT_EVENT_BEFORE, TENURES } from '../data/timeline-cues.js';
import { provenance } from '../data/rule-confidence.js';
import { isVerb } from './chunks.js';
import { evidenceOf, type FactsContext } from './context.js';
import { firstTokenFrom } from './token-search.js';
import { eventDateOf, quotationTest } from './timeline-dates.js';
import { clauseOfDate } from './timeline-clause.js';
import { placeOfClause } from './timeline-place.js';

const NOT_EVENT = new RegExp(`\\b(?:${NOT_EVENT_BEFORE.map((r) => r.word).join('|')})\\s+(?:(?:in|on|at)\\s+)?(?:the\\s+)?$`, 'i');

// The office's clause runs on to the date: no new clause ("… presidency and will host next year's summit").
const SAME_CLAUSE = (n: number) => `(?:(?!\\b(?:and|but|will|would)\\b)[^.;,]){0,${n}}$`;
const TENURE = new RegExp(
  TENURES.map((r) => (r.offices ? `\\b${r.verb}\\b[^.;,]{0,60}\\b(?:${r.offices.join('|')})\\b${SAME_CLAUSE(80)}` : `\\b${r.verb}\\b${SAME_CLAUSE(80)}`)).join('|'),
  'i',
);

const TIMESTAMP = /^\s*(?:last\s+)?(?:updated|published|posted)\b[^.]{0,60}$/i;

/**
 * Dated events the text reports, one entry per distinct date (the first clause that reports it),
 * sorted by date. The dateline's own date is when the release was written, not an event; dates in
 * quotations, deadlines ("by 2030") and habits ("usually in February") are not events either.
 */
export function assembleTimeline(ctx: FactsContext): TimelineEntry[] {
  const datelineEnd = ctx.header.dateline?.segment.norm.end ?? ctx.header.bodyStart;
  const paragraphs = requireLayer(ctx.doc, 'paragraphs');
  const insideQuotation = quotationTest(ctx.text);
  const byDate = new Map<string, { value: string; date: DateMention; sentence: Sentence; evidence: DateMention[] }>();
  for (const s of ctx.bodySentences) {
    // Most sentences hold no date: nothing to read in them (the cheapest test first).
    const sentenceDates = ctx.datesIn(s.norm.start, s.norm.end);
    if (sentenceDates.length === 0) continue;
    // A line without a verb (a title, a caption) reports no event.
    if (!hasVerb(ctx, s.norm.start, s.norm.end)) continue;
    // "Updated Thursday, 29 August 2024, 18:40": when the page was written, not an event.
    if (TIMESTAMP.test(ctx.text.slice(s.norm.start, s.norm.end))) continue;
    for (const d of sentenceDates) {
      if (d.norm.end <= datelineEnd) continue;
      // "the 2050 Strategy for the Blue Pacific", "Action Plan 2025-2027": part of a title.
      if (ctx.entityAt(d.norm.start, d.norm.end)?.kind === 'agreement') continue;
      const value = eventDateOf(d, sentenceDates, ctx.text);
      if (value === null) continue;
      if (NOT_EVENT.test(ctx.text.slice(Math.max(s.norm.start, d.norm.start - 24), d.norm.start))) continue;
      // "who holds the rotating chair … this year": a tenure, not an event.
      if (d.precision === 'year' && TENURE.test(ctx.text.slice(Math.max(s.norm.start, d.norm.start - 160), d.norm.start))) continue;
      if (insideQuotation(paragraphs[s.paragraph]?.norm.start ?? s.norm.start, d.norm.start)) continue;
      const existing = byDate.get(value);
      if (existing) existing.evidence.push(d);
      else byDate.set(value, { value, date: d, sentence: s, evidence: [d] });
    }
  }
  return [...byDate.values()]
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map(({ value, date, sentence, evidence }) => {
      const from = Math.max(sentence.norm.start, datelineEnd);
      const clause = clauseOfDate(ctx, from, sentence.norm.end, date);
      return {
        date: value,
        description: clause.map((r) => ctx.rawText(r.start, r.end)).join(' '),
        place: placeOfClause(ctx, clause, date),
        evidence: evidenceOf([...evidence, ...clause.map((r) => ctx.segment(r.start, r.end))]),
        provenance: provenance('timeline/dated-clause'),
      };
    });
}

/** `ctx.tokensIn(start, end).some(isVerb)`, without the array. */
function hasVerb(ctx: FactsContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  for (let i = firstTokenFrom(tokens, start); i >= 0 && i < tokens.length && tokens[i]!.norm.end <= end; i++) if (isVerb(tokens[i])) return true;
  return false;
}
