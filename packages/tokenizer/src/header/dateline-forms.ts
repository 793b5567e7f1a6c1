import { DATE, PLACE, PLACE_ASCII, SEPARATOR, SEPARATOR_AFTER_WIRE, WIRE_IN_PARENS, WIRE_IN_SLASHES } from './fragments.js';

/** A character class a dateline holds; see {@link DatelineForm.mark}. */
export type DatelineMark = 'digit' | '(' | '/' | '-';

/** What a test expects from a dateline example (texts as written, `null` when absent). */
export interface DatelineExpectation {
  readonly text: string;
  readonly place: string;
  readonly dateText: string | null;
  readonly wire: string | null;
  /** The dateline stands on a line of its own (the body starts on the next line). */
  readonly ownLine?: boolean;
}

/**
 * One way a release opens: a sticky pattern with the named groups `place`, `date` and `wire`
 * (`date`/`wire` when the form has them). Forms are tried in order at the start of a paragraph;
 * the first that matches wins. Every example is run by a test.
 */
export interface DatelineForm {
  /** Provenance rule id. */
  readonly rule: string;
  readonly pattern: DatelinePattern;
  /** Confidence when the wire is a known one (or the form has no wire). */
  readonly confidence: number;
  /** The place must be written in capitals (forms without date or wire, to avoid ordinary prose). */
  readonly upperCasePlace: boolean;
  /**
   * The first digit, `(`, `/` or `-` a match holds when its place has no dash: the date's digit,
   * the wire's bracket or slash, the separator. Lets a line skip the forms it cannot open (see
   * `datelineMark`); a test checks it on every example.
   */
  readonly mark: DatelineMark;
  /**
   * Characters every match holds (its brackets, slashes, dashes, commas, colons): a line without
   * one of them skips the form without running it. A test checks them on every match.
   */
  readonly needs: string;
  readonly examples: readonly DatelineExpectation[];
}

/** Where a form matched: its end and the `[start, end)` ranges of its groups (a group is absent when it took no part). */
export interface DatelinePatternMatch {
  readonly end: number;
  readonly place: readonly [number, number] | undefined;
  readonly date: readonly [number, number] | undefined;
  readonly wire: readonly [number, number] | undefined;
}

type GroupName = 'place' | 'date' | 'wire';
const NAMED_GROUP = /\(\?<([a-z]+)>/g;

/**
 * A form's sticky pattern in two compiled twins: Unicode letter classes for any line, ASCII ones
 * for a line that is all ASCII (equivalent there, and ten times cheaper to compile, see
 * {@link PLACE_ASCII}). Each twin is compiled on first use, with plain numbered groups: V8 builds
 * the `d` flag's indices of named groups in its runtime, and in the pipeline (where each document
 * finds these patterns cold) that one exec cost more than the rest of the header search. The ASCII
 * twin also goes without the `u` flag (the same language on ASCII text, and cheaper to run), so
 * one exec both rules a line out and reads its groups.
 */
export class DatelinePattern {
  /** The source with the named groups `place`, `date` and `wire`, and no other capturing group. */
  readonly source: string;
  /** The capture number of each named group in {@link source}. */
  readonly #group: Readonly<Record<GroupName, number>>;
  #unicode: RegExp | undefined;
  #ascii: RegExp | undefined;

  constructor(source: string) {
    this.source = source;
    const group: Record<GroupName, number> = { place: 0, date: 0, wire: 0 };
    let n = 0;
    for (const m of source.matchAll(NAMED_GROUP)) group[m[1] as GroupName] = ++n;
    this.#group = group;
  }

  /**
   * The match of the pattern at `at` (sticky), or null. `asciiLine`: the line at `at` holds only
   * ASCII characters (a dateline never spans a line break), so the ASCII twin may run.
   */
  matchAt(text: string, at: number, asciiLine: boolean): DatelinePatternMatch | null {
    const pattern = asciiLine ? (this.#ascii ??= new RegExp(numbered(this.source.replace(PLACE, () => PLACE_ASCII)), 'dy')) : (this.#unicode ??= new RegExp(numbered(this.source), 'duy'));
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m === null) return null;
    const indices = m.indices!;
    const { place, date, wire } = this.#group;
    return {
      end: at + m[0].length,
      place: place === 0 ? undefined : indices[place],
      date: date === 0 ? undefined : indices[date],
      wire: wire === 0 ? undefined : indices[wire],
    };
  }
}

/** A source with its named groups as plain numbered ones. */
function numbered(source: string): string {
  return source.replace(NAMED_GROUP, '(');
}

const form = (source: string): DatelinePattern => new DatelinePattern(source);

export const DATELINE_FORMS: readonly DatelineForm[] = [
  {
    rule: 'dateline/wire-parenthesised',
    pattern: form(`${PLACE},? ${DATE} ?${WIRE_IN_PARENS}${SEPARATOR_AFTER_WIRE}`),
    confidence: 0.95,
    upperCasePlace: false,
    mark: 'digit',
    needs: '(-)',
    examples: [
      { text: 'BEIJING, June 18, 2025 (GLOBE NEWSWIRE) --', place: 'BEIJING', dateText: 'June 18, 2025', wire: 'GLOBE NEWSWIRE' },
      { text: 'NEW YORK, Jan. 12, 2024 (BUSINESS WIRE) --', place: 'NEW YORK', dateText: 'Jan. 12, 2024', wire: 'BUSINESS WIRE' },
      { text: 'ASTANA, July 4 (Xinhua) --', place: 'ASTANA', dateText: 'July 4', wire: 'Xinhua' },
      { text: 'JOHANNESBURG, 23 August 2023 (Reuters) -', place: 'JOHANNESBURG', dateText: '23 August 2023', wire: 'Reuters' },
      { text: 'Beijing, June 5 (CGTN) --', place: 'Beijing', dateText: 'June 5', wire: 'CGTN' },
      { text: 'VIENTIANE, Oct. 10 (Xinhua) --', place: 'VIENTIANE', dateText: 'Oct. 10', wire: 'Xinhua' },
      { text: 'DAR ES SALAAM, Tuesday, May 7 (Xinhua) --', place: 'DAR ES SALAAM', dateText: 'Tuesday, May 7', wire: 'Xinhua' },
    ],
  },
  {
    rule: 'dateline/wire-slashed',
    pattern: form(`${PLACE},? ${DATE} ?${WIRE_IN_SLASHES}${SEPARATOR_AFTER_WIRE}`),
    confidence: 0.95,
    upperCasePlace: false,
    mark: 'digit',
    needs: '/-',
    examples: [
      { text: 'WASHINGTON, Sept. 5, 2024 /PRNewswire/ --', place: 'WASHINGTON', dateText: 'Sept. 5, 2024', wire: 'PRNewswire' },
      { text: 'RIO DE JANEIRO, Nov 18, 2024 /EINPresswire.com/ --', place: 'RIO DE JANEIRO', dateText: 'Nov 18, 2024', wire: 'EINPresswire.com' },
      { text: 'AUSTIN, Texas, May 2, 2024 /PRWeb/ --', place: 'AUSTIN, Texas', dateText: 'May 2, 2024', wire: 'PRWeb' },
    ],
  },
  {
    rule: 'dateline/wire-slashed-after-date',
    pattern: form(`${PLACE},? ${DATE}\\. ?${WIRE_IN_SLASHES}\\.`),
    confidence: 0.9,
    upperCasePlace: false,
    mark: 'digit',
    needs: '/.',
    examples: [{ text: 'KAZAN, October 22. /TASS/.', place: 'KAZAN', dateText: 'October 22', wire: 'TASS' }],
  },
  {
    rule: 'dateline/wire-dashed',
    pattern: form(`${PLACE} ?--\\((?<wire>[^()\\n]{1,40}?)(?: - ${DATE})?\\)${SEPARATOR_AFTER_WIRE}`),
    confidence: 0.9,
    upperCasePlace: false,
    mark: '-',
    needs: '-()',
    examples: [
      { text: 'SAN FRANCISCO--(BUSINESS WIRE)--', place: 'SAN FRANCISCO', dateText: null, wire: 'BUSINESS WIRE' },
      { text: 'Toronto, Ontario--(Newsfile Corp. - March 3, 2024) -', place: 'Toronto, Ontario', dateText: 'March 3, 2024', wire: 'Newsfile Corp.' },
    ],
  },
  {
    rule: 'dateline/wire-slashed-before-date',
    pattern: form(`${PLACE} ?/ ?(?<wire>[^/\\n]{1,40}?) ?/ ?${DATE} ?/`),
    confidence: 0.9,
    upperCasePlace: false,
    mark: '/',
    needs: '/',
    examples: [{ text: 'NEW YORK, NY / ACCESSWIRE / January 12, 2024 /', place: 'NEW YORK, NY', dateText: 'January 12, 2024', wire: 'ACCESSWIRE' }],
  },
  {
    rule: 'dateline/place-wire',
    pattern: form(`${PLACE} ?${WIRE_IN_PARENS}${SEPARATOR_AFTER_WIRE}`),
    confidence: 0.9,
    upperCasePlace: false,
    mark: '(',
    needs: '(-)',
    examples: [
      { text: 'NEW DELHI (AP) \u2014', place: 'NEW DELHI', dateText: null, wire: 'AP' },
      { text: 'UNITED NATIONS (Reuters) -', place: 'UNITED NATIONS', dateText: null, wire: 'Reuters' },
    ],
  },
  {
    rule: 'dateline/place-date',
    pattern: form(`${PLACE},? ${DATE}${SEPARATOR}`),
    confidence: 0.85,
    upperCasePlace: false,
    mark: 'digit',
    needs: '-',
    examples: [
      { text: 'KAZAN, Russia, October 23, 2024 --', place: 'KAZAN, Russia', dateText: 'October 23, 2024', wire: null },
      { text: 'Brussels, 6 December 2023 \u2013', place: 'Brussels', dateText: '6 December 2023', wire: null },
      { text: 'Washington, D.C., March 1, 2024 --', place: 'Washington, D.C.', dateText: 'March 1, 2024', wire: null },
    ],
  },
  {
    // A communiqué or statistics release puts "Place, date" on a line of its own under the title.
    rule: 'dateline/place-date-line',
    pattern: form(`${PLACE}, ${DATE}(?=[ \\t]*(?:\\n|$))`),
    confidence: 0.85,
    upperCasePlace: false,
    mark: 'digit',
    needs: ',',
    examples: [
      { text: 'Islamabad, 3 October 2025', place: 'Islamabad', dateText: '3 October 2025', wire: null, ownLine: true },
      { text: 'Addis Ababa, February 16, 2025', place: 'Addis Ababa', dateText: 'February 16, 2025', wire: null, ownLine: true },
    ],
  },
  {
    // "Posted On: 04 MAR 2025 7:40PM by PIB Delhi": a release bureau's stamp, the city after the bureau.
    rule: 'dateline/posted-by-bureau',
    pattern: form(`Posted On: ${DATE},? \\d{1,2}:\\d{2} ?(?:[AaPp]\\.?[Mm]\\.?)? by [A-Z]{2,10} ${PLACE}(?=[ \\t]*(?:\\n|$))`),
    confidence: 0.8,
    upperCasePlace: false,
    mark: 'digit',
    needs: ':',
    examples: [{ text: 'Posted On: 04 MAR 2025 7:40PM by PIB Delhi', place: 'Delhi', dateText: '04 MAR 2025', wire: null, ownLine: true }],
  },
  {
    rule: 'dateline/place-only',
    pattern: form(`${PLACE}${SEPARATOR}`),
    confidence: 0.7,
    upperCasePlace: true,
    mark: '-',
    needs: '-',
    examples: [
      { text: 'SAMARKAND, Uzbekistan --', place: 'SAMARKAND, Uzbekistan', dateText: null, wire: null },
      { text: 'GENEVA \u2014', place: 'GENEVA', dateText: null, wire: null },
    ],
  },
];

/** Confidence taken off when the wire is not a known one. */
export const UNKNOWN_WIRE_PENALTY = 0.2;
