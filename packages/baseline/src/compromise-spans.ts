import type { Span } from '@pressfacts/schema';

/** The parts of compromise's `.json({ offset: true })` output the baseline reads. */
export interface CompromiseTerm {
  readonly text: string;
  readonly tags?: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}
export interface CompromiseMatch {
  readonly terms: readonly CompromiseTerm[];
}

/**
 * The span of a compromise match: first term's text to last term's text (compromise's own term
 * offsets, without the surrounding punctuation it keeps in `pre`/`post`). `null` when the offsets
 * do not slice the input to the terms' text, so no dishonest span is ever produced.
 *
 * @example spanOfMatch('Hi Joe Biden.', { terms: [{ text: 'Joe', offset: { start: 3, length: 3 } }, { text: 'Biden', offset: { start: 7, length: 5 } }] })
 * // { start: 3, end: 12, text: 'Joe Biden' }
 */
export function spanOfMatch(input: string, match: CompromiseMatch): Span | null {
  const first = match.terms[0];
  const last = match.terms[match.terms.length - 1];
  if (first === undefined || last === undefined) return null;
  const start = first.offset.start;
  const end = last.offset.start + last.offset.length;
  if (start < 0 || end > input.length || start >= end) return null;
  const text = input.slice(start, end);
  return text.startsWith(first.text) && text.endsWith(last.text) ? { start, end, text } : null;
}

/** True when any term of the match carries the compromise tag. */
export function hasTag(match: CompromiseMatch, tag: string): boolean {
  return match.terms.some((t) => t.tags?.includes(tag) === true);
}
