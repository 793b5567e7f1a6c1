import type { DateMention, Sentence } from '@pressfacts/document';
import type { FactsContext } from './context.js';
import { DURATION, firstMatchIn } from './event-patterns.js';
import { addDaysIso } from './iso-days.js';

// Words right before a day that say the gathering opened or closed on it.
const OPENED = /\b(?:opened|opens|opening(?:\s+(?:day|ceremony|session))?|began|begins|kicked\s+off|kicks\s+off|got\s+under\s+way|gets\s+under\s+way|commenced|commences|started|starts|convened|first\s+day)\b[^.;]{0,50}$/i;
const CLOSED = /\b(?:closed|closes|closing(?:\s+(?:day|ceremony|session))?|close\s+of\s+the\s+\w+|concluded|concludes|ended|ends|wrapped\s+up|wraps\s+up|runs\s+(?:until|through)|run\s+(?:until|through)|continues?\s+(?:until|through)|lasts?\s+(?:until|through)|until|(?:final|last)\s+day)\b[^.;]{0,50}$/i;
const DAYS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };
/** Two days joined by "and" further apart than this are two events ("on Monday and Friday"). */
const MAX_PAIR_DAYS = 2;
/** An opening and a closing day further apart than this are no one gathering. */
const MAX_SPAN_DAYS = 14;

export interface EventSpan {
  readonly start: string;
  readonly end: string;
  readonly evidence: readonly DateMention[];
}

/**
 * The first and last day of a gathering the text gives apart: two days joined by "and" ("on
 * Saturday and Sunday"), a day it opened on and a day it closed on ("opened on Friday … wrapped up
 * on Saturday"), or one of them and its length ("the two-day meeting"). Null when the sentences
 * say neither.
 */
export function eventSpan(ctx: FactsContext, sentences: readonly Sentence[], days: readonly DateMention[]): EventSpan | null {
  let opened: DateMention | undefined;
  let closed: DateMention | undefined;
  let length: number | null = null;
  for (const s of sentences) {
    const d = firstMatchIn(ctx, DURATION, s.norm.start, s.norm.end);
    if (d && length === null) length = DAYS[(d[1] ?? d[2])!.toLowerCase()] ?? null;
  }
  // "on Saturday and Sunday", "on Thursday and Friday": two days joined by "and", days apart.
  for (let k = 0; k + 1 < days.length; k++) {
    const a = days[k]!;
    const b = days[k + 1]!;
    if (!/^\s*and\s+(?:on\s+)?$/i.test(ctx.text.slice(a.norm.end, b.norm.start))) continue;
    const gap = daysBetween(a.value!, b.value!);
    if (gap > 0 && gap <= MAX_PAIR_DAYS) return { start: a.value!, end: b.value!, evidence: [a, b] };
  }
  for (const day of days) {
    const sentence = ctx.sentenceAt(day.norm.start);
    const before = ctx.text.slice(Math.max(sentence?.norm.start ?? 0, day.norm.start - 80), day.norm.start);
    // The cue nearer the day wins: "wrapped up the first day of talks today" opened today.
    const close = lastCue(CLOSED, before);
    const open = lastCue(OPENED, before);
    if (close > open) closed ??= day;
    else if (open >= 0) opened ??= day;
  }
  if (opened && closed) {
    let end = closed.value!;
    // "runs until Saturday" read as the Saturday before: a weekday after the opening is meant.
    if (closed.relative && daysBetween(opened.value!, end) < 0 && daysBetween(opened.value!, end) > -7) end = addDaysIso(end, 7);
    const gap = daysBetween(opened.value!, end);
    return gap > 0 && gap <= MAX_SPAN_DAYS ? { start: opened.value!, end, evidence: [opened, closed] } : null;
  }
  if (length === null) return null;
  if (opened) return { start: opened.value!, end: addDaysIso(opened.value!, length - 1), evidence: [opened] };
  if (closed) return { start: addDaysIso(closed.value!, 1 - length), end: closed.value!, evidence: [closed] };
  return null;
}

/** Where the last cue of `pattern` (anchored at the end) starts in `before`, or -1. */
function lastCue(pattern: RegExp, before: string): number {
  const m = pattern.exec(before);
  if (m === null) return -1;
  // The pattern matches the first cue of the run up to the end; look for a later one in it.
  let at = m.index;
  for (let from = at + 1; from < before.length; from++) {
    const again = pattern.exec(before.slice(from));
    if (again === null) break;
    at = from + again.index;
    from = at;
  }
  return at;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

