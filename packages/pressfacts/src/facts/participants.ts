import type { CountryEntity, PersonEntity, Segment } from '@pressfacts/document';
import type { Participant } from '@pressfacts/schema';
import { ATTENDANCE_CUES, LEADER_TITLES, PARTICIPANT_ROLES } from '../data/participant-roles.js';
import { homeOfPublisherLine } from '../data/home-publishers.js';
import { lookupWire } from '../data/wires.js';
import { cueSource, cueTriggers, openingWords } from './cue-pattern.js';
import { cueFound, cueMatches, cueScanner, wordScanner } from './cue-scan.js';
import { provenance } from '../data/rule-confidence.js';
import { evidenceOf, type FactsContext } from './context.js';
import { findTokenIn } from './lookups.js';
import { alternation, wordCount } from './text.js';
import { wordIndex, wordNeeds } from './word-index.js';

const ROLE_LIST = new RegExp(`\\b(${alternation(PARTICIPANT_ROLES.map((r) => r.plural))})\\s+(?:of|from)\\s+`, 'gi');
/** The words ROLE_LIST needs (a sentence without one lists no roles), read from the same table. */
const ROLE_NEEDS = wordNeeds(cueTriggers(`{${PARTICIPANT_ROLES.map((r) => r.plural).join('|')}}`));
/** ROLE_LIST tried only where a role's first word stands. */
export const ROLE_SCAN = wordScanner(ROLE_LIST, openingWords(`{${PARTICIPANT_ROLES.map((r) => r.plural).join('|')}}`));
const ROLE_TITLE = new Map(PARTICIPANT_ROLES.map((r) => [r.plural, r.title]));
const LEADER = new Set(LEADER_TITLES);
// A list of countries ends at a word that is neither a country, a separator nor an article.
// "<Country> was represented by", "<Country> by" (in a gapped list), "<Country> was led by",
// "<Country> sent its Foreign Minister", "<Country>, which …, sent its Vice President",
// "<Country>, an observer, sent its Prime Minister".
const REPRESENTED_BY =
  /^(?:,\s+(?:which|whose|an?|the)\s[^,.;]{1,80},)?\s+(?:(?:(?:was|were|is|will be)\s+)?(?:(?:represented|led)\s+)?by\s+(?:the\s+)?|(?:sent|sends|dispatched|fielded)\s+(?:(?:its|their|her|his|a|an)\s+)?)/;
/** Longest title between a cue and a person's name ("Prime Minister", "Minister of Foreign Affairs"). */
const TITLE_GAP = 48;
const HOST_TITLE = /\b[Hh]ost\s+(?:(?:[A-Z][\w-]*|of|the)\s+){0,5}$/;
const HOSTED_AFTER = /^(?:,\s+(?:who|which)\s+(?:hosted|is hosting|was hosting|hosts)\b|,\s+the\s+(?:summit's\s+)?host\b|\s+(?:hosted|is hosting|was hosting)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:summit|meeting|gathering|talks|leaders|forum)\b)/i;
const HOSTED_BY = /\bhosted\s+by\s+(?:(?:[A-Z][\w-]*|of|the)\s+){1,5}$/;
/**
 * Each attendance cue with the words it needs, tried only where its opening words start (one
 * pattern of every cue scanned whole cost as much as the rest of the assembler).
 */
export const ATTENDANCE_SCANS = ATTENDANCE_CUES.map((r) => ({ needs: wordNeeds(cueTriggers(r.cue)), scan: cueScanner(cueSource(r.cue), r.cue) }));
/** Most characters between the first mentions of two people of one "<Name> of <Country>" list. */
const LIST_SPAN = 160;
const LIST_GLUE = /^(?:\s*(?:,|and|as well as|&)\s*(?:the\s+)?)$/i;

interface Row {
  country: string;
  representative: string | null;
  role: string | null;
  evidence: Segment[];
  rule: string;
  order: number;
}

/**
 * Countries taking part in the main event: from leaders with a head-of-state/government title
 * ("Chinese President Xi Jinping", "President X of Y") and from role lists ("attended by the
 * presidents of A, B and C", "leaders of A and B").
 */
export function assembleParticipants(ctx: FactsContext, event: { country: string | null; provenance?: { rule: string } } | null): Participant[] {
  if (!event) return [];
  const rows = new Map<string, Row>();
  const add = (country: string, row: Omit<Row, 'country'>) => {
    const existing = rows.get(country);
    if (!existing) {
      rows.set(country, { country, ...row });
      return;
    }
    existing.evidence.push(...row.evidence);
    existing.representative ??= row.representative;
    existing.role ??= row.role;
    existing.order = Math.min(existing.order, row.order);
  };

  const allPeople = ctx.entities.filter((e): e is PersonEntity => e.kind === 'person');
  // "Jonas Gahr Støre of Norway, Ulf Kristersson of Sweden and …": a list of leaders by country.
  const ofCountry = allPeople.filter((p) => p.provenance.rule === 'people/name-of-country');
  const listed = (p: PersonEntity): boolean =>
    ofCountry.includes(p) && ofCountry.some((q) => q !== p && Math.abs((q.mentions[0]?.norm.start ?? 0) - (p.mentions[0]?.norm.start ?? 0)) < LIST_SPAN);
  for (const person of allPeople) {
    const title = person.titles.find((t) => LEADER.has(t.toLowerCase()));
    if (!person.country || (!title && !listed(person))) continue;
    // The headline often names a leader before the body says whom they represent.
    const first = person.mentions.find((m) => m.norm.start >= ctx.header.bodyStart);
    if (!first) continue;
    add(person.country, {
      representative: person.name,
      role: title ?? null,
      evidence: [first],
      rule: title ? 'participants/person-with-leader-title' : 'participants/name-of-country-list',
      order: first.norm.start,
    });
  }

  // A government readout or a national agency names its own leader without a country
  // ("President Xi Jinping attended …" from the Chinese foreign ministry, "President Yoon" in Yonhap).
  const home = homeCountry(ctx);
  if (home !== null && !rows.has(home)) {
    const own = homeLeader(ctx);
    if (own !== undefined) {
      add(home, { representative: own.person.name, role: own.title, evidence: [own.first], rule: 'participants/home-leader', order: own.first.norm.start });
    }
  }

  // "The United Kingdom was represented by Prime Minister X, Australia by Prime Minister Y".
  const people = ctx.mentions.filter((m) => m.entity.kind === 'person');
  for (const m of ctx.mentions) {
    if (m.entity.kind !== 'country' || m.segment.norm.start < ctx.header.bodyStart) continue;
    const by = REPRESENTED_BY.exec(ctx.text.slice(m.segment.norm.end, m.segment.norm.end + 140));
    if (!by) continue;
    const at = m.segment.norm.end + by[0].length;
    const person = people.find((p) => p.segment.norm.start >= at && p.segment.norm.start - at <= TITLE_GAP);
    if (!person || person.entity.kind !== 'person') continue;
    add(m.entity.name, {
      representative: person.entity.name,
      role: writtenTitle(ctx.text.slice(at, person.segment.norm.start), person.entity.titles) ?? person.entity.titles[0] ?? null,
      evidence: [m.segment, person.segment],
      rule: 'participants/represented-by',
      order: m.segment.norm.start,
    });
  }

  // "Host President X opened the summit": X represents the host country.
  if (event.country) {
    for (const p of people) {
      if (p.entity.kind !== 'person' || p.segment.norm.start < ctx.header.bodyStart) continue;
      const before = ctx.text.slice(Math.max(0, p.segment.norm.start - TITLE_GAP), p.segment.norm.start);
      const after = ctx.text.slice(p.segment.norm.end, p.segment.norm.end + TITLE_GAP);
      // "President Emmanuel Macron, who hosted the gathering", "hosted by Prime Minister X": a
      // leader with a title and no other country.
      const hosting =
        (HOSTED_AFTER.test(after) || (before.includes('hosted') && HOSTED_BY.test(before))) &&
        (p.entity.country === null || p.entity.country === event.country) &&
        !representsOther(rows, p.entity.name, event.country) &&
        p.entity.titles.some((t) => LEADER.has(t.toLowerCase()));
      // (Both patterns scan every position of the text before: only where their word stands.)
      if (!(hasHostWord(before) && HOST_TITLE.test(before)) && !hosting) continue;
      add(event.country, {
        representative: p.entity.name,
        role: p.entity.titles.find((t) => LEADER.has(t.toLowerCase())) ?? p.entity.titles[0] ?? null,
        evidence: [p.segment],
        rule: 'participants/host-leader',
        order: p.segment.norm.start,
      });
    }
  }

  const words = wordIndex(ctx);
  for (const s of ctx.bodySentences) {
    if (!words.wordsIn(s.norm.start, s.norm.end).holds(ROLE_NEEDS)) continue;
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    for (const m of cueMatches(ctx, ROLE_SCAN, s.norm.start, text)) {
      const listStart = s.norm.start + m.index + m[0].length;
      const countries = countryListAt(ctx, listStart, s.norm.end);
      if (countries.length === 0) continue;
      const plural = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const role = ROLE_TITLE.get(plural) ?? null;
      for (const c of countries) {
        add(c.entity.name, {
          representative: null,
          role,
          evidence: [c.segment],
          rule: role ? 'participants/role-list' : 'participants/leaders-of-list',
          order: c.segment.norm.start,
        });
      }
    }
  }

  // "Peru, Chile and Ecuador took part", "Attending were Colombia's Gustavo Petro and …": the
  // countries and the people with a country that an attendance clause names.
  for (const s of ctx.bodySentences) {
    const here = words.wordsIn(s.norm.start, s.norm.end);
    if (!ATTENDANCE_SCANS.some((a) => here.holds(a.needs))) continue;
    const text = ctx.text.slice(s.norm.start, s.norm.end);
    if (!ATTENDANCE_SCANS.some((a) => here.holds(a.needs) && cueFound(ctx, a.scan, s.norm.start, text)) || NEGATED.test(text)) continue;
    for (const m of ctx.mentionsIn(s.norm.start, s.norm.end)) {
      const e = m.entity;
      const country = e.kind === 'country' && !isAdjective(m.segment.text, e.name) ? e.name : e.kind === 'person' ? e.country : null;
      if (country === null || (e.kind === 'country' && !inList(ctx, m.segment, s.norm.start))) continue;
      add(country, {
        representative: e.kind === 'person' ? e.name : null,
        role: e.kind === 'person' ? (e.titles.find((t) => LEADER.has(t.toLowerCase())) ?? e.titles[0] ?? null) : null,
        evidence: [m.segment],
        rule: 'participants/attendance',
        order: m.segment.norm.start,
      });
    }
  }

  if (event.provenance?.rule === 'event/visit') visitSide(ctx, event.country, rows, add);

  return [...rows.values()]
    .sort((a, b) => a.order - b.order)
    .map((r) => ({
      country: r.country,
      representative: r.representative,
      role: r.role,
      evidence: evidenceOf(r.evidence),
      provenance: provenance(r.rule),
    }));
}

/**
 * A visit has two sides: the visited country and the one the text names most besides it. When one
 * side has no row yet, the first leader of the headline or lead whom the text gives no country
 * ("President Xi Jinping held talks with President Aleksandar Vučić") represents it.
 */
function visitSide(ctx: FactsContext, host: string | null, rows: ReadonlyMap<string, Row>, add: (country: string, row: Omit<Row, 'country'>) => void): void {
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.entity.kind === 'country' && m.entity.name !== host) counts.set(m.entity.name, (counts.get(m.entity.name) ?? 0) + 1);
  }
  const other = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const missing = [host, other].filter((c): c is string => c != null && !rows.has(c));
  if (missing.length !== 1) return;
  const represented = new Set([...rows.values()].map((r) => r.representative));
  const leader = countrylessLeaders(ctx).find((l) => !represented.has(l.person.name));
  if (leader === undefined) return;
  add(missing[0]!, { representative: leader.person.name, role: leader.title, evidence: [leader.first], rule: 'participants/visit-side', order: leader.first.norm.start });
}

/** The text may hold HOST_TITLE's word ("Host", "host"). */
function hasHostWord(text: string): boolean {
  return text.includes('host') || text.includes('Host');
}

/** The person already represents another country (the publisher's own leader hosting a dinner abroad). */
function representsOther(rows: ReadonlyMap<string, Row>, name: string, country: string): boolean {
  for (const r of rows.values()) if (r.representative === name && r.country !== country) return true;
  return false;
}

/**
 * The country a release speaks for: a national agency's (its dateline wire), a government body's
 * named in the masthead before the body ("Ministry of Foreign Affairs of the People's Republic of China"),
 * or a government publisher's (`data/home-publishers.ts`: "THE WHITE HOUSE", "Ministry of External Affairs").
 */
function homeCountry(ctx: FactsContext): string | null {
  const wire = ctx.header.dateline?.wire;
  const row = wire ? lookupWire(wire.text) : undefined;
  if (row !== undefined) return row.country ?? null;
  for (const org of ctx.mentions) {
    if (org.segment.norm.start >= ctx.header.bodyStart) break;
    if (org.entity.kind !== 'organization' || !GOVERNMENT_BODY.test(org.entity.name)) continue;
    const country = ctx.mentionsIn(org.segment.norm.start, org.segment.norm.end).find((m) => m.entity.kind === 'country');
    if (country) return country.entity.name;
  }
  // A masthead line: a publisher that names its country ("THE WHITE HOUSE", "Ministry of External
  // Affairs"), or a government body with the country in its name ("Ministry of External Affairs,
  // Government of India", "Prime Minister's Office of Japan") that the tagger did not make one organisation.
  for (const { line, start } of mastheadLines(ctx)) {
    const named = homeOfPublisherLine(line);
    if (named !== null) return named;
    if (!GOVERNMENT_BODY.test(line)) continue;
    const country = ctx.mentionsIn(start, start + line.length).find((m) => m.entity.kind === 'country');
    if (country && NAME_WORDS_ONLY.test(ctx.text.slice(start, country.segment.norm.start))) return country.entity.name;
  }
  return null;
}

const MASTHEAD_LINES = 3;
const MASTHEAD_WORDS = 12;
/** How far into the text a masthead line may stand. */
const MASTHEAD_CHARS = 2000;

/**
 * The lines before the body, or (when the header reader found none, as for "THE WHITE HOUSE" over
 * "Briefing Room | Statements and Releases") the first few short lines of the text.
 */
function mastheadLines(ctx: FactsContext): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  // The lines of the first MASTHEAD_CHARS characters, read one by one up to the last needed.
  const limit = Math.min(ctx.text.length, MASTHEAD_CHARS);
  let seen = 0;
  for (let start = 0; start <= limit; ) {
    const newline = ctx.text.indexOf('\n', start);
    const end = newline === -1 || newline > limit ? limit : newline;
    const line = ctx.text.slice(start, end);
    const lineStart = start;
    start = end + 1;
    if (line.trim() === '') continue;
    if (lineStart >= ctx.header.bodyStart && (seen >= MASTHEAD_LINES || wordCount(line, MASTHEAD_WORDS + 1) > MASTHEAD_WORDS)) break;
    seen++;
    out.push({ line, start: lineStart });
  }
  return out;
}

/** Only capitalised words and the connectors of a body's name, up to a country: a name, not a headline. */
const NAME_WORDS_ONLY = /^\s*(?:(?:\p{Lu}[\p{L}'’.&-]*|of|the|for|and|&|,)\s*)*$/u;

const GOVERNMENT_BODY = /\b(?:Ministry|Government|Presidency|Office|Cabinet|Embassy|Mission|Department)\b/;
const LEAD = 2;
const SENTENCE_END = /[.!?]["'”’)]?\s*$/u;

/** The first leader without a country that the headline or the lead names. */
function homeLeader(ctx: FactsContext): { person: PersonEntity; title: string; first: Segment } | undefined {
  return countrylessLeaders(ctx)[0];
}

/** The leaders without a country that the headline or the lead names, in text order. */
function countrylessLeaders(ctx: FactsContext): { person: PersonEntity; title: string; first: Segment }[] {
  const out: { person: PersonEntity; title: string; first: Segment }[] = [];
  // Lines without a full stop (a masthead the header reader left in the body) are no lead sentences.
  const lead = ctx.bodySentences.filter((s) => SENTENCE_END.test(ctx.text.slice(s.norm.start, s.norm.end))).slice(0, LEAD);
  const headline = ctx.header.headline;
  const inLead = (m: Segment) =>
    (headline !== null && m.norm.start >= headline.norm.start && m.norm.end <= headline.norm.end) || lead.some((s) => m.norm.start >= s.norm.start && m.norm.end <= s.norm.end);
  for (const m of ctx.mentions) {
    const e = m.entity;
    if (e.kind !== 'person' || e.country !== null || !inLead(m.segment)) continue;
    const title = e.titles.find((t) => LEADER.has(t.toLowerCase()));
    const first = e.mentions.find((x) => x.norm.start >= ctx.header.bodyStart);
    if (title !== undefined && first !== undefined && !out.some((o) => o.person === e)) out.push({ person: e, title, first });
  }
  return out;
}

// "did not attend", "was not invited", "skipped": an attendance clause that says the opposite.
const NEGATED = /\b(?:not|never|no longer|skipped|boycotted|declined|absent)\b/i;

/** "Chinese" is an adjective, not a list item. */
function isAdjective(text: string, name: string): boolean {
  return /^[A-Z][a-z]+(?:ese|ian|ish|an|i)$/.test(text) && name !== text;
}

const LIST_WORDS = new Set([',', 'and', 'the', '&']);
const CAPITALISED = /^\p{Lu}/u;
const ATTENDING_OPENER = /\b(?:attending|present|participating)\s+(?:were|was)\b/i;

/** A country mention is in the list that is its clause's subject ("Peru, Chile and Ecuador took part"). */
function inList(ctx: FactsContext, segment: Segment, sentenceStart: number): boolean {
  const before = ctx.text.slice(sentenceStart, segment.norm.start);
  if (ATTENDING_OPENER.test(before)) return true;
  const from = sentenceStart + Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  return findTokenIn(ctx, from, segment.norm.start, (t) => !(LIST_WORDS.has(t.value.toLowerCase()) || CAPITALISED.test(t.value))) === undefined;
}

/** Country mentions forming a list that starts at `start` ("Kazakhstan, Kyrgyzstan and Uzbekistan"). */
function countryListAt(ctx: FactsContext, start: number, end: number) {
  const out: { entity: CountryEntity; segment: Segment }[] = [];
  let cursor = start;
  for (const m of ctx.mentionsIn(start, end)) {
    if (m.segment.norm.start < cursor) continue;
    const gap = ctx.text.slice(cursor, m.segment.norm.start);
    if (out.length === 0 ? !/^\s*(?:the\s+)?$/i.test(gap) : !LIST_GLUE.test(gap)) break;
    if (m.entity.kind !== 'country') break;
    // "Chinese" is an adjective, not a list item: only names and aliases count here.
    if (/^[A-Z][a-z]+(?:ese|ian|ish|an|i)$/.test(m.segment.text) && m.entity.name !== m.segment.text) break;
    out.push({ entity: m.entity as CountryEntity, segment: m.segment });
    cursor = m.segment.norm.end;
  }
  return out;
}

// The first letter of a word of a title, but for the connectors ("Minister of Foreign Affairs").
const WORD_TO_CAPITALISE = /\b(?!(?:of|and|for|the)\b)\p{Ll}/gu;

/**
 * The title written between the cue and the name ("sent its foreign minister, Prince X" →
 * "Foreign Minister"): the office the person represents the country in, capitalised as a role.
 */
function writtenTitle(gap: string, titles: readonly string[]): string | null {
  const lower = gap.trim().toLowerCase();
  if (lower === '') return null;
  const title = titles.find((t) => lower.startsWith(t.toLowerCase()));
  return title === undefined ? null : title.replace(WORD_TO_CAPITALISE, (c) => c.toUpperCase());
}
