import { scoreFacts } from './score-facts.js';
import type { DocumentScore, FactDiff, FactsLike, ScoreOptions } from './types.js';

/**
 * Every difference between `actual` and `expected`: one entry per missing or spurious fact and one
 * per differing field of an aligned fact. Empty when they agree. Pass `{ mode: 'strict' }` for a
 * regression check (anything not identical is listed).
 *
 * @example
 * diffFacts(actual, expected, { mode: 'strict' });
 * // [{ factType: 'participants', key: 'China', field: 'representative', expected: 'Xi Jinping', actual: 'Xi', classification: 'partial' }]
 */
export function diffFacts(actual: FactsLike, expected: FactsLike, options?: ScoreOptions): FactDiff[] {
  return diffsOfScore(scoreFacts(actual, expected, options));
}

/**
 * The differences recorded in a {@link DocumentScore} (what {@link diffFacts} returns).
 *
 * @example
 * const score = scoreFacts(actual, expected); // actual.topics ['trade'], expected.topics ['trade', 'energy']
 * diffsOfScore(score);
 * // [{ factType: 'topics', key: 'energy', field: null, expected: 'energy', actual: null, classification: 'missing' }]
 */
export function diffsOfScore(score: DocumentScore): FactDiff[] {
  const out: FactDiff[] = [];
  for (const fact of score.facts) {
    if (fact.classification === 'missing' || fact.classification === 'spurious') {
      if (fact.fields.length === 0) {
        out.push({ factType: fact.factType, key: fact.key, field: null, expected: fact.expected, actual: fact.actual, classification: fact.classification });
        continue;
      }
    }
    for (const field of fact.fields) {
      if (field.classification === 'correct') continue;
      out.push({
        factType: fact.factType,
        key: fact.key,
        field: field.field,
        expected: field.expected,
        actual: field.actual,
        classification: field.classification,
      });
    }
  }
  return out;
}

/** Options of {@link formatDiff}. */
export interface FormatDiffOptions {
  /** ANSI colours (default false). */
  readonly color?: boolean;
  /** Prefix of every line (default two spaces). */
  readonly indent?: string;
}

const SIGN = { missing: '-', spurious: '+', incorrect: '~', partial: '~' } as const;
const COLOR = { missing: '\x1b[31m', spurious: '\x1b[32m', incorrect: '\x1b[33m', partial: '\x1b[33m' } as const;

/**
 * One line per difference: `- ` missing, `+ ` spurious, `~ ` changed; where, and expected vs actual.
 *
 * @example
 * formatDiff(diffFacts(actual, expected));
 * // ~ participants[China].representative: expected "Xi Jinping", actual "Xi" (partial)
 * // - figures[30,000,000,000 USD]: missing {"value":30000000000,"unit":"USD",…}
 */
export function formatDiff(diffs: readonly FactDiff[], options: FormatDiffOptions = {}): string {
  const indent = options.indent ?? '  ';
  return diffs
    .map((d) => {
      const where = `${d.factType}${d.key === null ? '' : `[${d.key}]`}${d.field === null ? '' : `.${d.field}`}`;
      let body: string;
      if (d.field === null) body = `${d.classification} ${renderValue(d.classification === 'missing' ? d.expected : d.actual)}`;
      else body = `expected ${renderValue(d.expected)}, actual ${renderValue(d.actual)} (${d.classification})`;
      const line = `${SIGN[d.classification]} ${where}: ${body}`;
      return `${indent}${options.color ? `${COLOR[d.classification]}${line}\x1b[0m` : line}`;
    })
    .join('\n');
}

/**
 * Compact JSON of a value, without evidence and provenance (they are noise in a diff line).
 *
 * @example
 * renderValue({ name: 'Li Qiang', titles: ['Premier'], evidence: [{ start: 0, end: 8, text: 'Li Qiang' }] });
 * // '{"name":"Li Qiang","titles":["Premier"]}'
 */
export function renderValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'object' && s !== null && 'start' in s && 'end' in s)) {
    return value.map((s: { start: number; end: number }) => `[${s.start},${s.end})`).join(' ');
  }
  return JSON.stringify(value, (key, v: unknown) => (key === 'evidence' || key === 'provenance' ? undefined : v));
}
