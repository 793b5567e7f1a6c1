import type { AgreementEntity, DateMention, Sentence } from '@pressfacts/document';
import type { Agreement, Participant, SummitEvent } from '@pressfacts/schema';
import { isClockLine } from '@pressfacts/tokenizer';
import { NOT_EVENT_BEFORE } from '../data/timeline-cues.js';
import { provenance } from '../data/rule-confidence.js';
import { actionClause, type ActionClause } from './agreement-clause.js';
import { dissentingCountries, partiesOf } from './agreement-parties.js';
import { evidenceOf, type FactsContext } from './context.js';
import { lower } from './chunks.js';
import { eventDatesIn } from './event-dates.js';
import { CLOSING_DAY, firstMatchIn, matchesIn, NTH_DAY, OPENING_DAY } from './event-patterns.js';
import { addDaysIso } from './iso-days.js';
import { wholeWordIn, wordNeeds } from './word-index.js';

type EventDates = Pick<SummitEvent, 'startDate' | 'endDate'> & Partial<Pick<SummitEvent, 'provenance'>>;

// "until 2035", "by 2030": a deadline, not when the agreement was acted on.
const NOT_ACTION_DATE = new RegExp(`\\b(?:${NOT_EVENT_BEFORE.map((r) => r.word).join('|')})\\s+$`, 'i');

/**
 * Titled agreements with what was done with them, by whom and when. An agreement the text only
 * names before the body (the release's own title) is not one the body reports on.
 */
export function assembleAgreements(ctx: FactsContext, participants: readonly Participant[], event: EventDates | string | null): Agreement[] {
  const dates: EventDates = typeof event === 'string' || event === null ? { startDate: event, endDate: null } : event;
  const agreements = ctx.entities
    .filter((e): e is AgreementEntity => e.kind === 'agreement')
    .filter((a) => a.mentions.some((m) => m.norm.start >= ctx.header.bodyStart))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const dissenters = dissentingCountries(ctx);
  return agreements.map((a) => {
    const clause = actionClause(ctx, a, agreements);
    const action = clause?.action ?? 'other';
    const date = clause ? actionDate(ctx, a, clause, dates) : null;
    const historic = date !== null && dates.startDate !== null && date.slice(0, 4) < dates.startDate.slice(0, 4);
    return {
      title: a.name,
      kind: a.agreementKind,
      action,
      parties: clause && action !== 'other' && !historic ? partiesOf(ctx, clause, participants, dissenters) : [],
      date: action === 'other' ? null : date,
      evidence: evidenceOf(a.mentions),
      provenance: provenance('agreements/titled'),
    };
  });
}

// Whether a sentence names the opening or the closing day, read once per sentence (one long
// sentence naming many agreements would otherwise be read once per agreement).
const DAY_CUES = new WeakMap<Sentence, DayCues>();

interface DayCues {
  readonly opening: boolean;
  readonly closing: boolean;
  /** "on the second day": which day of the event (0 when none is named). */
  readonly nth: number;
}

function dayCues(ctx: FactsContext, sentence: Sentence): DayCues {
  let cues = DAY_CUES.get(sentence);
  if (cues === undefined) {
    // (Each pattern is read only where the sentence holds its words: most hold none.)
    const { start, end } = sentence.norm;
    const hit = firstMatchIn(ctx, NTH_DAY, start, end);
    const nth = (hit?.[1] ?? hit?.[2])?.toLowerCase();
    DAY_CUES.set(sentence, (cues = { opening: matchesIn(ctx, OPENING_DAY, start, end), closing: matchesIn(ctx, CLOSING_DAY, start, end), nth: nth === undefined ? 0 : (NTH[nth] ?? 0) }));
  }
  return cues;
}

const NTH: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, '2nd': 2, '3rd': 3, '4th': 4, two: 2, three: 3, four: 4 };

function addDays(day: string, n: number): string {
  return addDaysIso(day.slice(0, 10), n);
}

/**
 * When the agreement was acted on: a date its clause gives ("signed in 1949"), a day a phrase of
 * its sentence gives, the event's opening or closing day when the sentence names it, or the
 * event's date when the event lasted one day (the document's date when there is no event).
 */
function actionDate(ctx: FactsContext, a: AgreementEntity, clause: ActionClause, event: EventDates): string | null {
  const { sentence, text } = clause;
  const inTitle = (d: DateMention) => a.mentions.some((m) => m.norm.start <= d.norm.start && m.norm.end >= d.norm.end);
  const usable = ctx
    .datesIn(sentence.norm.start, sentence.norm.end)
    .filter((d) => d.value !== null && !inTitle(d) && !NOT_ACTION_DATE.test(ctx.text.slice(Math.max(0, d.norm.start - 12), d.norm.start)));
  // The clause of the title and of its verb first ("the Treaty was signed in 1949", "the
  // Communiqué, adopted on Sunday"), then a verbless phrase of the sentence ("On July 10, the
  // leaders issued …"), never another clause ("Leaders opened the gathering on July 9 …").
  const verbChunk = clause.verb >= 0 ? text.chunks.findIndex((k) => k.from <= clause.verb && clause.verb < k.to) : -1;
  const own = usable.find((d) => [clause.chunk, verbChunk].includes(text.chunkAt(d.norm.start)));
  if (own) return own.value;
  const phrase = usable.find((d) => d.precision === 'day' && ['phrase', 'noun'].includes(text.chunks[text.chunkAt(d.norm.start)]?.kind ?? ''));
  if (phrase) return phrase.value;
  // "Leaders wrapped up the summit on Friday, adopting the X": a participle shares its clause's day.
  const verbToken = clause.verb > 0 ? text.tokens[clause.verb] : undefined;
  if (verbToken !== undefined && /ing$/i.test(verbToken.value) && lower(text.tokens[clause.verb - 1]) === ',') {
    const day = usable.find((d) => d.precision === 'day' && d.norm.end <= verbToken.norm.start);
    if (day) return day.value;
  }
  // "At that summit, leaders issued …": the gathering the sentence before dated, not this one.
  if (THAT_GATHERING.test(ctx.text.slice(sentence.norm.start, sentence.norm.end))) {
    const prev = ctx.bodySentences.filter((s) => s.norm.end <= sentence.norm.start).at(-1);
    const day = prev && eventDatesIn(ctx, prev.norm.start, prev.norm.end).find((d) => d.precision === 'day' && d.endValue === null && d.value !== null);
    return day?.value ?? null;
  }
  // A release about no gathering reports what was done on its own date.
  if (event.startDate === null) return ctx.documentDate;
  const cues = dayCues(ctx, sentence);
  if (cues.opening) return event.startDate;
  if (cues.nth > 1 && event.endDate !== null) {
    const day = addDays(event.startDate, cues.nth - 1);
    if (day <= event.endDate) return day;
  }
  if (cues.closing) return event.endDate ?? event.startDate;
  if (event.endDate === null) return event.startDate;
  // "Biden and Zelenskyy have signed …": a perfect reports the act as just done, on the release's day.
  // An entry of a live blog (under a time stamp) reports the blog's day too.
  const day = ctx.documentDate;
  const justDone = (clause.verb > 0 && PERFECT.has(lower(clause.text.tokens[clause.verb - 1]))) || underTimeStamp(ctx, sentence);
  if (justDone && day !== null && day >= event.startDate && day <= event.endDate) return day;
  // "After the talks, the two presidents signed …": the day the talks were reported held.
  const talks = gatheringDay(ctx, sentence, event);
  if (talks !== null) return talks;
  // Signed "at the summit", "on the sidelines", "during the visit" of several days, without a day
  // of its own: as precise as the text allows, the month (or the year) the first and the last day
  // share. Without such a phrase the sentence may report an act from before the event: no date.
  return AT_GATHERING.test(clauseText(ctx, clause)) ? sharedPrefix(event.startDate, event.endDate) : null;
}

/** The text of the clause around the title: its chunks up to the coordinators or stops either side. */
function clauseText(ctx: FactsContext, clause: ActionClause): string {
  const { chunks, tokens } = clause.text;
  let from = clause.chunk;
  let to = clause.chunk;
  // "At the summit, the leaders adopted the X and signed the Y": a predicate coordinated with
  // the clause before shares its adverbials.
  while (from > 0 && (!chunks[from]!.hard || chunks[from]!.kind === 'predicate')) from--;
  while (to + 1 < chunks.length && !chunks[to + 1]!.hard) to++;
  return ctx.text.slice(tokens[chunks[from]!.from]!.norm.start, tokens[chunks[to]!.to - 1]!.norm.end);
}

// "At that summit", "during that meeting": a gathering the text named before, not the event's.
const THAT_GATHERING = /\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+that\s+(?:summit|meeting|conference|gathering|session)\b/i;

// The act placed at the gathering itself.
const AT_GATHERING =
  /\b(?:(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+course\s+of)\s+the\s+(?:summit|meeting|visit|conference|gathering|session|talks)\b|\bon\s+the\s+(?:sidelines|margins)\b)/i;

/** "2024-06" for "2024-06-13" and "2024-06-15"; "2024" across months; null across years. */
function sharedPrefix(a: string, b: string): string | null {
  if (a.slice(0, 7) === b.slice(0, 7)) return a.slice(0, 7);
  return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : null;
}

const PERFECT: ReadonlySet<string> = new Set(['has', 'have']);
const BARE_SIDELINES = /\bon\s+the\s+(?:sidelines|margins)\b(?!\s+of)/i;

/** The sentence is in the first paragraph after a time-stamp line (a live blog's entry). */
function underTimeStamp(ctx: FactsContext, sentence: Sentence): boolean {
  // Any paragraph of an entry: a time-stamp line before the sentence, within the entry's reach.
  let lineStart = ctx.text.lastIndexOf('\n', sentence.norm.start - 1);
  for (let n = 0; lineStart >= 0 && n < ENTRY_LINES; n++) {
    const prev = ctx.text.lastIndexOf('\n', lineStart - 1);
    if (isClockLine(ctx.text.slice(prev + 1, lineStart))) return true;
    lineStart = prev;
  }
  return false;
}

/** How many lines back an entry's time stamp may stand. */
const ENTRY_LINES = 8;

// A gathering within the event that a sentence refers back to ("after the talks", "at the meeting").
const GATHERING_REFERENCE = /\b(?:after|during|at|following|on\s+the\s+sidelines\s+of|in|on)\s+the(?:ir)?\s+(talks|meeting|ceremony|dinner|session|retreat|bilateral\s+meeting)\b/i;

// One pattern per noun GATHERING_REFERENCE can name (a handful), made on first use.
const NOUN_PATTERNS = new Map<string, RegExp>();
// The one-word nouns, for the word index (every sentence before an agreement's is asked about one).
const NOUN_WORDS = new Map(['talks', 'meeting', 'ceremony', 'dinner', 'session', 'retreat'].map((w) => [w, { needs: wordNeeds([[w]]), words: new Set([w]) }]));

/** `nounPattern(noun).test(text of the range)`: for a one-word noun, read from the word index. */
function namesNoun(ctx: FactsContext, noun: string, start: number, end: number): boolean {
  const word = NOUN_WORDS.get(noun);
  const found = word === undefined ? null : wholeWordIn(ctx, word.needs, word.words, start, end);
  return found ?? nounPattern(noun).test(ctx.text.slice(start, end));
}

/** `\b<noun>\b`, any case, any white space between its words ("bilateral  meeting"). */
function nounPattern(noun: string): RegExp {
  const source = `\\b${noun.toLowerCase().replace(/\s+/g, '\\s+')}\\b`;
  let pattern = NOUN_PATTERNS.get(source);
  if (pattern === undefined) NOUN_PATTERNS.set(source, (pattern = new RegExp(source, 'i')));
  return pattern;
}

/**
 * The day of the gathering `sentence` refers back to ("after the talks"): the day an earlier
 * sentence gives for it ("On May 8, President X held talks with …"), when that day lies within
 * the event. Null when the sentence refers to none or no earlier sentence dates it.
 */
function gatheringDay(ctx: FactsContext, sentence: Sentence, event: EventDates): string | null {
  const said = ctx.text.slice(sentence.norm.start, sentence.norm.end);
  // "On the margins, Sweden and Finland signed …": of the gathering the sentence before dated.
  if (BARE_SIDELINES.test(said)) {
    const prev = ctx.bodySentences.filter((s) => s.norm.end <= sentence.norm.start).at(-1);
    const day = prev && eventDatesIn(ctx, prev.norm.start, prev.norm.end).find((d) => d.precision === 'day' && d.endValue === null && d.value !== null);
    if (day?.value && day.value >= event.startDate! && day.value <= event.endDate!) return day.value;
  }
  const ref = GATHERING_REFERENCE.exec(said);
  // A visit's documents are signed at the talks its readout reports.
  const visit = event.provenance?.rule === 'event/visit';
  if (ref === null && !visit) return null;
  const noun = ref === null ? 'talks' : ref[1]!.toLowerCase();
  for (const s of ctx.bodySentences) {
    if (s.norm.start >= sentence.norm.start) break;
    if (!namesNoun(ctx, noun, s.norm.start, s.norm.end)) continue;
    const day = eventDatesIn(ctx, s.norm.start, s.norm.end).find((d) => d.precision === 'day' && d.endValue === null && d.value !== null);
    if (day?.value && day.value >= event.startDate! && day.value <= event.endDate!) return day.value;
  }
  return null;
}
