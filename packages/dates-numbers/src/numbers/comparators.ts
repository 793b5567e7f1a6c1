import type { Comparator } from '@pressfacts/document';
import { LETTER_CLASS } from '../text/char-classes.js';

/**
 * Words that bound a quantity, as data: before it ("exceeding $30 billion" → gt) or after it
 * ("100 countries or more" → gte). A quantity without one is `eq`. Each row's example is run by a
 * test: `[text, the quantity's text]`.
 */
export interface ComparatorRow {
  readonly phrases: readonly string[];
  readonly comparator: Comparator;
  readonly position: 'before' | 'after';
  readonly example: readonly [text: string, quantity: string];
}

/**
 * Phrases that qualify a figure ("more than", "about", "at least") and the comparator each gives. Each row's `example` is run by a test.
 *
 * @example
 * COMPARATORS[0]?.example; // ['cumulative investment exceeding $30 billion', '$30 billion'] → comparator 'gt'
 */
export const COMPARATORS: readonly ComparatorRow[] = [
  {
    phrases: ['exceeding', 'exceeded', 'exceeds', 'over', 'more than', 'above', 'in excess of', 'surpassing', 'surpassed',
      'topping', 'topped', 'upwards of', 'greater than', 'higher than', 'well over', 'just over', 'exceed', 'surpass', 'surpasses'],
    comparator: 'gt',
    position: 'before',
    example: ['cumulative investment exceeding $30 billion', '$30 billion'],
  },
  {
    phrases: ['at least', 'no less than', 'not less than', 'no fewer than', 'a minimum of'],
    comparator: 'gte',
    position: 'before',
    example: ['at least 20 countries', '20'],
  },
  {
    phrases: ['less than', 'fewer than', 'under', 'below', 'lower than', 'just under'],
    comparator: 'lt',
    position: 'before',
    example: ['less than 5 percent', '5 percent'],
  },
  {
    phrases: ['up to', 'no more than', 'not more than', 'at most', 'a maximum of', 'as many as', 'as much as', 'as high as'],
    comparator: 'lte',
    position: 'before',
    example: ['up to $3 billion', '$3 billion'],
  },
  {
    phrases: ['nearly', 'almost', 'about', 'around', 'approximately', 'approx.', 'some', 'roughly', 'close to',
      'an estimated', 'estimated', 'circa', 'ca.', 'more or less', 'an average of'],
    comparator: 'approx',
    position: 'before',
    example: ['nearly 40 percent', '40 percent'],
  },
  { phrases: ['or more', 'or above', 'and above', 'and more', '+'], comparator: 'gte', position: 'after', example: ['100 countries or more', '100'] },
  { phrases: ['or less', 'or fewer', 'and below', 'or below'], comparator: 'lte', position: 'after', example: ['5 percent or less', '5 percent'] },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(position: 'before' | 'after'): { pattern: RegExp; byPhrase: Map<string, Comparator> } {
  const byPhrase = new Map<string, Comparator>();
  for (const row of COMPARATORS) if (row.position === position) for (const p of row.phrases) byPhrase.set(p, row.comparator);
  const alt = (keep: (p: string) => boolean): string =>
    [...byPhrase.keys()].filter(keep).sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  const hasLetter = (p: string): boolean => /[a-z]/i.test(p);
  // Words stand apart from the number ("or more"); signs are glued to it ("100+").
  const pattern =
    position === 'before'
      ? new RegExp(`[^${LETTER_CLASS}0-9](${alt(() => true)})\\s+$`, 'i')
      : new RegExp(`^(?:\\s+(${alt(hasLetter)})(?![${LETTER_CLASS}])|(${alt((p) => !hasLetter(p))})(?!\\d))`, 'i');
  return { pattern, byPhrase };
}

const BEFORE = compile('before');
const AFTER = compile('after');
const WINDOW = 30;

/**
 * The comparator that bounds the quantity at [start, end) of `text`; a postfix one ("or more") is
 * looked for at `after` (default `end`; after the counted noun for "100 countries or more").
 *
 * @example comparatorAt('exceeding $30 billion', 10, 21) // 'gt'
 */
export function comparatorAt(text: string, start: number, end: number, after = end): Comparator {
  const windowStart = Math.max(0, start - WINDOW);
  // A leading space stands for the start of the text, so the pattern's boundary always has a char.
  const before = (windowStart === 0 ? ' ' : '') + text.slice(windowStart, start);
  const b = BEFORE.pattern.exec(before);
  if (b?.[1] !== undefined) return BEFORE.byPhrase.get(b[1].toLowerCase()) ?? 'eq';
  const a =
    AFTER.pattern.exec(text.slice(end, end + WINDOW)) ??
    (after === end ? null : AFTER.pattern.exec(text.slice(after, after + WINDOW)));
  const phrase = a?.[1] ?? a?.[2];
  if (phrase !== undefined) return AFTER.byPhrase.get(phrase.toLowerCase()) ?? 'eq';
  return 'eq';
}
