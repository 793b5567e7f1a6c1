import { TITLE_WORDS } from '../data/name-stops.js';
import { joinsName, type Word } from '../text/words.js';
import type { HeadedName } from './headed-names.js';
import { isYearWord } from './ordinals.js';
import type { Scan } from './scan.js';

// Lower-case words a Title Case subtitle may hold between capitalised ones ("Leaving No One Behind").
const SUBTITLE_MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'for', 'in', 'on', 'to', 'with', 'by']);
const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2010', '\u2011']);

/**
 * The end offset of a document title after what may follow its name: a number after a bare
 * head ("Resolution 2231"), the end year of a period ("Action Plan 2025-2030"), a period in
 * parentheses ("Action Plan (2025-2027)"), a plan's
 * horizon ("Development Strategy until 2035") and a Title Case subtitle after a colon
 * ("Declaration on ASEAN 2045: Our Shared Future").
 */
export function titleTailEnd(scan: Scan, n: HeadedName): number {
  const { words } = scan;
  // A name cut before a possessive ("the Declaration's aims") has no tail.
  if (n.end !== (words[n.to - 1] as Word).end) return n.end;
  let to = n.to;
  const number = words[to];
  if (to === n.headTo && number !== undefined && number.gap === ' ' && /^\d+$/.test(number.text)) to++;
  // A period written after the name: "Action Plan 2025-2030", "Roadmap 2024–2027".
  const lastYear = words[to - 1];
  const endYear = words[to];
  if (lastYear !== undefined && endYear !== undefined && isYearWord(lastYear) && DASHES.has(endYear.gap) && isYearWord(endYear)) to++;
  const paren = yearsInParenthesesEnd(scan, to);
  if (paren !== null) return paren;
  const until = words[to];
  const year = words[to + 1];
  if (n.head.kind === 'agreement' && n.head.agreementKind === 'plan' && until?.fold === 'until' && until.gap === ' ' && year?.gap === ' ' && isYearWord(year)) to += 2;
  const sub = scan.titleCase[to - 1] === 1 ? null : subtitleEnd(scan, to);
  return (words[(sub ?? to) - 1] as Word).end;
}

/** The end offset of "(2025-2027)" or "(2030)" starting at word `to`, or null. */
function yearsInParenthesesEnd(scan: Scan, to: number): number | null {
  const { words, text } = scan;
  const first = words[to];
  if (first === undefined || first.gap !== ' (' || !isYearWord(first)) return null;
  let last = first;
  const second = words[to + 1];
  if (second !== undefined && DASHES.has(second.gap) && isYearWord(second)) last = second;
  if (text[last.end] !== ')') return null;
  return last.end + 1;
}

/**
 * The exclusive word end of a subtitle after ": " at word `k`, or null: two or more words,
 * capitalised or minor, ending in a capitalised one right before punctuation or the end of the
 * text ("…: Our Shared Future, which" yes; "…: China said" no; "…: President Lula." no).
 */
function subtitleEnd(scan: Scan, k: number): number | null {
  const { words } = scan;
  const first = words[k];
  if (first === undefined || first.gap !== ': ' || !first.cap || TITLE_WORDS.has(first.fold)) return null;
  let lastCap = k + 1;
  let m = k + 1;
  for (; m < words.length && m - k < 12; m++) {
    const w = words[m] as Word;
    if (joinsName(w.gap) === null) break;
    if (w.cap) lastCap = m + 1;
    else if (!SUBTITLE_MINOR_WORDS.has(w.fold)) return null;
  }
  if (lastCap !== m || m - k < 2) return null;
  const next = words[m];
  return next === undefined || joinsName(next.gap) === null ? m : null;
}
