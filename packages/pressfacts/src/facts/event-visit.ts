import type { Segment, Sentence } from '@pressfacts/document';
import { VISIT_KINDS } from '../data/visit-kinds.js';
import type { FactsContext } from './context.js';
import { escapeRegExp } from './text.js';

/** A bilateral visit the release reports: "a state visit to Serbia". */
export interface Visit {
  /** "state visit to Serbia": the kind as a table row spells it, "visit to", the place's name. */
  readonly name: string;
  /** The country visited (the place's own country for a city). */
  readonly country: string;
  /** The mention of the place visited. */
  readonly segment: Segment;
  /** The sentences of the headline and lead that name a visit to that country, in text order. */
  readonly sentences: readonly Sentence[];
}

const KINDS = VISIT_KINDS.map((r) => r.kind)
  .filter((k) => k !== '')
  .sort((a, b) => b.length - a.length);
// "paying a state visit to ", "an official visit to the ", "'s visit to ": right before the place.
// "the State Visit of the President of Portugal to ": the visitor between "visit" and "to".
const VISIT_BEFORE = new RegExp(
  `\\b(?:(${KINDS.map((k) => escapeRegExp(k).replace(/ /g, '\\s+')).join('|')})\\s+)?visits?\\s+(?:(?:of|by)\\s+(?:[\\p{L}.'-]+\\s+){1,7})?to\\s+(?:the\\s+)?$`,
  'iu',
);
/** How far before the place the visit phrase may start ("State Visit of the President of Portugal to"). */
const VISIT_REACH = 80;
/** How many body sentences after the headline may name the visit (a readout says it in its lead). */
const VISIT_SENTENCES = 6;
// "a visit to the country next year", "will visit": a visit announced, not the one reported.
const NOT_THIS_VISIT = /\b(?:next|upcoming|future|invited|invitation\s+to\s+visit|return\s+visit)\b/i;

/**
 * The visit a readout reports, named in its headline or lead: "<kind> visit to <Country or
 * City>". Undefined when none is named there.
 */
export function findVisit(ctx: FactsContext): Visit | undefined {
  const head = ctx.header.headline;
  const lead = ctx.bodySentences.slice(0, VISIT_SENTENCES);
  let found: Omit<Visit, 'sentences'> | undefined;
  const sentences: Sentence[] = [];
  for (const sentence of head ? [head as Sentence, ...lead] : lead) {
    const said = ctx.text.slice(sentence.norm.start, sentence.norm.end);
    if (!/visit/i.test(said)) continue;
    for (const m of ctx.mentionsIn(sentence.norm.start, sentence.norm.end)) {
      const e = m.entity;
      const country = e.kind === 'country' ? e.name : e.kind === 'city' ? e.country : null;
      if (country === null || (found !== undefined && country !== found.country)) continue;
      const before = ctx.text.slice(Math.max(sentence.norm.start, m.segment.norm.start - VISIT_REACH), m.segment.norm.start);
      const visit = VISIT_BEFORE.exec(before);
      if (!visit || NOT_THIS_VISIT.test(ctx.text.slice(Math.max(sentence.norm.start, m.segment.norm.start - 60), m.segment.norm.end + 20))) continue;
      // The name as written from the kind (or "visit") to the place: "state visit to Serbia",
      // "State Visit of the President of Portugal to India".
      const written = ctx.rawText(m.segment.norm.start - visit[0].length, m.segment.norm.start).replace(/\s+(?:the\s+)?$/i, '');
      found ??= { name: `${written} ${e.name}`, country, segment: m.segment };
      sentences.push(sentence);
      break;
    }
  }
  return found && { ...found, sentences };
}
