import type { Token } from '@pressfacts/document';
import { isVerb, lower, type ChunkedText } from './chunks.js';
import type { FactsContext } from './context.js';
import { nounPhraseAfter, nounPhraseBefore, trimDeterminers } from './noun-phrases.js';

// Token helpers shared by the readers of what a figure (or a count) measures.

// Words between a figure and what leads to it: "of up to 49%", "by more than 30 percent".
const QUALIFIERS: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'approximately', 'over', 'under', 'below', 'above', 'more', 'less', 'fewer', 'than', 'least', 'most', 'just', 'only', 'a', 'record', 'an', 'estimated', 'between']);

/** Token range `[from, to)` in a chunked sentence. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Index after the word that leads to a figure, skipping qualifiers: "of up to 49%" and "of at
 * least 2%" → after "of"; "amounted to about $7 billion" → after "to".
 */
export function skipQualifiersBack(tokens: readonly Token[], i: number, floor: number): number {
  let k = i;
  while (k > floor) {
    const w = lower(tokens[k - 1]);
    if (w === 'to' && lower(tokens[k - 2]) === 'up') k -= 2;
    // "worth in excess of $4 billion", "as high as 50 percent", "as much as $20 billion"
    else if (w === 'of' && lower(tokens[k - 2]) === 'excess' && lower(tokens[k - 3]) === 'in') k -= 3;
    else if (w === 'as' && /^(?:high|much|many|low|little)$/.test(lower(tokens[k - 2])) && lower(tokens[k - 3]) === 'as') k -= 3;
    // "to the tune of $3 billion"
    else if (w === 'of' && lower(tokens[k - 2]) === 'tune' && lower(tokens[k - 3]) === 'the' && lower(tokens[k - 4]) === 'to') k -= 4;
    else if (w === 'at' && /^(?:least|most)$/.test(lower(tokens[k]))) k--;
    // "agreements worth a total of $4.5 billion", "reached a total of 1,200": after a word that leads to a figure.
    else if (w === 'of' && lower(tokens[k - 2]) === 'total' && /^(?:a|the)$/.test(lower(tokens[k - 3])) && k - 4 > floor && (isVerb(tokens[k - 4]) || /^(?:worth|to|at)$/.test(lower(tokens[k - 4])))) k -= 3;
    else if (QUALIFIERS.has(w)) k--;
    else break;
  }
  return k;
}

/** Index of the last verb in `[from, to)`, or -1. */
export function lastVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isVerb(tokens[i])) return i;
  return -1;
}

/** "raise the lending capacity of banks by 30 percent", "was the largest source of imports at $4.1 billion". */
export function objectBefore(tokens: readonly Token[], verb: number, lead: number): Span | null {
  const prep = lead - 1;
  if (prep <= verb + 1 || !/^(?:to|by|at)$/.test(lower(tokens[prep]))) return null;
  const from = verb + 1;
  let to = nounPhraseAfter(tokens, from, prep);
  // "raised its forecast for global growth to 3.2 percent", "cut the tariff on steel to": the object with what it is of.
  if (to > from && to < prep - 1 && /^(?:for|on|in)$/.test(lower(tokens[to])) && nounPhraseAfter(tokens, to + 1, prep) === prep) to = prep;
  // "rose 12 percent to $4.2 billion": an amount before "to" is a change, not what is measured.
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'NUM') return null;
  // "cut the repo rate by 25 basis points to 5.5 percent": the object before the change.
  if (to > from && to < prep && isChangeBy(tokens, to, prep)) return { from: trimDeterminers(tokens, from, to), to };
  // "kept its policy rate unchanged at 27 percent": the object held steady.
  return to === prep || (to === prep - 1 && to > from && STEADY.test(tokens[to]!.value)) ? { from: trimDeterminers(tokens, from, to), to } : null;
}

const STEADY = /^(?:unchanged|steady|stable|flat|constant)$/i;

/** Is `[by, to)` "by" and an amount, right before the "to" of a new level ("by 25 basis points to")? */
export function isChangeBy(tokens: readonly Token[], by: number, to: number): boolean {
  if (lower(tokens[by]) !== 'by' || lower(tokens[to]) !== 'to' || to - by < 2 || to - by > 6) return false;
  let number = false;
  for (let i = by + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NUM' || /^(?:quarter|half)$/i.test(t.value)) number = true; // "by a quarter point"
    else if (!/^(?:NOUN|SYM|ADJ|PROPN)$/.test(t.pos) && !QUALIFIERS.has(lower(t))) return false;
  }
  return number;
}

/** The noun phrase a relative chunk hangs on: the end of the chunk before it ("the Alliance, which …"). */
export function antecedent(text: ChunkedText, c: number): Span | null {
  const prev = text.chunks[c - 1]!;
  const { tokens } = text;
  // "the SADC Mission in the Democratic Republic of Congo (SAMIDRC), which …": the acronym names it.
  if (tokens[prev.to - 1]?.value === ')' && tokens[prev.to - 3]?.value === '(' && /^\p{Lu}{2,}$/u.test(tokens[prev.to - 2]!.value)) return { from: prev.to - 2, to: prev.to - 1 };
  const from = trimDeterminers(tokens, nounPhraseBefore(tokens, prev.to, prev.from), prev.to);
  // "mobilised €3.5 billion, of which …": an amount is no noun a clause hangs on.
  if (/^(?:NUM|SYM)$/.test(tokens[prev.to - 1]?.pos ?? '')) return null;
  // "… N.V. (Euronext: MPG), which": no noun phrase starts inside a parenthesis.
  const opened = tokens.slice(from, prev.to).findIndex((t) => t.value === '(');
  const closed = tokens.slice(from, prev.to).findIndex((t) => t.value === ')');
  if (closed >= 0 && (opened < 0 || closed < opened)) return null;
  return from < prev.to ? { from, to: prev.to } : null;
}

/** The text of a token span as the release wrote it (runs of white space made one space). */
export function words(ctx: FactsContext, tokens: readonly Token[], span: Span): string | null {
  if (span.to <= span.from) return null;
  return ctx.rawText(tokens[span.from]!.norm.start, tokens[span.to - 1]!.norm.end);
}

/** `words` of a span that may be missing (null stays null). */
export function shown(ctx: FactsContext, tokens: readonly Token[], span: Span | null): string | null {
  return span === null ? null : words(ctx, tokens, span);
}
