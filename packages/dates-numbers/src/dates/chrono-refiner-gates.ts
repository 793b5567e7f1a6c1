import type { ParsingResult } from 'chrono-node';

/**
 * chrono refiners that run only on the results they can change, as data. Two of chrono's casual
 * refiners cost more than any parser: one runs an end-anchored regex over all the text before each
 * result, the other computes a date for each result followed by any short word. Each row's
 * `mayChange` is a necessary condition of the refiner doing anything to a result (read from its
 * source); the refiner then sees only those results (it changes results in place and returns the
 * list it was given). A test runs every example through the gated and ungated instances.
 */
export interface ChronoRefinerGateRow {
  /** The refiner's class name (a test checks it still exists in chrono). */
  readonly name: string;
  mayChange(result: ParsingResult, text: string): boolean;
  readonly why: string;
  /** Texts the refiner changes a result of. */
  readonly examples: readonly string[];
}

/** The code units of JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// chrono's TIMEZONE_NAME_PATTERN (ExtractTimezoneAbbrRefiner).
const TIMEZONE_NAME = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** The lower-cased word that ends just before `at`, after any white space, or ''. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 4 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

export const CHRONO_REFINER_GATES: readonly ChronoRefinerGateRow[] = [
  {
    name: 'ENEndOfPeriodRefiner',
    // Its PREFIX_PATTERN is /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i on all the text before the result.
    mayChange: (r, text) => {
      const word = wordBefore(text, r.index);
      return word === 'of' || word === 'the';
    },
    why: 'it acts only after "end of (the)" or "last day of (the)": a result not after "of" or "the" is left alone',
    examples: ['by the end of June', 'by the end of next month', 'at the end of this year'],
  },
  {
    name: 'ExtractTimezoneAbbrRefiner',
    // A date-only result takes an abbreviation only as written in capitals ("June 18 EST", not "June 18 in").
    mayChange: (r, text) => {
      const m = TIMEZONE_NAME.exec(text.substring(r.index + r.text.length));
      if (m === null) return false;
      const abbr = m[1] ?? '';
      return !r.start.isOnlyDate() || abbr === abbr.toUpperCase();
    },
    why: 'it reads a 2-4 letter word after each result as a time zone; a date-only result keeps one only in capitals',
    examples: ['The call is on June 18 EST.', 'They spoke tonight EST about trade.'],
  },
];

interface Refiner {
  refine(context: { readonly text: string }, results: ParsingResult[]): ParsingResult[];
}

/** `refiner`, run only on the results `row.mayChange` lets through. */
export function gatedRefiner(refiner: Refiner, row: ChronoRefinerGateRow): Refiner {
  return {
    refine(context, results) {
      const candidates = results.filter((r) => row.mayChange(r, context.text));
      if (candidates.length > 0) refiner.refine(context, candidates);
      return results;
    },
  };
}
