import { stableId } from '@pressfacts/document';
import type { FactDiagnostic, SummitFacts, TimelineEntry } from '@pressfacts/schema';
import { chronoDates } from './chrono-dates.js';
import { collect } from './collect.js';
import { compromiseFacts, naiveProvenance } from './compromise-facts.js';

/** Options of {@link extractNaive}: the same `id` and `referenceDate` that `extract` takes. */
export interface NaiveOptions {
  readonly id?: string;
  /** `YYYY-MM-DD`; relative dates ("on Tuesday") stay unresolved without it. */
  readonly referenceDate?: string;
}

/**
 * The floor: SummitFacts read with compromise and chrono-node used directly, no project rules.
 * People, places, organizations, money/percent numbers and quotations come from compromise, the
 * timeline (one entry per date, its sentence as description) and the dateline date (the first
 * date) from `chrono.parse`; everything else is `null` / `[]`. Never throws for a bad text.
 *
 * @example extractNaive('Joe Biden arrived in Paris on June 18, 2025.').timeline[0]?.date // '2025-06-18'
 */
export function extractNaive(text: string, options: NaiveOptions = {}): SummitFacts {
  const diagnostics: FactDiagnostic[] = [];
  const facts = emptyFacts(options.id ?? stableId(text), diagnostics);
  const reference = parseReference(options.referenceDate, diagnostics);
  try {
    const { sentences, ...found } = compromiseFacts(text);
    const { dates, unresolved } = chronoDates(text, reference);
    const timeline = collect<TimelineEntry>();
    for (const { date, span } of dates) {
      const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
      timeline.add(date, { date, description: (sentence ?? span).text, place: null, evidence: sentence ? [span, sentence] : [span], provenance: naiveProvenance('chrono-parse') });
    }
    const first = dates[0];
    if (first) facts.document.dateline = { place: null, date: first.date, evidence: [first.span], provenance: naiveProvenance('chrono-first-date') };
    for (const span of unresolved) {
      diagnostics.push({ level: 'info', code: 'baseline/unresolved-date', message: `"${span.text}" is relative and no reference date was given`, span });
    }
    return { ...facts, ...found, timeline: timeline.items().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
  } catch (error) {
    // A library failure is a diagnostic on this document, never a throw.
    diagnostics.push({ level: 'error', code: 'baseline/library-error', message: String(error), span: null });
    return emptyFacts(facts.document.id, diagnostics);
  }
}

function parseReference(value: string | undefined, diagnostics: FactDiagnostic[]): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  diagnostics.push({ level: 'warning', code: 'baseline/bad-reference-date', message: `referenceDate "${value}" is not YYYY-MM-DD; ignored`, span: null });
  return undefined;
}

function emptyFacts(id: string, diagnostics: FactDiagnostic[]): SummitFacts {
  const document = { id, publisher: null, wire: null, dateline: null, headline: null };
  return { schemaVersion: '1', document, event: null, participants: [], people: [], organizations: [], places: [], agreements: [], figures: [], quotes: [], timeline: [], commitments: [], topics: [], diagnostics };
}
