import { countWords } from '../text/char-tests.js';
import { MONTH, WEEKDAY } from './fragments.js';

/**
 * Lines a web page puts around a release that are not its headline, as data. Each row has an
 * example (which must be recognised) that a test runs.
 */
export interface ChromeRow {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: string;
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
  { id: 'breadcrumb', pattern: / (?:\||>|»|\/) /u, example: 'Home | World | Asia-Pacific' },
  { id: 'photo-credit', pattern: /^(?:photo|file photo|image|video|picture|graphic)\b/iu, example: 'Photo taken on June 17, 2025 shows the venue.' },
  { id: 'agency-photo-credit', pattern: /\((?:[\p{L}. ]+\/[^()]*|(?:photo|image)[^()]*)\)\.?$/iu, example: 'Leaders pose for a group photo in Astana. (Xinhua/Rao Aimin)' },
  { id: 'bracketed-caption', pattern: /^\[(?:photo|image|picture|video|caption)\b[^\]]*\]$/iu, example: '[Photo caption: Leaders gather for the family photo, 18 October 2018. (c) European Union]' },
  { id: 'byline', pattern: /^By \p{Lu}[^.!?]{0,60}$/u, example: 'By Jane Doe, CGTN' },
  { id: 'source-line', pattern: /^(?:source|editor|updated|published|posted|author)s?\b ?:/iu, example: 'Source: Xinhua | Editor: Li Ming' },
  { id: 'date-line', pattern: new RegExp(`^(?:${WEEKDAY},? )?(?:(?:${MONTH})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTH}) \\d{4}|\\d{4}-\\d{2}-\\d{2})[\\d: apmAPMGTCUT-]*$`, 'u'), example: 'June 18, 2025 10:21 GMT' },
  { id: 'timestamp-line', pattern: new RegExp(`^(?:\\d{1,2} (?:${MONTH})|(?:${MONTH})\\.? \\d{1,2},?) \\d{4},? \\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [\\p{L} ]{0,30})?$`, 'u'), example: '28 May 2025 09:00 AM Malaysia Time' },
  { id: 'masthead', pattern: /^[\p{Lu}\d&'.-]+(?: [\p{Lu}\d&'.-]+){0,5}$/u, example: 'THE EVENING HERALD' },
  // A government body's name alone ("Ministry of Foreign Affairs of the People's Republic of China",
  // "Pakistan Bureau of Statistics (PBS)", "Press Information Bureau, Government of India"): who
  // published the page, not its headline. After the head word only "of"/"for" names may follow.
  { id: 'issuer', pattern: ISSUER_LINE, example: "Ministry of Foreign Affairs of the People's Republic of China" },
  { id: 'reading-time', pattern: /^\d{1,2} min(?:ute)?s? read$/iu, example: '5 min read' },
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

/** True when `text[start, end)` is page furniture rather than a headline or summary. */
export function isPageChrome(text: string, start: number, end: number): boolean {
  if (countWords(text, start, end, 3) < 3) return true;
  const line = text.slice(start, end);
  return PAGE_CHROME.some((row) => row.pattern.test(line));
}
