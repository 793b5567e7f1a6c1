import type { Quantity, Token } from '@pressfacts/document';
import { ALLOCATION_VERBS, CHANGE_PASSIVES, GENERIC_MEASURE_NOUNS, MEASURE_VERBS, PARTICIPLE_ADJECTIVES, SHARE_VERBS } from '../data/figure-cues.js';
import { RELATIVE_WORDS } from '../data/clause-cues.js';
import { isVerb, lower, type ChunkedText } from './chunks.js';
import type { FactsContext } from './context.js';
import { antecedent, isChangeBy, lastVerb, objectBefore, shown, skipQualifiersBack, words, type Span } from './figure-words.js';
import { nounPhraseAfter, nounPhraseBefore, trimDeterminers } from './noun-phrases.js';
import { firstTokenFrom } from './token-search.js';

const MEASURE_VERB: ReadonlySet<string> = new Set(MEASURE_VERBS.flatMap((r) => r.words));
const GENERIC_NOUN: ReadonlySet<string> = new Set(GENERIC_MEASURE_NOUNS.flatMap((r) => r.words));
const ALLOCATION_VERB: ReadonlySet<string> = new Set(ALLOCATION_VERBS.flatMap((r) => r.words));
const CHANGE_PASSIVE: ReadonlySet<string> = new Set(CHANGE_PASSIVES.flatMap((r) => r.words));
const ALLOCATION_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'into', 'towards', 'toward', 'in', 'on']);
const BE = /^(?:is|are|was|were|be|been|being)$/;
const SHARE_VERB: ReadonlySet<string> = new Set(SHARE_VERBS.flatMap((r) => r.words));
const PARTICIPLE_ADJECTIVE: ReadonlySet<string> = new Set(PARTICIPLE_ADJECTIVES.flatMap((r) => r.words));
const AMOUNT_KINDS: ReadonlySet<string> = new Set(['money', 'percent', 'cardinal']);
const VALUE_WORDS: ReadonlySet<string> = new Set(['worth', 'valued', 'totalling', 'totaling', 'amounting', 'estimated', 'priced', 'costing']);
const TIME_WORDS = /^(?:year|years|month|months|week|weeks|day|days|quarter|half|period|decade)$/i;
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'city', 'region', 'venue']);
// "15 percent of the region's total", "2 percent of GDP": the whole a share is taken of.
const TOTAL = /^\s+(?:the\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:total|GDP|gross\s+domestic\s+product|GNI|national\s+income)\b/iu;
const SET_ASIDE = /^(?:aside|apart|available)$/;
const MAKE = /^(?:make|makes|made|making)$/;
const SPEND = /^(?:spend|spends|spent|spending)$/;
// "Nearly half of the $10 billion will go to …": a part of an amount that opens its clause.
const PART_OF =
  /^\s*(?:(?:(?:nearly|almost|about|roughly|some|over|more\s+than|just|only)\s+)?(?:half|a\s+third|a\s+quarter|one\s+third|two\s+thirds|most|much|some|part|all)\s+of\s+(?:the\s+)?|(?:an?\s+|the\s+)?(?:further|additional|extra|another|remaining|total\s+of)\s+)$/i;
const PRONOUNS = /^(?:it|they|he|she|we|this|these|those|that|which|who)$/i;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])(?:-|$)/;
// "$4 billion in the country": a place named by a common noun is no more what is measured than "in Kenya".
const PLACE_NOUNS = /^(?:country|countries|region|regions|continent|world|city|area|nation|capital|kingdom|republic|island|islands)$/i;

/** The figure before in the same sentence: its subject and the word after it ("in", "of", …). */
export interface PreviousFigure {
  readonly subject: string | null;
  readonly next: string;
}

/** The word right after a figure, lower-cased (what a list of parallel figures shares). */
export function wordAfter(text: ChunkedText, q: Quantity): string {
  return lower(text.tokens[firstTokenFrom(text.tokens, q.norm.end)]);
}

/**
 * The short noun phrase a figure measures, read from the sentence around it:
 * "U.S. duties of up to 49%", "a 10% baseline tariff", "90 percent of respondents",
 * "trade reached $71.2 billion", "raise the lending capacity of banks by 30 percent",
 * "$50bn in loans to Ukraine"; a verbless phrase of figures ("€4,590 in the euro area") shares the
 * subject of the figure before it (`previous`).
 */
export function subjectOf(ctx: FactsContext, q: Quantity, text: ChunkedText, previous: PreviousFigure | null): string | null {
  return withoutDayOwner(measuredPhrase(ctx, q, text, previous));
}

// "Thursday's outreach session": a day in the possessive says when, not what is measured.
const DAY_OWNER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|(?:(?:this|last|next)\s+)?(?:year|month|week))['\u2019]s\s+(?=\S)/i;

/** What is measured, without a day that owns it ("Thursday's outreach session" → "outreach session"). */
export function withoutDayOwner(subject: string | null): string | null {
  const owner = subject === null ? null : DAY_OWNER.exec(subject);
  return subject === null || owner === null ? subject : subject.slice(owner[0].length);
}

function measuredPhrase(ctx: FactsContext, q: Quantity, text: ChunkedText, previous: PreviousFigure | null): string | null {
  const { tokens } = text;
  const first = firstTokenFrom(tokens, q.norm.start);
  const after = firstTokenFrom(tokens, q.norm.end);
  const end = after < 0 ? tokens.length : after;
  const c = text.chunkAt(q.norm.start);
  if (first < 0 || c < 0) return null;
  const chunk = text.chunks[c]!;
  const lead = skipQualifiersBack(tokens, first, chunk.from);
  const inherited = previous?.subject ?? null;

  // "U.S. duties of up to 49%", "an increase of 4.5 percent" (too general: look further).
  let generic: Span | null = null;
  if (lower(tokens[lead - 1]) === 'of' && lead - 1 > chunk.from) {
    let from = trimDeterminers(tokens, nounPhraseBefore(tokens, lead - 1, chunk.from, false), lead - 1);
    // "the pledge by South Africa of R1 billion": the noun the agent phrase hangs on.
    if (from < lead - 1 && lower(tokens[from - 1]) === 'by' && /^(?:NOUN)$/.test(tokens[from - 2]?.pos ?? '') && from - 2 > chunk.from) {
      from = trimDeterminers(tokens, nounPhraseBefore(tokens, from - 1, chunk.from, false), from - 1);
    }
    if (from < lead - 1) {
      // "the Global Gateway investment package of €12 billion": a general head named by a modifier.
      if (!GENERIC_NOUN.has(lower(tokens[lead - 2])) || hasSpecificNoun(tokens, from, lead - 2)) return shown(ctx, tokens, { from, to: lead - 1 });
      generic = { from, to: lead - 1 };
    }
  }
  // "trade worth $120 billion", "a package valued at €2bn": the noun the amount is the value of.
  const worth = VALUE_WORDS.has(lower(tokens[lead - 1])) ? lead - 1 : /^(?:at|to)$/.test(lower(tokens[lead - 1])) && VALUE_WORDS.has(lower(tokens[lead - 2])) ? lead - 2 : -1;
  if (worth > chunk.from) {
    let from = trimDeterminers(tokens, nounPhraseBefore(tokens, worth, chunk.from, false), worth);
    // "25 cooperation agreements worth …": the count is a figure of its own, not part of what is valued.
    while (from < worth - 1 && tokens[from]!.pos === 'NUM' && /\d/.test(tokens[from]!.value)) from++;
    if (from < worth && /^(?:NOUN|PROPN)$/.test(tokens[worth - 1]!.pos)) return shown(ctx, tokens, { from, to: worth });
  } else if (worth === chunk.from && c > 0 && !chunk.hard && /^(?:NOUN|PROPN)$/.test(tokens[text.chunks[c - 1]!.to - 1]!.pos)) {
    // "The deal, worth an estimated $2.3 billion, was signed": the noun phrase the value stands beside.
    // Not the object of a preposition: "… with partners during the conference, worth $1.6 trillion".
    const anchor = antecedent(text, c);
    let k = anchor === null ? -1 : anchor.from - 1;
    while (k > 0 && /^(?:DET|PRON)$/.test(tokens[k]!.pos)) k--;
    const before = tokens[k];
    if (anchor !== null && (before?.pos !== 'ADP' || lower(before) === 'of')) return shown(ctx, tokens, anchor);
  }
  if (q.kind === 'percent' && lower(tokens[end]) === 'of') {
    const share = shareOf(ctx, tokens, end + 1, chunk.to);
    // "15 percent of the region's total": a share of a whole is about the part, the clause subject.
    const ofTotal = TOTAL.test(ctx.text.slice(tokens[end]!.norm.end, tokens[end]!.norm.end + 40));
    // "the Caribbean accounts for less than 1 per cent of global emissions": the share the subject has.
    const holder = share === null ? null : shareHolder(text, c, lead);
    if (holder !== null) return shown(ctx, tokens, holder);
    if (share !== null && !ofTotal) return share;
    // "raise the target to 3.5% of GDP": the object raised, else the clause subject.
    const raiser = clauseVerb(tokens, chunk.from, lead);
    const raised = raiser >= 0 ? objectBefore(tokens, raiser, lead) : null;
    if (share !== null) return shown(ctx, tokens, raised) ?? shown(ctx, tokens, clauseSubject(text, c, first)) ?? inherited ?? share;
  }
  // "a ₦800 billion ($520 million) fund": the noun the figure modifies may follow an equivalent in a parenthesis.
  const noun = tokens[end]?.value === '(' ? closingAfter(tokens, end, chunk.to) : end;
  const modified = nounPhraseAfter(tokens, noun, chunk.to);
  if (modified > noun && tokens[modified - 1]!.pos !== 'NUM' && !TIME_WORDS.test(tokens[modified - 1]!.value) && tokens[noun]!.pos !== 'DET') {
    // "a 15% increase in student exchanges": a change of what the phrase after it names.
    if (!GENERIC_NOUN.has(lower(tokens[modified - 1])) || hasSpecificNoun(tokens, noun, modified - 1)) return shown(ctx, tokens, { from: noun, to: purposeEnd(ctx, tokens, modified, chunk.to) }); // "a 210 billion yuan credit line"
    const changed = phraseAfter(ctx, tokens, modified, chunk.to);
    if (changed !== null) return changed;
    generic ??= { from: noun, to: modified };
  }
  const following = phraseAfter(ctx, tokens, end, chunk.to);
  // "$4,990 in the United States, €4,590 in the euro area": parallel figures share the subject.
  // Not the parts an "including" lists ("…, including €3 billion for the corridor"): each has its own.
  if ((chunk.kind === 'noun' || chunk.kind === 'phrase') && (following === null || !chunk.aside) && inherited !== null && previous?.next === lower(tokens[end])) return inherited;
  // Not a qualifier read as a verb: "grew by an estimated 3.2 per cent".
  const verb = clauseVerb(tokens, chunk.from, lead);
  if (verb >= 0) {
    const object = objectBefore(tokens, verb, lead);
    if (object !== null) return shown(ctx, tokens, object);
    // "set aside $40 million for …", "put aside": a phrasal verb that gives, not one that measures.
    // "make up" measures; "make investment of" does not.
    const measures = MEASURE_VERB.has(lower(tokens[verb])) && (!MAKE.test(lower(tokens[verb])) || lower(tokens[verb + 1]) === 'up');
    if ((measures || isPassiveBefore(tokens, verb, lead)) && !SET_ASIDE.test(lower(tokens[verb + 1]))) return shown(ctx, tokens, clauseSubject(text, c, lead));
  } else {
    // "Pledges so far total nearly US$120m": a measure verb tagged as a noun or adjective.
    const subject = untaggedMeasureSubject(tokens, chunk.from, lead);
    if (subject !== null) return shown(ctx, tokens, subject);
  }
  if (following !== null) return following;
  // "Some €300 million will go to health programmes": an amount opening its clause, sent somewhere.
  if (trimDeterminers(tokens, chunk.from, lead) === lead || PART_OF.test(ctx.text.slice(tokens[chunk.from]!.norm.start, tokens[lead]!.norm.start))) {
    const target = allocationTarget(ctx, tokens, end, chunk.to);
    if (target !== null) return target;
  }
  if (generic !== null) {
    // "encourage its companies to make investment of at least $10 billion": the general noun is itself the object.
    const object = isVerb(tokens[generic.from - 1]) || (tokens[generic.from - 1]?.pos === 'DET' && isVerb(tokens[generic.from - 2]));
    const subject = clauseSubject(text, c, first);
    // "investment of $15.6 billion is needed": a clause subject holding the figure is the general noun.
    const holdsFigure = subject !== null && subject.from <= first && first < subject.to;
    // "A total of $4 billion was raised": "a total of" only qualifies the amount.
    if (generic.to - generic.from === 1 && lower(tokens[generic.from]) === 'total' && generic.from === chunk.from + 1 && lower(tokens[chunk.from]) === 'a') return inherited;
    return shown(ctx, tokens, appositionAnchor(text, c, generic)) ?? (object || holdsFigure ? shown(ctx, tokens, generic) : shown(ctx, tokens, subject)) ?? inherited;
  }
  if (chunk.kind !== 'clause') return inherited ?? shown(ctx, tokens, clauseSubject(text, c, first));
  return null;
}

/**
 * The last verb before `to` that is no modifier inside a noun phrase: not "developing" in "of
 * developing countries" nor "needs" in "the finance needs of" (words the tagger reads as verbs).
 */
function clauseVerb(tokens: readonly Token[], from: number, to: number): number {
  let verb = lastVerb(tokens, from, to);
  while (verb > from) {
    const t = tokens[verb]!;
    const before = tokens[verb - 1]!;
    const gerund = PARTICIPLE_ADJECTIVE.has(lower(t)) && tokens[verb + 1]?.pos === 'NOUN';
    const noun = t.pos === 'VERB' && before.pos === 'NOUN' && lower(tokens[verb + 1]) === 'of';
    if (!gerund && !noun) break;
    verb = lastVerb(tokens, from, verb);
  }
  return verb;
}

/** Index after the ")" closing the parenthesis opened at `open` (within a few words), else `open`. */
function closingAfter(tokens: readonly Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + 12); k++) if (tokens[k]!.value === ')') return k + 1;
  return open;
}

/** "a €50 million fund for joint research in green hydrogen": the purpose a modified noun names stays with it. */
function purposeEnd(ctx: FactsContext, tokens: readonly Token[], end: number, limit: number): number {
  if (lower(tokens[end]) !== 'for') return end;
  const to = nounPhraseAfter(tokens, end + 1, limit);
  return to > end + 1 && hasSpecificNoun(tokens, end + 1, to) && !isPlaceOrDate(ctx, tokens, end + 1, to) ? to : end;
}

/** Does `[from, to)` hold a noun that is not a general measure word ("Global Gateway", "aid")? */
function hasSpecificNoun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN') && !GENERIC_NOUN.has(lower(tokens[i]))) return true;
  return false;
}

/** "the budget was raised to €2.1 billion", "growth is forecast at 5 percent": a passive verb right before "to"/"at"/"by". */
function isPassiveBefore(tokens: readonly Token[], verb: number, lead: number): boolean {
  if (tokens[verb]!.pos !== 'VERB' || !/^(?:to|at|by)$/.test(lower(tokens[verb + 1]))) return false;
  // "was reduced by 100 basis points to 3 percent": a change, then the new level.
  if (lead - 1 !== verb + 1 && !isChangeBy(tokens, verb + 1, lead - 1)) return false;
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return BE.test(lower(tokens[k]));
}

/** "Pledges so far total nearly US$120m": the noun phrase before a measure word the tagger did not read as a verb. */
function untaggedMeasureSubject(tokens: readonly Token[], floor: number, lead: number): Span | null {
  // "the fund for 2025 stands at $31.5 million": also before "at" or "to".
  const word = /^(?:at|to)$/.test(lower(tokens[lead - 1])) && MEASURE_VERB.has(lower(tokens[lead - 2])) ? lead - 2 : lead - 1;
  if (word <= floor || !MEASURE_VERB.has(lower(tokens[word])) || isVerb(tokens[word])) return null;
  return subjectBefore(tokens, floor, word);
}

/** "the Caribbean accounts for less than 1 per cent of …" (the verb tagged as a noun or not): who holds the share. */
function shareHolder(text: ChunkedText, c: number, lead: number): Span | null {
  const { tokens } = text;
  const floor = text.chunks[c]!.from;
  // "accounts for around 85% of global GDP and over 75% of world trade": the second share is held too.
  let prep = lead - 1;
  if (/^(?:and|,)$/.test(lower(tokens[prep]))) {
    for (let k = prep - 1; k > floor && k > prep - 16 && !isVerb(tokens[k]); k--) {
      if (lower(tokens[k]) === 'for' && SHARE_VERB.has(lower(tokens[k - 1]))) {
        prep = k;
        break;
      }
    }
  }
  // "The EU remains the largest investor, accounting for 40 percent of FDI", "…, representing 12 percent of GDP": the subject of the clause before.
  const opening = lower(tokens[prep]) === 'for' ? prep - 1 : prep;
  if (opening === floor && SHARE_VERB.has(lower(tokens[floor])) && /ing$/i.test(tokens[floor]!.value) && c > 0 && text.chunks[c - 1]!.kind === 'clause') {
    return clauseSubject(text, c - 1, text.chunks[c - 1]!.to);
  }
  if (lower(tokens[prep]) === 'for' && SHARE_VERB.has(lower(tokens[prep - 1])) && prep - 1 > floor) {
    return isVerb(tokens[prep - 1]) ? clauseSubject(text, c, prep + 1) : subjectBefore(tokens, floor, prep - 1);
  }
  const verb = lastVerb(tokens, floor, lead);
  return verb >= 0 && SHARE_VERB.has(lower(tokens[verb])) ? clauseSubject(text, c, lead) : null;
}

/** The noun phrase right before a verb word (past adverbs, which stay: "Pledges so far total"); a participle after a possessive stays ("their combined economies"). */
function subjectBefore(tokens: readonly Token[], floor: number, word: number): Span | null {
  let k = word;
  while (k > floor && tokens[k - 1]!.pos === 'ADV') k--;
  // "the regular fund for 2025 stands": a year after "for"/"in" says when.
  const dated = k - 2 > floor && /^(?:19|20)\d\d$/.test(tokens[k - 1]!.value) && /^(?:for|in)$/.test(lower(tokens[k - 2])) && /^(?:NOUN|PROPN)$/.test(tokens[k - 3]!.pos);
  if (dated) k -= 2;
  // "Revenue in Q3 2025 rose 12 percent": a noun or a year right before it.
  if (k <= floor || !/^(?:NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos)) return null;
  let from = nounPhraseBefore(tokens, k, floor);
  // "Exports to the EU account for": a name after a preposition ends a longer subject.
  let p = from - 1;
  if (tokens[p]?.pos === 'DET') p--;
  const named = tokens[from] !== undefined && !MONTHS.test(tokens[from]!.value) && tokens[from]!.pos !== 'NUM';
  if (named && p - 1 >= floor && /^(?:to|in|with|from|between|among)$/.test(lower(tokens[p])) && /^(?:NOUN|PROPN)$/.test(tokens[p - 1]!.pos) && !TIME_WORDS.test(tokens[p - 1]!.value)) {
    from = nounPhraseBefore(tokens, p, floor);
  }
  if (from - 1 > floor && tokens[from - 1]!.pos === 'VERB' && /ed$/i.test(tokens[from - 1]!.value) && /^(?:PRON|DET)$/.test(tokens[from - 2]!.pos)) from--;
  // "The region's combined GDP stands at": the owner before the participle too.
  else if (from - 2 > floor && tokens[from - 1]!.pos === 'VERB' && /ed$/i.test(tokens[from - 1]!.value) && lower(tokens[from - 2]) === "'s") from = nounPhraseBefore(tokens, from - 1, floor);
  const span = trimSubject(tokens, from, k);
  if (span === null || MONTHS.test(tokens[span.from]!.value) || tokens[span.from]!.pos === 'NUM') return null;
  return span.to === k && !dated ? { from: span.from, to: word } : span;
}

/** After an amount that opens its clause: the verb group, an allocation verb, a preposition and what it names. */
function allocationTarget(ctx: FactsContext, tokens: readonly Token[], end: number, limit: number): string | null {
  let i = end;
  let allocation = false;
  let passive = false;
  while (i < limit && (isVerb(tokens[i]) || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART' || (allocation && lower(tokens[i]) === 'aside'))) {
    if (ALLOCATION_VERB.has(lower(tokens[i]))) allocation = true;
    // "A further €2 billion was announced for Ukraine's reconstruction": any passive "for" a purpose.
    if (tokens[i]!.pos === 'VERB' && /(?:ed|en)$/i.test(tokens[i]!.value) && BE.test(lower(tokens[i - 1]))) passive = true;
    i++;
  }
  if (!(allocation && ALLOCATION_PREPOSITIONS.has(lower(tokens[i]))) && !(passive && lower(tokens[i]) === 'for')) return null;
  const from = i + 1;
  const to = nounPhraseAfter(tokens, from, limit);
  if (to === from || !hasSpecificNoun(tokens, from, to) || isPlaceOrDate(ctx, tokens, from, to)) return null;
  return words(ctx, tokens, { from: trimDeterminers(tokens, from, to), to });
}

/**
 * What a count changes when a measure verb or a passive leads to it with "by" ("the ratio was
 * reduced by 100 basis points", "Employment rose by 150,000 jobs"): the clause subject, else null.
 */
export function changedBy(ctx: FactsContext, text: ChunkedText, c: number, verb: number, lead: number): string | null {
  const { tokens } = text;
  const word = lower(tokens[lead - 1]);
  // "throughput rose 6.4 per cent to 48.2 million TEU", "Ship calls exceeded 31,000": a measure verb's level.
  const measured = MEASURE_VERB.has(lower(tokens[verb])) && (lead - 1 === verb || /^(?:to|by|at)$/.test(word));
  const changed = word === 'by' && lead - 1 === verb + 1 && CHANGE_PASSIVE.has(lower(tokens[verb])) && isPassiveBefore(tokens, verb, lead);
  if (!measured && !changed) return null;
  const subject = clauseSubject(text, c, lead);
  return subject === null ? null : words(ctx, tokens, subject);
}

/** "90 percent of respondents" → "respondents"; "60 per cent of whom are under the age of 30". */
function shareOf(ctx: FactsContext, tokens: readonly Token[], start: number, limit: number): string | null {
  if (RELATIVE_WORDS.has(lower(tokens[start])) && /^(?:are|is|were|was)$/.test(lower(tokens[start + 1]))) {
    let to = limit;
    while (to > start + 2 && /^[.,;]$/.test(tokens[to - 1]!.value)) to--;
    return to > start + 2 ? words(ctx, tokens, { from: start + 2, to }) : null;
  }
  // "62 per cent of daily French speakers": an adjective the tagger read as an adverb.
  const adverb = tokens[start]?.pos === 'ADV' && /^(?:ADJ|NOUN)$/.test(tokens[start + 1]?.pos ?? '') ? start : -1;
  const head = adverb < 0 ? start : start + 1;
  const to = nounPhraseAfter(tokens, head, limit);
  if (to === head) return null;
  return words(ctx, tokens, { from: adverb < 0 ? trimDeterminers(tokens, start, to) : adverb, to });
}

/** "$50bn in loans to Ukraine", "360 billion yuan (about $50.7 billion) of financial support". */
function phraseAfter(ctx: FactsContext, tokens: readonly Token[], end: number, limit: number): string | null {
  let i = end;
  if (tokens[i]?.value === '(') while (i < limit && tokens[i]!.value !== ')') i++;
  if (tokens[i]?.value === ')') i++;
  i = afterDuration(tokens, i, limit);
  // "$5 billion worth of deals": what the amount is the worth of.
  if (lower(tokens[i]) === 'worth' && lower(tokens[i + 1]) === 'of') i++;
  // "spend $3 billion on roads"
  const spendOn = lower(tokens[i]) === 'on' && SPEND.test(lower(tokens[lastVerb(tokens, Math.max(0, end - 12), end)]));
  // "NZ$30m to the climate resilience facility"; not "from $1bn to $2bn".
  const to_ = lower(tokens[i]) === 'to' && tokens[i + 1] !== undefined && tokens[i + 1]!.pos !== 'NUM' && !/^\p{Sc}|^[A-Z]{1,3}\$/u.test(tokens[i + 1]!.value);
  if (!/^(?:in|of|for)$/.test(lower(tokens[i])) && !to_ && !spendOn) return null;
  const from = i + 1;
  let to = nounPhraseAfter(tokens, from, limit);
  // "€4,590 in the euro area and NOK 52,900 in Norway", "$48 billion in FDI last year": the phrase ends before the next amount or a date.
  const next = to > from ? ctx.quantitiesIn(tokens[from]!.norm.start, tokens[to - 1]!.norm.end).find((q) => AMOUNT_KINDS.has(q.kind)) : undefined;
  const date = to > from + 1 ? ctx.datesIn(tokens[from + 1]!.norm.start, tokens[to - 1]!.norm.end)[0] : undefined;
  const stop = Math.min(next?.norm.start ?? Number.POSITIVE_INFINITY, date?.norm.start ?? Number.POSITIVE_INFINITY);
  if (stop !== Number.POSITIVE_INFINITY) {
    while (to > from && tokens[to - 1]!.norm.end > stop) to--;
    while (to > from && /^(?:and|or|,|of)$/.test(lower(tokens[to - 1]))) to--;
  }
  if (to === from) return null;
  // "forecast at 5 percent for 2025": a number alone is no subject.
  if (!tokens.slice(from, to).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  // "€97 billion in annual trade in goods and services": what the phrase is of, not a place or a time.
  if (lower(tokens[to]) === 'in' && stop === Number.POSITIVE_INFINITY) {
    const more = nounPhraseAfter(tokens, to + 1, limit);
    if (more > to + 1 && hasSpecificNoun(tokens, to + 1, more) && !isPlaceOrDate(ctx, tokens, to + 1, more)) to = more;
  }
  // "$4,990 in the United States", "$518 billion in 2024": a place or a date, not what is measured.
  if (isPlaceOrDate(ctx, tokens, from, to)) return null;
  let last = to;
  // "for Ukraine's energy sector, humanitarian needs and civilian security": a list closing the sentence.
  if (tokens[to]?.value === ',' && to === limit && listToEnd(tokens, to + 1, tokens.length)) last = tokens.length;
  while (last > from + 1 && /^[.,;]$/.test(tokens[last - 1]!.value)) last--;
  return words(ctx, tokens, { from: trimDeterminers(tokens, from, to), to: last });
}

/** Past a duration or rate adjunct after an amount: "over three years", "a year", "per year", "annually". */
function isPlaceOrDate(ctx: FactsContext, tokens: readonly Token[], from: number, to: number): boolean {
  // "with $2 billion in capital": money capital; "in the capital" is a place.
  const bare = trimDeterminers(tokens, from, to) === from;
  if (to - trimDeterminers(tokens, from, to) === 1 && PLACE_NOUNS.test(tokens[to - 1]!.value) && !(bare && lower(tokens[to - 1]) === 'capital')) return true;
  // "in the same period last year", "in the first half": a time, not what is measured.
  if (TIME_WORDS.test(tokens[to - 1]!.value)) return true;
  const start = tokens[from]!.norm.start;
  const head = tokens[trimDeterminers(tokens, from, to)]!.norm.start;
  const stop = tokens[to - 1]!.norm.end;
  return (
    ctx.datesIn(start, stop).length > 0 ||
    ctx.mentionsIn(start, stop).some((m) => PLACE_KINDS.has(m.entity.kind) && m.segment.norm.start <= head && m.segment.norm.end >= stop)
  );
}

function afterDuration(tokens: readonly Token[], i: number, limit: number): number {
  const word = lower(tokens[i]);
  if (word === 'annually' || word === 'yearly') return i + 1;
  if ((word === 'a' || word === 'per' || word === 'each' || word === 'every') && TIME_WORDS.test(tokens[i + 1]?.value ?? '')) return i + 2;
  if (word === 'over' || word === 'within' || word === 'across') {
    for (let k = i + 1; k < Math.min(limit, i + 5); k++) if (TIME_WORDS.test(tokens[k]!.value)) return k + 1;
  }
  return i;
}

function listToEnd(tokens: readonly Token[], from: number, limit: number): boolean {
  let sawAnd = false;
  for (let i = from; i < limit; i++) {
    const t = tokens[i]!;
    if (isVerb(t) || t.pos === 'ADP') return false;
    if (lower(t) === 'and') sawAnd = true;
  }
  return sawAnd;
}

/**
 * The subject of the figure's clause: the noun phrase before the verb that leads to the figure
 * (after any verb before it: "Pakistan said exports rose to …" → "exports"), or the noun a
 * relative clause or a parenthesis hangs on.
 */
function clauseSubject(text: ChunkedText, c: number, figure: number): Span | null {
  const { tokens, chunks } = text;
  const chunk = chunks[c]!;
  if (chunk.kind === 'relative' && c > 0) return antecedent(text, c);
  // "The economy grew 3.2% in 2024 and is expected to expand 3.5% this year": the subject of the clause before.
  if (chunk.kind === 'predicate' && c > 0 && lower(tokens[chunk.from - 1]) === 'and' && chunks[c - 1]!.kind === 'clause') {
    return clauseSubject(text, c - 1, chunks[c - 1]!.to);
  }
  // A predicate opening the sentence: its first word is a gerund read as the verb ("Operating profit increased").
  if (chunk.kind === 'clause' || (chunk.kind === 'predicate' && c === 0)) {
    let verb = lastVerb(tokens, chunk.from, figure);
    if (verb < 0) for (verb = chunk.from; verb < chunk.to && !isVerb(tokens[verb]); verb++);
    // The verb group: "has been used", "will not be", "is expected to be".
    for (;;) {
      while (verb > chunk.from && /^(?:AUX|ADV|PART)$/.test(tokens[verb - 1]!.pos)) verb--;
      const raising = tokens[verb - 1];
      if (verb - 1 <= chunk.from || raising === undefined || !/^(?:VERB|ADJ)$/.test(raising.pos) || lower(tokens[verb]) !== 'to') break;
      verb--;
    }
    let before = lastVerb(tokens, chunk.from, verb);
    // "Regional trade linked to the four economies was worth …": a participle inside the subject.
    while (before > chunk.from && (isParticipleModifier(tokens, before, verb) || isAdjectivalParticiple(tokens, before))) before = lastVerb(tokens, chunk.from, before);
    // "Operating profit increased …": a gerund opening the sentence modifies the noun after it.
    if (before === chunk.from && /ing$/i.test(tokens[before]!.value) && /^(?:NOUN|PROPN)$/.test(tokens[before + 1]?.pos ?? '')) before = -1;
    return trimSubject(tokens, afterJoin(tokens, before < 0 ? chunk.from : before + 1, verb), verb);
  }
  // "A starter kit, including …, is priced at": the first noun chunk of the run before the predicate.
  let subject: Span | null = null;
  for (let k = c - 1; k >= 0 && !chunks[k + 1]!.hard; k--) {
    const prev = chunks[k]!;
    if (prev.aside) continue;
    if (prev.kind === 'noun') subject = trimSubject(tokens, prev.from, prev.to) ?? subject;
    else if (prev.kind === 'clause' || prev.kind === 'phrase' || (prev.kind === 'predicate' && !/ing$/i.test(tokens[prev.from]!.value) && !isParticiplePhrase(tokens, prev.from, prev.to))) break;
  }
  return subject;
}

// "The economy grew 5.2 per cent in 2023 while unemployment fell to …": a second clause joined without a comma.
const CLAUSE_JOIN = /^(?:while|whereas|although|though|but)$/i;
const FIGURE_END = /^(?:%|percent|cent|billion|million|trillion|points|(?:19|20)\d\d)$/i;

/** The start of the last clause joined into `[from, verb)` ("… in 2023 while unemployment" → "unemployment"), else `from`. */
function afterJoin(tokens: readonly Token[], from: number, verb: number): number {
  for (let k = verb - 1; k > from; k--) {
    const word = lower(tokens[k]);
    if (CLAUSE_JOIN.test(word) || (word === 'and' && FIGURE_END.test(tokens[k - 1]!.value))) return k + 1;
  }
  return from;
}

/** "the bloc's combined economies": a participle between a possessive or article and its noun. */
function isAdjectivalParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  return t.pos === 'VERB' && /ed$/i.test(t.value) && /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && before !== undefined && (before.pos === 'DET' || before.pos === 'PRON' || lower(before) === "'s");
}

/** "first proposed by leaders in 2021": adverbs, a past participle and a preposition (a phrase about the noun before). */
function isParticiplePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && tokens[k]!.pos === 'ADV') k++;
  return k < to - 1 && tokens[k]!.pos === 'VERB' && /(?:ed|en)$/i.test(tokens[k]!.value) && tokens[k + 1]!.pos === 'ADP';
}

/** A past participle right after a noun and before a preposition ("trade linked to …", "goods traded between …"). */
function isParticipleModifier(tokens: readonly Token[], i: number, verb: number): boolean {
  const t = tokens[i]!;
  // "Orders received totalled …": also right before the clause's verb.
  return t.pos === 'VERB' && /(?:ed|en)$/i.test(t.value) && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') && (tokens[i + 1]?.pos === 'ADP' || i + 1 === verb);
}

/** "…port, an investment of $1.3 billion": the noun phrase the general phrase stands beside. */
function appositionAnchor(text: ChunkedText, c: number, generic: Span): Span | null {
  const chunk = text.chunks[c]!;
  if (c === 0 || generic.from > chunk.from + 1) return null;
  const prev = text.chunks[c - 1]!;
  const start = nounPhraseBefore(text.tokens, prev.to, prev.from);
  const before = text.tokens[start - 1];
  if (start >= prev.to || text.tokens[prev.to - 1]!.pos === 'NUM' || before?.pos === 'ADP') return null;
  return { from: trimDeterminers(text.tokens, start, prev.to), to: prev.to };
}

/** A number in figures, a time word or a month: "Exports of goods during July-September 2025". */
function isFigureOrDate(r: Token): boolean {
  return (r.pos === 'NUM' && /\d/.test(r.value)) || TIME_WORDS.test(r.value) || MONTHS.test(r.value);
}

/** Drops adverbs and conjunctions before a subject and time phrases and pronoun phrases after it. */
function trimSubject(tokens: readonly Token[], from: number, to: number): Span | null {
  let s = from;
  while (s < to && /^(?:ADV|SCONJ|CCONJ|PART)$/.test(tokens[s]!.pos)) s++;
  s = trimDeterminers(tokens, s, to);
  let e = to;
  while (e > s && tokens[e - 1]!.pos === 'ADV') e--;
  for (let i = s + 1; i < e; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADP' || lower(t) === 'of') continue;
    // "Exports of goods during July-September 2025", "The profits on them": the phrase is no part of what is measured.
    const rest = tokens.slice(i + 1, e);
    // A number in words ("between the two regions") is no date or amount.
    if (/^(?:during|over|throughout)$/.test(lower(t)) || rest.some(isFigureOrDate) || (rest.length === 1 && rest[0]!.pos === 'PRON' && !/^(?:between|among)$/.test(lower(t)))) {
      // "the Appeal launched on 26 May 2024": the participle goes with its date.
      e = i > s + 1 && tokens[i - 1]!.pos === 'VERB' && /(?:ed|en)$/i.test(tokens[i - 1]!.value) ? i - 1 : i;
      break;
    }
  }
  if (e <= s || (e - s === 1 && PRONOUNS.test(tokens[s]!.value))) return null;
  // "with the goal of reaching …": a phrase ending on a preposition is no clause subject.
  if (tokens[e - 1]!.pos === 'ADP') return null;
  return { from: s, to: e };
}
