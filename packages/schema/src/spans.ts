import type { Span, SummitFacts } from './index.js';

/** A span in a facts document that does not slice the input to its own text. */
export interface DishonestSpan {
  readonly path: string;
  readonly span: Span;
}

/**
 * Lists every span in `facts` (evidence, dateline, diagnostics) for which
 * `input.slice(start, end) !== text`. Empty when all spans are honest.
 *
 * @example expect(findDishonestSpans(facts, input)).toEqual([]);
 */
export function findDishonestSpans(facts: SummitFacts, input: string): DishonestSpan[] {
  const out: DishonestSpan[] = [];
  visit(facts, '', (path, span) => {
    if (input.slice(span.start, span.end) !== span.text || span.start > span.end) out.push({ path, span });
  });
  return out;
}

function visit(value: unknown, path: string, onSpan: (path: string, span: Span) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => visit(v, `${path}/${i}`, onSpan));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
    onSpan(path, record as unknown as Span);
    return;
  }
  for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`, onSpan);
}
