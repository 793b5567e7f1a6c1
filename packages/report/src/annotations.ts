import type { Span, SummitFacts } from '@pressfacts/schema';
import { FACT_TYPES, type Classification, type FactResult, type FactType } from '@pressfacts/scoring';

/** One highlighted evidence span: which fact it belongs to and how that fact scored. */
export interface Annotation {
  readonly id: number;
  readonly type: FactType;
  /** `type:index` of the fact in the actual facts, or `type:expected:index` for a missing one. */
  readonly fact: string;
  readonly start: number;
  readonly end: number;
  /** With an expectation: how the fact compares; `missing` spans come from the expectation. */
  readonly status: Classification | null;
}

/** A fact as the report lists it. */
export interface ReportFact {
  readonly ref: string;
  readonly type: FactType;
  readonly label: string;
  readonly value: unknown;
  readonly rule: string | null;
  readonly confidence: number | null;
  readonly status: Classification | null;
  /** Field differences against the expectation (`field: expected → actual`). */
  readonly notes: readonly string[];
}

type Item = Readonly<Record<string, unknown>>;

/** Each fact of `facts` with its evidence, in report order: document, event, then the arrays. */
export function collectFacts(facts: SummitFacts): { ref: string; type: FactType; item: Item; evidence: readonly Span[] }[] {
  const out: { ref: string; type: FactType; item: Item; evidence: readonly Span[] }[] = [];
  const dateline = facts.document.dateline;
  if (dateline) out.push({ ref: 'document:0', type: 'document', item: { ...facts.document }, evidence: dateline.evidence });
  else out.push({ ref: 'document:0', type: 'document', item: { ...facts.document }, evidence: [] });
  if (facts.event) out.push({ ref: 'event:0', type: 'event', item: facts.event, evidence: facts.event.evidence });
  for (const type of FACT_TYPES) {
    if (type === 'document' || type === 'event') continue;
    const items = facts[type] as readonly unknown[];
    items.forEach((item, i) => {
      const record = (typeof item === 'string' ? { topic: item } : item) as Item;
      const evidence = Array.isArray(record.evidence) ? (record.evidence as Span[]) : [];
      out.push({ ref: `${type}:${i}`, type, item: record, evidence });
    });
  }
  return out;
}

/** How an actual fact compares with the expectation: its classification and its field differences. */
export interface FactStatus {
  readonly status: Classification;
  readonly notes: readonly string[];
}

/**
 * The status of each actual fact (`type:index`) and the expected facts nothing matched, from a
 * score. The document and event singletons are scored field by field: they take their worst field.
 */
export function statusesOf(results: readonly FactResult[]): { byRef: Map<string, FactStatus>; missing: FactResult[] } {
  const byRef = new Map<string, FactStatus>();
  const missing: FactResult[] = [];
  for (const r of results) {
    const singleton = r.factType === 'document' || r.factType === 'event';
    if (!singleton && r.actualIndex === null) {
      missing.push(r);
      continue;
    }
    const ref = singleton ? `${r.factType}:0` : `${r.factType}:${r.actualIndex}`;
    const prev = byRef.get(ref);
    const notes = [...(prev?.notes ?? []), ...r.fields.filter((f) => f.classification !== 'correct').map((f) => `${f.field}: expected ${show(f.expected)}, actual ${show(f.actual)} (${f.classification})`)];
    const status = !r.counted ? (prev?.status ?? 'correct') : !prev || RANK[r.classification] > RANK[prev.status] ? r.classification : prev.status;
    byRef.set(ref, { status, notes });
  }
  return { byRef, missing };
}

const RANK: Record<Classification, number> = { correct: 0, partial: 1, missing: 2, spurious: 2, incorrect: 3 };

function show(value: unknown): string {
  if (Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'object' && s !== null && 'start' in s)) {
    return value.map((s: Span) => `[${s.start},${s.end})`).join(' ');
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Keeps only spans that really slice `text` to their own text (an expectation may be stale). */
export function honestSpans(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text);
}
