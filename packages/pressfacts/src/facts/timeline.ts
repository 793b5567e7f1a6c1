import type { DateMention, Sentence } from '@pressfacts/document';
import { capitalOf } from '@pressfacts/entities';
import type { TimelineEntry } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, type FactsContext } from './context.js';

/**
 * Dated events the text reports, one entry per distinct date (the first sentence that reports
 * it), sorted by date. The dateline's own date is when the release was written, not an event.
 */
export function assembleTimeline(ctx: FactsContext): TimelineEntry[] {
  const datelineEnd = ctx.header.dateline?.segment.norm.end ?? ctx.header.bodyStart;
  const byDate = new Map<string, { date: DateMention; sentence: Sentence; evidence: DateMention[] }>();
  for (const s of ctx.bodySentences) {
    for (const d of ctx.datesIn(s.norm.start, s.norm.end)) {
      if (d.value === null || d.norm.end <= datelineEnd) continue;
      const existing = byDate.get(d.value);
      if (existing) existing.evidence.push(d);
      else byDate.set(d.value, { date: d, sentence: s, evidence: [d] });
    }
  }
  return [...byDate.values()]
    .sort((a, b) => (a.date.value! < b.date.value! ? -1 : a.date.value! > b.date.value! ? 1 : 0))
    .map(({ date, sentence, evidence }) => {
      const from = Math.max(sentence.norm.start, datelineEnd);
      let to = sentence.norm.end;
      while (to > from && /[\s.;:]/.test(ctx.text[to - 1]!)) to--;
      const description = ctx.rawText(from, to);
      return {
        date: date.value!,
        description,
        place: placeNear(ctx, sentence, date),
        evidence: evidenceOf([...evidence, ctx.segment(from, sentence.norm.end)]),
        provenance: provenance('timeline/dated-sentence'),
      };
    });
}

/** The city the sentence places the dated event in, nearest to the date. */
function placeNear(ctx: FactsContext, sentence: Sentence, date: DateMention): string | null {
  const cities = ctx
    .mentionsIn(sentence.norm.start, sentence.norm.end)
    .filter((m) => m.entity.kind === 'city' && m.segment.norm.start >= ctx.header.bodyStart);
  if (cities.length === 0) return capitalNamed(ctx, sentence);
  cities.sort((a, b) => Math.abs(a.segment.norm.start - date.norm.start) - Math.abs(b.segment.norm.start - date.norm.start));
  return cities[0]!.entity.name;
}

/** "in the capital of Kazakhstan" names a city without naming it. */
function capitalNamed(ctx: FactsContext, sentence: Sentence): string | null {
  for (const m of ctx.mentionsIn(sentence.norm.start, sentence.norm.end)) {
    if (m.entity.kind !== 'country') continue;
    if (/\bcapital\s+of\s+$/i.test(ctx.text.slice(Math.max(sentence.norm.start, m.segment.norm.start - 16), m.segment.norm.start))) {
      return capitalOf(m.entity.name);
    }
  }
  return null;
}
