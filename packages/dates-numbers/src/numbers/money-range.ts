import type { QuantityDraft } from './recognizer.js';

const GAP = /^\s*(-|to|and)\s*$/i;
const MAX_GAP = 6;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between\s+$/iu;

/**
 * Joins two amounts of one currency into a range: "$2 billion to $3 billion", "$2 to $3 billion"
 * (the first takes the second's scale), "between $2 billion and $3 billion". `drafts` must be
 * sorted by start; the range's value is the lower bound and `upperValue` the upper.
 */
export function mergeMoneyRanges(drafts: readonly QuantityDraft[], text: string): QuantityDraft[] {
  const out: QuantityDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i];
    const b = drafts[i + 1];
    if (a === undefined) continue;
    if (b !== undefined && a.kind === 'money' && b.kind === 'money' && canJoin(a, b, text)) {
      const value = (a.scale ?? null) === null && (b.scale ?? null) !== null ? a.value * 10 ** (b.scale ?? 0) : a.value;
      if (b.value > value) {
        out.push({ ...a, end: b.end, value, upperValue: b.value, scale: b.scale ?? null, rule: 'money/range' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function canJoin(a: QuantityDraft, b: QuantityDraft, text: string): boolean {
  if (a.currency !== b.currency || (a.upperValue ?? null) !== null || (b.upperValue ?? null) !== null) return false;
  if (b.start - a.end > MAX_GAP) return false;
  const gap = GAP.exec(text.slice(a.end, b.start));
  if (gap === null) return false;
  return gap[1]?.toLowerCase() !== 'and' || BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
}
