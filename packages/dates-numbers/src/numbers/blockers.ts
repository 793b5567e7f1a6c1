import type { NumberAnchors } from './number-anchors.js';
import { isAsciiLetter, isRegexWordUnit } from '../text/char-classes.js';

/**
 * Numbers that are not quantities, as data: identifiers after a label ("Article 5", "Resolution
 * 2231", "No. 1"), phone numbers, times of day, list markers. Each row's examples are run by a test.
 * Glued forms ("G20", "COVID-19", "5G", "2+2", "10:30") are kept out by the number patterns'
 * own boundaries.
 */
export interface BlockerRow {
  readonly id: string;
  readonly why: string;
  /** Global regex whose matches are not quantities. */
  readonly pattern: RegExp;
  /**
   * Offsets, ascending, that include every one where a match of `pattern` may begin: the pattern
   * is then tried only there instead of scanning the text (a test compares the two).
   */
  starts?(text: string, anchors: NumberAnchors): readonly number[];
  readonly examples: readonly string[];
}

/** Capitalised labels whose following number is an identifier, not a count. */
export const IDENTIFIER_LABELS: readonly string[] = [
  'Article', 'Articles', 'Resolution', 'Resolutions', 'No.', 'Nos.', 'Number', 'Chapter', 'Section', 'Paragraph',
  'Clause', 'Annex', 'Item', 'Rule', 'Phase', 'Vision', 'Agenda', 'Room', 'Level', 'Flight', 'Route', 'Highway',
  'Version', 'Part', 'Volume', 'Vol.', 'Page', 'Table', 'Figure', 'Fig.', 'Act', 'Law', 'Decree', 'Order', 'Code',
  'Box', 'Gate', 'Terminal', 'Hall', 'Platform', 'Line', 'Lane', 'Unit', 'Block', 'Model', 'Series', 'Type', 'Class',
  'Category', 'Step', 'Goal', 'SDG', 'COP', 'Building', 'Pier', 'Berth', 'Track', 'Sector', 'Zone',
  'Protocol', 'Directive', 'Regulation', 'Decision', 'Circular', 'Bill', 'Amendment', 'Covenant', 'Lot', 'Batch',
  // lower-case forms only where the word is never a plain noun before a count
  'article', 'articles', 'resolution', 'paragraph', 'chapter', 'section', 'clause', 'annex',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABELS = [...IDENTIFIER_LABELS].sort((a, b) => b.length - a.length).map(escape).join('|');

const DIGIT_RUN = /[0-9]+/g;
const SPACE = /\s/;

/**
 * Where an identifier label may begin: a label is letters (perhaps with a final period) at a word
 * start, followed by an optional space and `#` and the first digit of a run of digits. So for each
 * run of digits, the word of letters that ends there, or one or two code units before it (a space,
 * a `#`, a space and a `#`), is a candidate; at most one per run, in text order.
 *
 * @example labelStarts('see Article 5 and No. 7') // [4, 18]
 */
export function labelStarts(text: string): number[] {
  const out: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    let end = m.index;
    if (text.charCodeAt(end - 1) === 0x23 /* # */) end--;
    if (end > 0 && SPACE.test(text.charAt(end - 1))) end--;
    if (text.charCodeAt(end - 1) === 0x2e /* . */) end--;
    let start = end;
    while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start < end && (start === 0 || !isRegexWordUnit(text.charCodeAt(start - 1)))) out.push(start);
  }
  DIGIT_RUN.lastIndex = 0;
  return out;
}

export const BLOCKERS: readonly BlockerRow[] = [
  {
    id: 'identifier-after-label',
    why: 'a number after a label names a thing, it does not count anything',
    pattern: new RegExp(`\\b(?:${LABELS})\\s?#?\\d[\\d.,]*`, 'g'),
    starts: labelStarts,
    examples: ['UN Security Council Resolution 2231', 'Article 5 of the treaty', 'under article 5 of the charter', 'ranked No. 1', 'SDG 4'],
  },
  {
    id: 'phone-number',
    why: 'digit groups joined by spaces, dots or dashes with a + or (area code) are phone numbers',
    pattern: /(?:\+\d{1,3}[ .-]?\(?\d{1,4}\)?|\(\d{1,4}\))(?:[ .-]\d{2,5}){1,4}(?!\d)/g,
    examples: ['call +1 (212) 555-0100', 'tel. +86 10 6512 3456', '(202) 555 0199'],
  },
  {
    id: 'time-of-day',
    why: 'a time of day is not a quantity',
    pattern: /\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT\b|UTC\b|hrs\b)/gi,
    // It begins at a `\b` before a digit.
    starts: (_text, anchors) => anchors.digit,
    examples: ['at 10 a.m.', 'opens at 9.30 pm', 'at 10:30 GMT'],
  },
  {
    id: 'list-marker',
    why: 'a number opening a line as "1." or "2)" numbers a list item',
    pattern: /^[ \t]*\d{1,2}[.)](?=[ \t])/gm,
    examples: ['1. Trade\n2. Energy'],
  },
];
