import { countWords } from '../text/char-tests.js';
import { MONTH, WEEKDAY } from './fragments.js';

/**
 * Lines a web page puts around a release that are not its headline, as data. Each row has an
 * example (which must be recognised) that a test runs.
 */
export interface ChromeRow {
  readonly id: string;
  readonly pattern: RegExp;
  /** Cheap necessary conditions, so that most lines skip the pattern (a test checks them on every match). */
  readonly gate?: ChromeGate;
  readonly example: string;
}

/** What every line the pattern matches holds; `first` and `any` take Latin-1 characters only. */
export interface ChromeGate {
  /** Its first unit is one of these, or beyond ASCII (case-insensitive patterns fold those). */
  readonly first?: string;
  /** It holds one of these. */
  readonly any?: string;
  /** It holds none of these. */
  readonly none?: string;
}

const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const ISSUER_HEADS = [
  'Ministry', 'Department', 'Office', 'Bureau', 'Government', 'Embassy', 'Consulate', 'Mission', 'Secretariat', 'Presidency', 'Chancellery', 'Cabinet', 'Agency', 'Administration',
  // Regional bodies: "Southern African Development Community (SADC)", "Council of the European Union".
  'Community', 'Union', 'Council', 'Commission', 'Organization', 'Organisation', 'Association',
];
// Up to three capitalised words, the head, then "of"/"for" and a name of capitalised words and
// particles, then an acronym in brackets. Words are single-space separated: matching is linear.
const ISSUER = `(?:The )?(?:${CAP} ){0,3}(?:${ISSUER_HEADS.join('|')})(?: (?:of|for) (?:the )?${CAP}(?: (?:of|for|and|the|&|${CAP}))*)?(?: \\([\\p{Lu}\\d&-]{2,12}\\))?`;
const ISSUER_LINE = new RegExp(`^${ISSUER}(?:, ${ISSUER})?$`, 'u');

export const PAGE_CHROME: readonly ChromeRow[] = [
  { id: 'breadcrumb', pattern: / (?:\||>|»|\/) /u, gate: { any: '|>»/' }, example: 'Home | World | Asia-Pacific' },
  { id: 'photo-credit', pattern: /^(?:photo|file photo|image|video|picture|graphic)\b/iu, gate: { first: 'pfivgPFIVG' }, example: 'Photo taken on June 17, 2025 shows the venue.' },
  { id: 'agency-photo-credit', pattern: /\((?:[\p{L}. ]+\/[^()]*|(?:photo|image)[^()]*)\)\.?$/iu, gate: { any: ')' }, example: 'Leaders pose for a group photo in Astana. (Xinhua/Rao Aimin)' },
  { id: 'bracketed-caption', pattern: /^\[(?:photo|image|picture|video|caption)\b[^\]]*\]$/iu, gate: { first: '[' }, example: '[Photo caption: Leaders gather for the family photo, 18 October 2018. (c) European Union]' },
  { id: 'byline', pattern: /^By \p{Lu}[^.!?]{0,60}$/u, gate: { first: 'B' }, example: 'By Jane Doe, CGTN' },
  { id: 'source-line', pattern: /^(?:source|editor|updated|published|posted|author)s?\b ?:/iu, gate: { first: 'seupaSEUPA', any: ':' }, example: 'Source: Xinhua | Editor: Li Ming' },
  { id: 'date-line', pattern: new RegExp(`^(?:${WEEKDAY},? )?(?:(?:${MONTH})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTH}) \\d{4}|\\d{4}-\\d{2}-\\d{2})[\\d: apmAPMGTCUT-]*$`, 'u'), gate: { any: '0123456789' }, example: 'June 18, 2025 10:21 GMT' },
  { id: 'timestamp-line', pattern: new RegExp(`^(?:\\d{1,2} (?:${MONTH})|(?:${MONTH})\\.? \\d{1,2},?) \\d{4},? \\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [\\p{L} ]{0,30})?$`, 'u'), gate: { any: ':.' }, example: '28 May 2025 09:00 AM Malaysia Time' },
  { id: 'masthead', pattern: /^[\p{Lu}\d&'.-]+(?: [\p{Lu}\d&'.-]+){0,5}$/u, gate: { none: 'abcdefghijklmnopqrstuvwxyz' }, example: 'THE EVENING HERALD' },
  // A government body's name alone ("Ministry of Foreign Affairs of the People's Republic of China",
  // "Pakistan Bureau of Statistics (PBS)", "Press Information Bureau, Government of India"): who
  // published the page, not its headline. After the head word only "of"/"for" names may follow.
  { id: 'issuer', pattern: ISSUER_LINE, example: "Ministry of Foreign Affairs of the People's Republic of China" },
  { id: 'reading-time', pattern: /^\d{1,2} min(?:ute)?s? read$/iu, gate: { first: '0123456789' }, example: '5 min read' },
];

/**
 * True when a header line is only the name of the government body that issued the page.
 *
 * @example isIssuerLine('Pakistan Bureau of Statistics (PBS)') // true
 * @example isIssuerLine('Ministry Spokesperson Holds Briefing') // false
 */
export function isIssuerLine(line: string): boolean {
  return ISSUER_LINE.test(line.trim());
}

/**
 * Each row's `any` and `none` sets as one bit of a line's mask (0: no such condition), and for
 * each Latin-1 unit the bits of the sets that hold it: one pass over a line answers every gate.
 */
const { GATE_BITS, HOLDS } = (() => {
  const holds = new Int32Array(0x100);
  let next = 1;
  const bitOf = (chars: string | undefined): number => {
    if (chars === undefined) return 0;
    const bit = next;
    next <<= 1;
    for (const c of chars) holds[c.charCodeAt(0)] = (holds[c.charCodeAt(0)] ?? 0) | bit;
    return bit;
  };
  return { GATE_BITS: PAGE_CHROME.map((row) => ({ any: bitOf(row.gate?.any), none: bitOf(row.gate?.none) })), HOLDS: holds };
})();

/** True when `text[start, end)` is page furniture rather than a headline or summary. */
export function isPageChrome(text: string, start: number, end: number): boolean {
  if (countWords(text, start, end, 3) < 3) return true;
  let holds = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) holds |= HOLDS[c]!;
  }
  const first = text.charCodeAt(start);
  const line = text.slice(start, end);
  for (let k = 0; k < PAGE_CHROME.length; k++) {
    const row = PAGE_CHROME[k]!;
    const bits = GATE_BITS[k]!;
    if (bits.any !== 0 && (holds & bits.any) === 0) continue;
    if (bits.none !== 0 && (holds & bits.none) !== 0) continue;
    if (row.gate?.first !== undefined && first < 0x80 && !row.gate.first.includes(line.charAt(0))) continue;
    if (row.pattern.test(line)) return true;
  }
  return false;
}
