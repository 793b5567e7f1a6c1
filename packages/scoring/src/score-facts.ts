import { assignBest } from './align.js';
import { compareField, present, type CompareSettings } from './comparators.js';
import { deepEqual } from './deep-equal.js';
import { ARRAY_FACTS, readPath, SINGLETON_FIELDS, type ArrayFactSpec, type FieldSpec, type SingletonFactType } from './fact-types.js';
import { sumCounts, toMetrics } from './metrics.js';
import type { Classification, Counts, DocumentScore, FactResult, FactsLike, FactType, FieldResult, ScoreOptions, TypeScore } from './types.js';

interface Settings extends CompareSettings {
  readonly strict: boolean;
  readonly spans: boolean;
  readonly provenance: boolean;
  readonly confidenceTolerance: number;
}

type Item = Readonly<Record<string, unknown>>;

/**
 * Scores `actual` facts against `expected`, fact by fact and field by field. Array facts are
 * aligned on their key with a best-match assignment; the document and event singletons are
 * scored field by field. Keys absent from `expected` are not scored (see {@link FactsLike}).
 *
 * @example
 * const score = scoreFacts(extract(text), expected);
 * score.types.participants?.f1; // 0.9166…
 * score.overall.recall;
 */
export function scoreFacts(actual: FactsLike, expected: FactsLike, options: ScoreOptions = {}): DocumentScore {
  const strict = options.mode === 'strict';
  const settings: Settings = {
    strict,
    spans: options.compareSpans ?? true,
    provenance: options.compareProvenance ?? strict,
    confidenceTolerance: options.confidenceTolerance ?? 0.05,
    numberTolerance: options.numberTolerance ?? 0.005,
  };
  const exp = expected as Item;
  const act = actual as Item;
  const facts: FactResult[] = [];
  const annotated = new Set<FactType>();

  const expDocument = exp.document as Item | undefined;
  if (expDocument !== undefined) {
    annotated.add('document');
    facts.push(...scoreSingleton('document', expDocument, act.document as Item | undefined, settings, 'dateline.'));
  }
  if (exp.event !== undefined) {
    annotated.add('event');
    facts.push(...scoreSingleton('event', exp.event as Item | null, act.event as Item | null | undefined, settings, ''));
  }
  for (const spec of ARRAY_FACTS) {
    const expItems = exp[spec.type];
    if (!Array.isArray(expItems)) continue;
    annotated.add(spec.type);
    const actItems = Array.isArray(act[spec.type]) ? (act[spec.type] as unknown[]) : [];
    facts.push(...scoreArray(spec, expItems, actItems, settings));
  }

  const types: Partial<Record<FactType, TypeScore>> = {};
  for (const type of annotated) types[type] = typeScore(facts.filter((f) => f.factType === type));
  const overall = toMetrics(sumCounts(Object.values(types)));
  const id = readPath(exp, 'document.id') ?? readPath(act, 'document.id');
  return { id: typeof id === 'string' ? id : null, types, overall, facts };
}

function typeScore(facts: readonly FactResult[]): TypeScore {
  const counts = tally();
  const fields: Record<string, ReturnType<typeof tally>> = {};
  for (const fact of facts) {
    if (fact.counted) counts[fact.classification]++;
    for (const field of fact.fields) (fields[field.field] ??= tally())[field.classification]++;
  }
  return { ...toMetrics(withTotals(counts)), fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, withTotals(v)])) };
}

function tally(): Record<Classification, number> {
  return { correct: 0, incorrect: 0, partial: 0, missing: 0, spurious: 0 };
}

function withTotals(c: Record<Classification, number>): Counts {
  return { ...c, possible: c.correct + c.incorrect + c.partial + c.missing, actual: c.correct + c.incorrect + c.partial + c.spurious };
}

// Singletons: each annotated, non-empty field is one fact.
function scoreSingleton(
  type: SingletonFactType,
  expected: Item | null,
  actual: Item | null | undefined,
  settings: Settings,
  /** Prefix of the sub-object holding evidence and provenance (the dateline for the document). */
  groundedAt: string,
): FactResult[] {
  const out: FactResult[] = [];
  const emit = (field: FieldResult, counted: boolean) =>
    out.push({ factType: type, key: null, classification: field.classification, expectedIndex: null, actualIndex: null, expected: field.expected, actual: field.actual, fields: [field], counted });
  for (const spec of SINGLETON_FIELDS[type]) {
    const e = readPath(expected, spec.path);
    const a = readPath(actual ?? null, spec.path) ?? null;
    if (e === undefined || (!present(e) && !present(a))) continue;
    const field = compareOne(spec, e, a, settings);
    if (field) emit(field, true);
  }
  const base = groundedAt === '' ? (expected ?? null) : readPath(expected, groundedAt.slice(0, -1));
  const actualBase = groundedAt === '' ? (actual ?? null) : readPath(actual ?? null, groundedAt.slice(0, -1));
  for (const field of groundingFields(base as Item | null | undefined, actualBase as Item | null | undefined, settings, groundedAt)) emit(field, false);
  return out;
}

function scoreArray(spec: ArrayFactSpec, expectedRaw: readonly unknown[], actualRaw: readonly unknown[], settings: Settings): FactResult[] {
  const wrap = (item: unknown): Item => (spec.type === 'topics' ? { topic: item } : ((item ?? {}) as Item));
  const expected = expectedRaw.map(wrap);
  const actual = actualRaw.map(wrap);
  const keys = spec.fields.filter((f) => f.role === 'key');
  const others = spec.fields.filter((f) => f.role !== 'key');
  const weights = expected.map((e) =>
    actual.map((a) => {
      const keyScores = keys.map((k) => compareOne(k, readPath(e, k.path), readPath(a, k.path) ?? null, settings)?.classification ?? 'correct');
      if (!keyScores.every((c) => c === 'correct' || c === 'partial')) return 0;
      const rest = others.map((f) => compareOne(f, readPath(e, f.path), readPath(a, f.path) ?? null, settings)?.classification ?? 'correct');
      return 10 * average(keyScores.map(credit)) + average(rest.map(credit)) + 1e-6;
    }),
  );
  const pairs = assignBest(weights);
  const matchedActual = new Set(pairs.map(([, j]) => j));
  const byExpected = new Map(pairs);
  const out: FactResult[] = [];
  expected.forEach((e, i) => {
    const j = byExpected.get(i);
    if (j === undefined) {
      out.push({ factType: spec.type, key: spec.label(e), classification: 'missing', expectedIndex: i, actualIndex: null, expected: expectedRaw[i], actual: null, fields: [], counted: true });
      return;
    }
    const a = actual[j]!;
    const fields = [
      ...spec.fields.flatMap((f) => compareOne(f, readPath(e, f.path), readPath(a, f.path) ?? null, settings) ?? []),
      ...groundingFields(e, a, settings, ''),
    ];
    out.push({
      factType: spec.type,
      key: spec.label(e),
      classification: classifyFact(spec, fields),
      expectedIndex: i,
      actualIndex: j,
      expected: expectedRaw[i],
      actual: actualRaw[j],
      fields,
      counted: true,
    });
  });
  actual.forEach((a, j) => {
    if (!matchedActual.has(j)) {
      out.push({ factType: spec.type, key: spec.label(a), classification: 'spurious', expectedIndex: null, actualIndex: j, expected: null, actual: actualRaw[j], fields: [], counted: true });
    }
  });
  return out;
}

/** correct when every field is; incorrect when a discriminator ("type" field) is wrong; else partial. */
function classifyFact(spec: ArrayFactSpec, fields: readonly FieldResult[]): Classification {
  if (fields.every((f) => f.classification === 'correct')) return 'correct';
  const typeFields = new Set(spec.fields.filter((f) => f.role === 'type').map((f) => f.path));
  const wrongType = fields.some((f) => typeFields.has(f.field) && f.classification !== 'correct' && f.classification !== 'partial');
  return wrongType ? 'incorrect' : 'partial';
}

function compareOne(spec: FieldSpec, e: unknown, a: unknown, settings: Settings): FieldResult | null {
  let c = compareField(spec.kind, e, a, settings);
  if (c === null) return null;
  if (settings.strict && c === 'correct' && !deepEqual(e, a) && (present(e) || present(a))) c = 'partial';
  return { field: spec.path, classification: c, expected: e, actual: a };
}

/** Evidence (when both sides have spans) and provenance (when asked and both sides have it). */
function groundingFields(expected: Item | null | undefined, actual: Item | null | undefined, settings: Settings, prefix: string): FieldResult[] {
  if (!expected || !actual) return [];
  const out: FieldResult[] = [];
  if (settings.spans && present(expected.evidence) && present(actual.evidence)) {
    const field = compareOne({ path: `${prefix}evidence`, kind: 'spans', role: 'attr' }, expected.evidence, actual.evidence, settings);
    if (field) out.push(field);
  }
  const ep = expected.provenance as { rule?: unknown; confidence?: unknown } | undefined;
  const ap = actual.provenance as { rule?: unknown; confidence?: unknown } | undefined;
  if (settings.provenance && ep && ap) {
    out.push({ field: `${prefix}provenance.rule`, classification: ep.rule === ap.rule ? 'correct' : 'incorrect', expected: ep.rule, actual: ap.rule });
    const delta = Math.abs(Number(ep.confidence) - Number(ap.confidence));
    out.push({
      field: `${prefix}provenance.confidence`,
      classification: delta < settings.confidenceTolerance ? 'correct' : 'incorrect',
      expected: ep.confidence,
      actual: ap.confidence,
    });
  }
  return out;
}

function credit(c: Classification): number {
  return c === 'correct' ? 1 : c === 'partial' ? 0.5 : 0;
}

function average(values: readonly number[]): number {
  return values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length;
}
