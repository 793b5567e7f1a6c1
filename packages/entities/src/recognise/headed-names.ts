import { CALENDAR_WORDS, FUNCTION_WORDS, NAME_POSSESSIVES, NAME_STOP_WORDS, TITLE_WORDS } from '../data/name-stops.js';
import { DOCUMENT_VERBS } from '../data/agreement-kinds.js';
import { WordCue } from '../data/word-cues.js';
import { endsPossessive, joinsName, type Word } from '../text/words.js';
import type { HeadRow, HeadValue } from '../vocabularies.js';
import { isYearWord, parseOrdinalWord, romanEdition } from './ordinals.js';
import type { Scan } from './scan.js';

/**
 * A capitalised name built on a head word: premodifiers + head + complement
 * ("Belt and Road" + "Initiative"; "Treaty" + "of Lasting Friendship and Good-Neighbourly
 * Cooperation"). Word indexes are half-open; offsets are normalised, without a final possessive.
 */
export interface HeadedName {
  readonly from: number;
  readonly to: number;
  readonly headFrom: number;
  readonly headTo: number;
  readonly start: number;
  readonly end: number;
  readonly head: HeadValue;
  /** The name is only a (multi-word) head: "Memorandum of Understanding". */
  readonly bare: boolean;
}

const POSSESSIVE = /['\u2019]s?$/;
// At module level: a `\p{…}` literal inside a function is a new RegExp per call once transpiled.
const LETTERS_ONLY = /^\p{L}+$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const COMPLEMENT_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'between', 'at', 'against', 'in']);
const MAX_LEFT = 8;
const MAX_COMPLEMENT_WORDS = 24;
// Coordinations that are one phrase although the second word is a head ("Heads of State and
// Government" is no government).
const FIXED_PAIRS: ReadonlySet<string> = new Set(['state and government']);
// Document titles run long: "Joint Statement of A and B on Deepening … in the New Era".
const MAX_TITLE_COMPLEMENT_WORDS = 40;
// After a gerund in a title ("on Deepening and Elevating the Partnership and Building a
// Community with a Shared Future in the New Era") these may introduce the next chunk.
const GERUND_OBJECT_PREPS: ReadonlySet<string> = new Set(['with', 'in', 'to', 'for', 'of', 'on']);

/** Every headed name in the text (they may overlap; the caller resolves overlaps). */
export function findHeadedNames(scan: Scan): HeadedName[] {
  const out: HeadedName[] = [];
  const { words } = scan;
  for (let h = 0; h < words.length; h++) {
    const w = words[h] as Word;
    if (!w.cap || w.upper && w.text.length > 1 && scan.titleCase[h] === 1) continue;
    // Most words end no head: the scan flags those that may (WordCue.HEAD), without the lookups.
    if (((scan.cues[h] as number) & WordCue.HEAD) === 0) continue;
    const head = headEndingAt(scan, h);
    if (head === null || closesFixedPair(scan, h)) continue;
    const headFrom = h - head.words.length + 1;
    const possessiveHead = POSSESSIVE.test(w.text) && !NAME_POSSESSIVES.has(w.fold);
    let value = head.value;
    let from = walkLeft(scan, headFrom, value.kind);
    if (value.kind === 'agreement' && value.cued !== undefined && !afterDocumentVerb(scan, from)) {
      // "Belt and Road Initiative" without "adopted the" is the head's other meaning.
      if (value.cued.otherwise === null) continue;
      value = value.cued.otherwise;
      from = walkLeft(scan, headFrom, value.kind);
    }
    const to = possessiveHead ? h + 1 : extendComplement(scan, h + 1, value.kind);
    // A bare head ("Council") is no name; a bare multi-word document head is ("Joint Statement").
    const bare = to - from <= head.words.length || isWholeHead(scan, from, to);
    if (bare && !(value.kind === 'agreement' && to - from > 1)) continue;
    const last = words[to - 1] as Word;
    const end = last.start + (POSSESSIVE.test(last.text) && !NAME_POSSESSIVES.has(last.fold) ? last.text.replace(POSSESSIVE, '').length : last.text.length);
    out.push({ from, to, headFrom, headTo: h + 1, start: (words[from] as Word).start, end, head: value, bare });
  }
  return out;
}

/** Word `h` closes a fixed coordination ("State and Government"): it heads no name of its own. */
function closesFixedPair(scan: Scan, h: number): boolean {
  const and = scan.words[h - 1];
  const first = scan.words[h - 2];
  return and?.fold === 'and' && first !== undefined && FIXED_PAIRS.has(`${first.fold} and ${(scan.words[h] as Word).fold}`);
}

/** True when the name starting at word `from` follows a document verb: "adopted (the) X". */
const QUOTED_GAP: ReadonlySet<string> = new Set([' "', ' \u201c']);

function afterDocumentVerb(scan: Scan, from: number): boolean {
  let k = from - 1;
  const article = scan.words[k];
  // "adopted the Lima Vision", "adopted the "Bangkok Vision 2030"".
  const gap = (scan.words[from] as Word).gap;
  if (article !== undefined && ARTICLES.has(article.fold) && (gap === ' ' || QUOTED_GAP.has(gap))) k--;
  const verb = scan.words[k];
  return verb !== undefined && !verb.cap && DOCUMENT_VERBS.has(verb.fold) && (scan.words[k + 1] as Word).gap === ' ';
}

/** Past an article at word `j` ("of the Belt"): the next word; `j` otherwise. */
function skipThe(words: readonly Word[], j: number): number {
  return words[j] !== undefined && ARTICLES.has(words[j]!.fold) && words[j]!.gap === ' ' ? j + 1 : j;
}

/** The longest head (of the vocabulary) whose last word is word `h`. */
export function headEndingAt(scan: Scan, h: number): HeadRow<HeadValue> | null {
  const { words } = scan;
  const w = words[h] as Word;
  const rows = scan.vocab.heads.get(endsPossessive(w.fold) ? w.fold.replace(POSSESSIVE, '') : w.fold) ?? scan.vocab.heads.get(w.fold);
  if (rows === undefined) return null;
  for (const row of rows) {
    const n = row.words.length;
    if (h - n + 1 < 0) continue;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) {
      const x = words[h - n + 1 + k] as Word;
      ok = x.fold === row.words[k] && (k === 0 || joinsName(x.gap) !== null);
    }
    if (ok && n > 1) ok = joinsName(w.gap) !== null && (words[h - n + 1] as Word).cap;
    if (ok) return row;
  }
  return null;
}

/** True when words `[from, to)` are exactly one multi-word head ("Memorandum of Understanding"). */
function isWholeHead(scan: Scan, from: number, to: number): boolean {
  const head = headEndingAt(scan, to - 1);
  return head !== null && head.words.length === to - from;
}

/** True when word `h` is (the last word of) any head. */
export function isHeadWord(scan: Scan, h: number): boolean {
  return headEndingAt(scan, h) !== null;
}

// Lower-case words that may sit inside a document title's premodifiers ("Trade in Goods Agreement").
const TITLE_INNER_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'for', 'of']);

function acceptLeft(scan: Scan, idx: number): boolean {
  const w = scan.words[idx] as Word;
  // "Rio de Janeiro Declaration": a lower-case particle inside a known place name.
  if (!w.cap && (scan.placeAt[idx] ?? -1) >= 0 && scan.placeAt[idx] === scan.placeAt[idx + 1] && scan.placeAt[idx] === scan.placeAt[idx - 1]) return true;
  if (!w.cap) {
    // "Co-operation": a lower-case word glued by a hyphen to a capitalised one.
    const before = scan.words[idx - 1];
    return w.gap === '-' && before !== undefined && before.cap && LETTERS_ONLY.test(w.text);
  }
  if (NAME_STOP_WORDS.has(w.fold) || parseOrdinalWord(w) !== null || isYearWord(w)) return false;
  if (POSSESSIVE.test(w.text) && !NAME_POSSESSIVES.has(w.fold)) return false;
  // On a Title Case line only words of known names may premodify ("Attends Second X Summit").
  if (scan.titleCase[idx] === 1 && (scan.placeAt[idx] ?? -1) < 0 && (scan.orgAt[idx] ?? -1) < 0) return false;
  return true;
}

function walkLeft(scan: Scan, headFrom: number, kind: HeadValue['kind']): number {
  const { words } = scan;
  let from = headFrom;
  while (from > 0 && headFrom - from < MAX_LEFT) {
    const cur = words[from] as Word;
    const p = words[from - 1] as Word;
    if (kind === 'agreement' && TITLE_INNER_WORDS.has(p.fold) && !p.cap && cur.gap === ' ' && p.gap === ' ' && from - 2 >= 0 && acceptLeft(scan, from - 2) && (words[from - 2] as Word).cap && !isHeadWord(scan, from - 2)) {
      from -= 2;
      continue;
    }
    // "Walter E. Washington Convention Center": a middle initial inside the name.
    if (cur.gap === '. ' && SINGLE_CAPITAL.test(p.text) && joinsName(p.gap) === ' ' && from - 2 >= 0 && acceptLeft(scan, from - 2) && (words[from - 2] as Word).cap && !isHeadWord(scan, from - 2)) {
      from -= 2;
      continue;
    }
    if (cur.gap === ' & ') {
      if (!acceptLeft(scan, from - 1)) break;
      from--;
      continue;
    }
    const sep = joinsName(cur.gap);
    if (sep === null) break;
    // "Commonwealth Heads of Government Meeting": an "of" between capitalised premodifiers of an event.
    if (kind === 'event' && p.fold === 'of' && sep === ' ' && joinsName(p.gap) === ' ' && from - 2 >= 0 && (words[from - 2] as Word).cap && acceptLeft(scan, from - 2) && !isHeadWord(scan, from - 2)) {
      from -= 2;
      continue;
    }
    if (p.fold === 'and' && sep === ' ') {
      // "Belt and Road Initiative", "Food and Agriculture Organization"
      if (from - 2 < 0 || joinsName(p.gap) !== ' ' || !acceptLeft(scan, from - 2)) break;
      if (isHeadWord(scan, from - 2)) break; // "Government and Parliament": two names
      from -= 2;
      continue;
    }
    // "the IX Summit": a Roman numeral before an event is its edition, not its name.
    if (!acceptLeft(scan, from - 1) || (kind === 'event' && romanEdition(p.text) !== null)) break;
    from--;
  }
  // A title may sit inside a name but does not start one ("President Tokayev Center" → no).
  while (from < headFrom && TITLE_WORDS.has((words[from] as Word).fold)) from++;
  return from;
}

/**
 * Reads a run of capitalised words from `j` (a complement chunk): "Lasting Friendship",
 * "Shanghai Cooperation Organization". Returns the exclusive end, or `j` when there is none.
 */
export function readChunk(scan: Scan, j: number, max = 8): number {
  const { words } = scan;
  let end = j;
  for (let k = j; k < words.length && k < j + max; k++) {
    const w = words[k] as Word;
    if (k > j && joinsName(w.gap) === null && w.gap !== ' & ') break;
    if (w.cap) {
      if (FUNCTION_WORDS.has(w.fold) || CALENDAR_WORDS.has(w.fold)) break;
      if (k === j && /^\d+$/.test(w.text)) break;
      // "Ministry of Foreign Affairs Spokesperson Mao Ning": a title before a name ends the chunk.
      if (k > j && TITLE_WORDS.has(w.fold) && words[k + 1]?.cap === true && joinsName((words[k + 1] as Word).gap) !== null) break;
      end = k + 1;
      if (POSSESSIVE.test(w.text) && !NAME_POSSESSIVES.has(w.fold)) break;
      continue;
    }
    if (k > j && w.gap === '-' && (words[k - 1] as Word).cap && LETTERS_ONLY.test(w.text)) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}

/** "Memorandum of Understanding": an "of" word that completes the kind, saying nothing of the topic. */
const HEAD_OF_WORDS: ReadonlySet<string> = new Set(['understanding', 'cooperation', 'intent']);
/** Nouns whose "between A and B" belongs to the topic ("Ties between the EU and Central Asia"). */
const RELATIONAL: ReadonlySet<string> = new Set(['ties', 'relations', 'relationship', 'partnership', 'cooperation', 'dialogue', 'friendship', 'trade', 'connectivity', 'links', 'exchanges', 'border']);

/** The title before word `i` has a capitalised word before its head ("Enhanced Partnership … Agreement"). */
function premodified(scan: Scan, i: number): boolean {
  const head = scan.words[i - 1];
  const before = scan.words[i - 2];
  return head !== undefined && before !== undefined && head.gap === ' ' && before.cap && !HEAD_OF_WORDS.has(head.fold);
}

function chunkHasHead(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHeadWord(scan, k)) return true;
  return false;
}

function chunkHasDocumentHead(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (headEndingAt(scan, k)?.value.kind === 'agreement') return true;
  return false;
}

function chunkIsRegion(scan: Scan, from: number, to: number): boolean {
  const hit = scan.placeHits[scan.placeAt[from] ?? -1];
  return hit !== undefined && hit.from === from && hit.to === to && hit.value.region !== undefined;
}

/** The chunk opens with a known place that is no region ("Lima", "Peru", "the Kyrgyz Republic"). */
function chunkIsPlace(scan: Scan, from: number, to: number): boolean {
  const hit = scan.placeHits[scan.placeAt[from] ?? -1];
  return hit !== undefined && hit.from === from && hit.to <= to && hit.value.region === undefined;
}

function chunkIsCountry(scan: Scan, from: number, to: number): boolean {
  const hit = scan.placeHits[scan.placeAt[from] ?? -1];
  return hit !== undefined && hit.from === from && hit.to === to && hit.value.country !== undefined && hit.value.country.kind !== 'demonym';
}

/**
 * Extends a name from word `i` over "of/for/on/between/against [the] Chunk", inner
 * "and [the] Chunk" (unless that chunk holds another head: two names coordinated), lists
 * "Chunk, Chunk and Chunk", "in <Region>", and for organisations "at <... University>".
 */
export function extendComplement(scan: Scan, i: number, kind: HeadValue['kind']): number {
  const { words } = scan;
  let end = i;
  let inComplement = false;
  let topic = false;
  let gerund = false;
  let between = false;
  let k = i;
  const max = kind === 'agreement' ? MAX_TITLE_COMPLEMENT_WORDS : MAX_COMPLEMENT_WORDS;
  while (k < words.length && k - i < max) {
    const w = words[k] as Word;
    if (gerund && w.gap === ' ' && !w.cap) {
      const c = gerundObjectEnd(scan, k);
      if (c > k) {
        end = c;
        k = c;
        continue;
      }
    }
    if (w.gap === ' ' && !w.cap && COMPLEMENT_PREPS.has(w.fold)) {
      // "the Memorandum on Critical Minerals between Japan and Kenya", "the Trade Agreement between
      // A and B": the parties follow a title that already says what it is about.
      // ("… on Deepening Ties between A and B" keeps them: the ties are between them).
      if (kind === 'agreement' && w.fold === 'between' && !RELATIONAL.has((words[k - 1] as Word).fold) && (topic || premodified(scan, i))) break;
      const j = skipThe(words, k + 1);
      const c = readChunk(scan, j);
      if (c === j || (words[j] as Word).gap !== ' ') break;
      if (w.fold === 'at' && !(kind === 'organization' && headEndingAt(scan, c - 1)?.value.kind === 'organization')) break;
      // "in Europe" after a complement; for a gathering on a topic also "in Ukraine" ("Summit on Peace in Ukraine").
      // A document's topic goes on with "in" ("… on Trade in Services", "… Security in the Gulf of
      // Guinea") unless a town or country follows (where it was signed).
      const topicIn = kind === 'agreement' && topic && !chunkIsPlace(scan, j, c);
      if (w.fold === 'in' && !(inComplement && (topicIn || chunkIsRegion(scan, j, c) || (kind === 'event' && topic && chunkIsCountry(scan, j, c))))) break;
      end = c;
      k = c;
      inComplement = true;
      between = w.fold === 'between';
      topic ||= !(w.fold === 'of' && c === j + 1 && HEAD_OF_WORDS.has((words[j] as Word).fold));
      gerund = kind === 'agreement' && isGerund(scan, j);
      continue;
    }
    if (inComplement && w.gap === ' ' && w.fold === 'and') {
      const j = skipThe(words, k + 1);
      const c = readChunk(scan, j);
      if (c === j || (words[j] as Word).gap !== ' ') break;
      const fixed = FIXED_PAIRS.has(`${(words[k - 1] as Word).fold} and ${(words[j] as Word).fold}`);
      // "between the X Secretariat and the Y Association": the second party may be a named body.
      if (chunkHasHead(scan, j, c) && !fixed && !(between && kind === 'agreement' && !chunkHasDocumentHead(scan, j, c))) break;
      between = false;
      end = c;
      k = c;
      gerund = gerund || (kind === 'agreement' && isGerund(scan, j));
      continue;
    }
    if (inComplement && w.gap === ', ') {
      // A list must close with "and": "for Russia, Eastern Europe and Central Asian Countries".
      let m = k;
      while (m < words.length && (words[m] as Word).gap === ', ') {
        const c = readChunk(scan, m);
        if (c === m || chunkHasHead(scan, m, c)) break;
        m = c;
      }
      const and = words[m];
      if (m === k || and === undefined || and.fold !== 'and' || and.gap !== ' ') break;
      const j = skipThe(words, m + 1);
      const c = readChunk(scan, j);
      if (c === j || chunkHasHead(scan, j, c)) break;
      end = c;
      k = c;
      continue;
    }
    break;
  }
  return end;
}

/** A capitalised -ing word that is no place: "Deepening", "Building" (not "Beijing"). */
function isGerund(scan: Scan, j: number): boolean {
  const w = scan.words[j] as Word;
  // "Memorandum of Understanding": a word that completes the kind is no gerund with an object.
  return w.cap && !w.upper && w.fold.length > 5 && w.fold.endsWith('ing') && (scan.placeAt[j] ?? -1) < 0 && !HEAD_OF_WORDS.has(w.fold);
}

/**
 * In a title after a gerund: the end of "[a|an|the] Chunk" (its object) or "with/in/to …
 * [article] Chunk" at word `k`, or `k`. A bare place, a table organisation or a title word ends
 * the title instead ("… on Deepening Cooperation with Kenya", "… in Astana").
 */
function gerundObjectEnd(scan: Scan, k: number): number {
  const { words } = scan;
  const w = words[k] as Word;
  let j = k;
  if (GERUND_OBJECT_PREPS.has(w.fold)) j++;
  const article = words[j];
  if (article !== undefined && !article.cap && ARTICLES.has(article.fold) && article.gap === ' ') j++;
  if (j === k || (words[j]?.gap ?? '') !== ' ') return k;
  const c = readChunk(scan, j);
  if (c === j || (scan.orgAt[j] ?? -1) >= 0 || TITLE_WORDS.has((words[j] as Word).fold)) return k;
  // A bare place ends the title; a name built on one ("China-Serbia Community") does not.
  const place = scan.placeHits[scan.placeAt[j] ?? -1];
  return place !== undefined && place.to >= c ? k : c;
}
