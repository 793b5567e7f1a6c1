/**
 * Scale words after an amount, as data: "$48.5 billion", "€3bn", "Rs 1,000 crore". Every factor is
 * a power of ten, kept as its exponent so that 48.5 billion is exactly 48500000000 (built as the
 * decimal string `48.5e9`, not by a float multiplication).
 */
export interface ScaleRow {
  readonly word: string;
  readonly exponent: number;
  /** One-letter scales ("€3m", "$500k") count only glued to an amount with a currency sign. */
  readonly attachedOnly: boolean;
  readonly example: string;
}

export const SCALES: readonly ScaleRow[] = [
  { word: 'thousand', exponent: 3, attachedOnly: false, example: '$5 thousand' },
  { word: 'million', exponent: 6, attachedOnly: false, example: 'USD 500 million' },
  { word: 'billion', exponent: 9, attachedOnly: false, example: '$48.5 billion' },
  { word: 'trillion', exponent: 12, attachedOnly: false, example: 'US$1.2 trillion' },
  { word: 'mn', exponent: 6, attachedOnly: false, example: '$20 mn' },
  { word: 'mln', exponent: 6, attachedOnly: false, example: '$20 mln' },
  { word: 'bn', exponent: 9, attachedOnly: false, example: '5 bn euros' },
  { word: 'bln', exponent: 9, attachedOnly: false, example: '$3 bln' },
  { word: 'tn', exponent: 12, attachedOnly: false, example: '$1 tn' },
  { word: 'trn', exponent: 12, attachedOnly: false, example: '$1 trn' },
  { word: 'crore', exponent: 7, attachedOnly: false, example: 'Rs 1,000 crore' },
  { word: 'crores', exponent: 7, attachedOnly: false, example: 'Rs 5 crores' },
  { word: 'lakh', exponent: 5, attachedOnly: false, example: 'Rs 2 lakh' },
  { word: 'lakhs', exponent: 5, attachedOnly: false, example: 'Rs 3 lakhs' },
  { word: 'm', exponent: 6, attachedOnly: true, example: '€3m' },
  { word: 'b', exponent: 9, attachedOnly: true, example: '$2b' },
  { word: 'k', exponent: 3, attachedOnly: true, example: '$500k' },
];

const BY_WORD = new Map(SCALES.map((row) => [row.word, row.exponent]));

/** Each word as written in running text, in a title and in a headline: "billion", "Billion", "BILLION". */
const alt = (rows: readonly ScaleRow[]): string =>
  rows
    .flatMap((r) => [r.word, r.word.charAt(0).toUpperCase() + r.word.slice(1), r.word.toUpperCase()])
    .filter((w, i, all) => all.indexOf(w) === i)
    .sort((a, b) => b.length - a.length)
    .join('|');

/** Regex source of scale words that may follow an amount after an optional space (no `i` flag needed). */
export const SCALE_WORD_SOURCE = alt(SCALES.filter((r) => !r.attachedOnly));
/** Regex source of every scale, for amounts glued to a currency sign ("€3bn", "€3m"). */
export const SCALE_ANY_SOURCE = alt(SCALES);

/** The exponent of a scale word (any case), or null. */
export function scaleExponent(word: string | undefined): number | null {
  if (word === undefined) return null;
  return BY_WORD.get(word.toLowerCase()) ?? null;
}

/**
 * An amount written in digits ("1,000", "48.5") times 10^exponent, exactly.
 *
 * @example scaled('48.5', 9) // 48500000000
 */
export function scaled(digits: string, exponent: number): number {
  // Most amounts are plain ("18", "2025", "48.5"): no copy and no exponent to parse.
  if (exponent === 0 && !digits.includes(',')) return Number(digits);
  return Number(`${digits.replace(/,/g, '')}e${exponent}`);
}
