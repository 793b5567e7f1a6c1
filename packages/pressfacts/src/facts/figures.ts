import type { DateMention, Quantity, Sentence } from '@pressfacts/document';
import type { Figure } from '@pressfacts/schema';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, type FactsContext } from './context.js';

/** Counts below this are prose ("five nations"), not statistics. */
const MIN_STATISTIC_COUNT = 10;
// Verbs that link a measured subject to its figure: "trade reached $X", "investment exceeding $Y".
const LINK_VERB =
  /\b(?:reached|reach|reaches|hit|hits|totall?ed|totals|stood at|stands at|amounted to|amounts to|rose to|rose|grew|grew to|jumped|jumped to|climbed|climbed to|fell|fell to|dropped|dropped to|increased|increased to|decreased|was|were|is|are|exceeded|exceeding|exceeds|surpassed|surpassing|topped|topping|worth|valued at|of|at)\s*(?:a\s+record|an?\s+estimated|a\s+total\s+of|about|around|nearly|almost|over|more than|some|roughly|approximately)?\s*$/i;
// Words and marks after which a figure's clause (and so its subject) starts.
const CLAUSE_BREAKS = /[,;:]\s*|\b(?:that|with|while|whereas|as|and|but|showed|shows|show|found|said|says)\s+/gi;
const OF_PHRASE = /^\s+of\s+((?:[\w'-]+\s+){0,4}?[\w'-]+?)(?=\s+(?:believe|believed|say|said|agree|agreed|think|thought|support|supported|were|was|are|is|have|had|expect|want|feel|hold|view|see|back)\b|[,.;]|$)/i;

/** Money, percentages and statistical counts, each with what it measures and when. */
export function assembleFigures(ctx: FactsContext): Figure[] {
  const out: Figure[] = [];
  for (const q of ctx.quantities) {
    const figure = toFigure(ctx, q);
    if (figure) out.push(figure);
  }
  return out;
}

function toFigure(ctx: FactsContext, q: Quantity): Figure | null {
  if (q.norm.start < ctx.header.bodyStart && ctx.header.headline === null) return null;
  let value: number;
  let unit: string;
  let rule: string;
  switch (q.kind) {
    case 'money':
      [value, unit, rule] = [q.value, q.currency, 'figures/money'];
      break;
    case 'percent':
      [value, unit, rule] = [q.value, 'percent', 'figures/percent'];
      break;
    case 'cardinal':
      if (q.unit === null || q.value < MIN_STATISTIC_COUNT) return null;
      [value, unit, rule] = [q.value, q.unit, 'figures/count'];
      break;
    default:
      return null;
  }
  const sentence = ctx.sentenceAt(q.norm.start);
  if (!sentence) return null;
  if (sentence.norm.end <= ctx.header.bodyStart && ctx.header.headline && sentence.norm.start >= ctx.header.headline.norm.start) {
    // A headline figure repeats the body; keep the body's (it has the context).
    return null;
  }
  const period = periodOf(ctx, q, sentence);
  return {
    value,
    unit,
    comparator: q.comparator,
    subject: subjectOf(ctx, q, sentence),
    period: period?.value ?? null,
    evidence: evidenceOf([q]),
    provenance: provenance(rule),
  };
}

/** "trade reached $94.8 billion" → "trade"; "90 percent of respondents" → "respondents". */
function subjectOf(ctx: FactsContext, q: Quantity, sentence: Sentence): string | null {
  if (q.kind === 'percent' || q.kind === 'cardinal') {
    const of = OF_PHRASE.exec(ctx.text.slice(q.norm.end, sentence.norm.end));
    if (of?.[1]) return of[1];
  }
  if (q.kind === 'cardinal') return q.unit;
  const before = ctx.text.slice(Math.max(sentence.norm.start, ctx.header.bodyStart), q.norm.start);
  const verb = LINK_VERB.exec(before);
  if (!verb) return null;
  const head = before.slice(0, verb.index);
  let clauseStart = 0;
  for (const m of head.matchAll(CLAUSE_BREAKS)) clauseStart = m.index + m[0].length;
  const subject = head
    .slice(clauseStart)
    .replace(/^(?:the|a|an|its|their)\s+/i, '')
    .trim();
  const words = subject.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 ? subject : null;
}

// Only "in"/"for"/"during" between a figure and the date it refers to ("$9 billion in 2024").
const GAP_TO_PERIOD = /^\s*(?:(?:in|for|during|as of)\s+)?$/i;
// "In 2024, …": the date opens the figure's clause.
const PERIOD_OPENER = /(?:^|\b(?:in|during|for|as of|by))\s*$/i;
const CLAUSE_BREAK = /;|,\s+(?:with|while|whereas|but)\b/i;

/** The year or month the figure refers to: a date right after it, or one that opens its clause. */
function periodOf(ctx: FactsContext, q: Quantity, sentence: Sentence): DateMention | undefined {
  const dates = ctx.datesIn(sentence.norm.start, sentence.norm.end).filter((d) => d.value !== null && d.precision !== 'day');
  const after = dates.find((d) => d.norm.start >= q.norm.end && GAP_TO_PERIOD.test(ctx.text.slice(q.norm.end, d.norm.start)));
  if (after) return after;
  const before = [...dates].reverse().find((d) => d.norm.end <= q.norm.start);
  if (!before) return undefined;
  const opener = ctx.text.slice(Math.max(sentence.norm.start, before.norm.start - 12), before.norm.start);
  const opens = PERIOD_OPENER.test(opener) || /^(?:in|during|for)\b/i.test(before.text);
  return opens && !CLAUSE_BREAK.test(ctx.text.slice(before.norm.end, q.norm.start)) ? before : undefined;
}
