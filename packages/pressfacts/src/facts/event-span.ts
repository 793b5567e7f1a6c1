import type { DateMention, Sentence } from '@pressfacts/document';
import type { FactsContext } from './context.js';

// Words right before a day that say the gathering opened or closed on it.
const OPENED = /\b(?:opened|opens|opening(?:\s+(?:day|ceremony|session))?|began|begins|kicked\s+off|got\s+under\s+way|started|starts|convened|first\s+day)\b[^.;]{0,50}$/i;
const CLOSED = /\b(?:closed|closes|closing(?:\s+(?:day|ceremony|session))?|close\s+of\s+the\s+\w+|concluded|concludes|ended|ends|wrapped\s+up|wraps\s+up|runs\s+until|run\s+until|until|(?:final|last)\s+day)\b[^.;]{0,50}$/i;
// "the two-day summit", "a three-day meeting", "after three days of talks", "over two days".
const DURATION = /\b(two|three|four|five|2|3|4|5)(?:-day\b|\s+days\s+of\b)|\bover\s+(two|three|four|five)\s+days\b/i;
const DAYS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
/** An opening and a closing day further apart than this are no one gathering. */
const MAX_SPAN_DAYS = 14;

export interface EventSpan {
  readonly start: string;
  readonly end: string;
  readonly evidence: readonly DateMention[];
}

/**
 * The first and last day of a gathering the text gives apart: a day it opened on and a day it
 * closed on ("opened on Friday … wrapped up on Saturday"), or one of them and its length ("the
 * two-day meeting"). Null when the sentences say neither.
 */
export function eventSpan(ctx: FactsContext, sentences: readonly Sentence[], days: readonly DateMention[]): EventSpan | null {
  let opened: DateMention | undefined;
  let closed: DateMention | undefined;
  let length: number | null = null;
  for (const s of sentences) {
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    const d = DURATION.exec(text);
    if (d && length === null) length = DAYS[(d[1] ?? d[2])!.toLowerCase()] ?? null;
  }
  for (const day of days) {
    const sentence = ctx.sentenceAt(day.norm.start);
    const before = ctx.text.slice(Math.max(sentence?.norm.start ?? 0, day.norm.start - 80), day.norm.start);
    if (CLOSED.test(before)) closed ??= day;
    else if (OPENED.test(before)) opened ??= day;
  }
  if (opened && closed) {
    const gap = daysBetween(opened.value!, closed.value!);
    return gap > 0 && gap <= MAX_SPAN_DAYS ? { start: opened.value!, end: closed.value!, evidence: [opened, closed] } : null;
  }
  if (length === null) return null;
  if (opened) return { start: opened.value!, end: addDays(opened.value!, length - 1), evidence: [opened] };
  if (closed) return { start: addDays(closed.value!, 1 - length), end: closed.value!, evidence: [closed] };
  return null;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
