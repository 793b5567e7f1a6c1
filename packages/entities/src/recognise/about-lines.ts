import { NAME_CONNECTORS, type Word } from '../text/words.js';
import { headEndingAt, isHeadWord } from './headed-names.js';
import type { Mention } from './mention.js';
import { wordIndexAt, type Scan } from './scan.js';

type OrgMention = Extract<Mention, { kind: 'organization' }>;

// Lines that name the release's author in wire boilerplate: "About Acme Corp", "SOURCE Acme Corp".
const OPENERS: ReadonlySet<string> = new Set(['About', 'SOURCE']);
const MAX_WORDS = 8;

/**
 * The organisation a wire release's boilerplate names: a line "About <Name>" (the "About the
 * company" section) or "SOURCE <Name>" (PR Newswire), with every other mention of the same
 * name in the text ("The Silk Road Observer" → "Silk Road Observer"). Names the tables give,
 * places, lone acronyms and one-word heads ("About the Summit") are left alone.
 */
export function findAboutLines(scan: Scan): OrgMention[] {
  const { words, text } = scan;
  const out: OrgMention[] = [];
  // Most releases hold no opener at all: no pass over the words then.
  let opened = false;
  for (const opener of OPENERS) opened ||= text.includes(opener);
  if (!opened) return out;
  // A name is looked up once: its mentions are the same for every line that names it (a text
  // repeating "About X" lines would otherwise hold each mention once per line: quadratic).
  const seen = new Set<string>();
  const names: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as Word;
    if (!OPENERS.has(w.text) || !(i === 0 || w.lineBreak) || (words[i + 1] as Word).gap !== ' ') continue;
    let from = i + 1;
    if ((words[from] as Word).fold === 'the') from++;
    let to = from;
    while (to < words.length && to - from < MAX_WORDS && (to === from || !(words[to] as Word).lineBreak)) {
      const x = words[to] as Word;
      if (to > from && x.gap !== ' ' && x.gap !== '-') break;
      if (!x.cap && !(to > from && NAME_CONNECTORS.has(x.fold))) break;
      to++;
    }
    const next = words[to];
    if (to === from || (next !== undefined && !next.lineBreak) || !(words[to - 1] as Word).cap) continue;
    const last = words[to - 1] as Word;
    const tail = text.slice(last.end, next?.start ?? text.length);
    if (/^[^\n]*[.:!?]/.test(tail) || isKnown(scan, from, to)) continue;
    const name = text.slice((words[from] as Word).start, last.end);
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  const found = occurrencesOfAll(text, names);
  for (const name of names) {
    const starts = found.get(name) ?? [];
    // "About Halden Audio" of "Halden Audio ASA": the head word gives the full name.
    if (starts.some((start) => headFollows(scan, start + name.length))) continue;
    out.push(...starts.map((start) => org(start, start + name.length, name)));
  }
  return out;
}

function org(start: number, end: number, name: string): OrgMention {
  return { kind: 'organization', start, end, name, acronym: null, source: 'head', rule: 'orgs/about-line', confidence: 0.8 };
}

/**
 * A table organisation or place covers the name, or it is one head word ("Summit") or one
 * acronym ("About LACBC": the acronym's definition names it).
 */
function isKnown(scan: Scan, from: number, to: number): boolean {
  if (to - from === 1 && (isHeadWord(scan, from) || (scan.words[from] as Word).upper)) return true;
  const place = scan.placeHits[scan.placeAt[from] ?? -1];
  const table = scan.orgHits[scan.orgAt[from] ?? -1];
  return (place !== undefined && place.to >= to) || (table !== undefined && table.to >= to);
}

/** An organisation head word right after offset `end` (" ASA", " Council"). */
function headFollows(scan: Scan, end: number): boolean {
  const k = wordIndexAt(scan.words, end);
  const w = scan.words[k];
  return w !== undefined && w.gap === ' ' && w.start === end + 1 && headEndingAt(scan, k)?.value.kind === 'organization';
}

const glued = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Start offsets of `name` in `text` as a whole phrase (not inside a longer word). */
function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!glued(text[i - 1]) && !glued(text[i + name.length])) out.push(i);
  }
  return out;
}

/** Up to this many names, one search per name (V8's indexOf is fast) is cheaper than a pass. */
const FEW_NAMES = 32;

/**
 * {@link occurrences} of every name, with the same answers: one search per name when there are
 * few (a release has one or two "About" lines), else one pass over the text that tries, at each
 * offset, only the names starting with the two code units there (a text of thousands of "About"
 * lines would otherwise be searched once per line: quadratic).
 */
export function occurrencesOfAll(text: string, names: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const long: { name: string; next: number; starts: number[] }[] = [];
  for (const name of names) {
    if (names.length <= FEW_NAMES || name.length < 2) out.set(name, occurrences(text, name));
    else long.push({ name, next: 0, starts: [] });
  }
  if (long.length === 0) return out;
  const byPrefix = new Map<number, typeof long>();
  const keyAt = (t: string, i: number) => t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
  for (const entry of long) {
    const key = keyAt(entry.name, 0);
    const bucket = byPrefix.get(key);
    if (bucket === undefined) byPrefix.set(key, [entry]);
    else bucket.push(entry);
  }
  for (let i = 0; i + 1 < text.length; i++) {
    const bucket = byPrefix.get(keyAt(text, i));
    if (bucket === undefined) continue;
    for (const entry of bucket) {
      // As the search per name: a match (glued or not) is skipped over before the next search.
      if (i < entry.next || !text.startsWith(entry.name, i)) continue;
      entry.next = i + entry.name.length;
      if (!glued(text[i - 1]) && !glued(text[entry.next])) entry.starts.push(i);
    }
  }
  for (const entry of long) out.set(entry.name, entry.starts);
  return out;
}
