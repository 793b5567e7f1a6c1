/**
 * English number words as data: cardinals one…ninety (compounds such as "twenty-one" are built
 * from these), multipliers, and ordinals. A small table instead of compromise: it covers what
 * press copy writes out ("five nations", "two dozen", "twenty-fifth") at regex speed.
 */
export const UNIT_WORDS: readonly (readonly [string, number])[] = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
];

export const TEEN_WORDS: readonly (readonly [string, number])[] = [
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
];

export const TENS_WORDS: readonly (readonly [string, number])[] = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
];

/** Words that multiply the number before them: "two dozen" = 24, "five million" = 5e6. */
export const MULTIPLIER_WORDS: readonly (readonly [string, number])[] = [
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
];

export const ORDINAL_UNIT_WORDS: readonly (readonly [string, number])[] = [
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
];

export const ORDINAL_OTHER_WORDS: readonly (readonly [string, number])[] = [
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30],
  ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90],
  ['hundredth', 100],
  // "the inaugural summit" is the first edition
  ['inaugural', 1],
];

const alt = (rows: readonly (readonly [string, number])[]): string =>
  rows.map(([w]) => w).sort((a, b) => b.length - a.length).join('|');

const CARDINAL = new Map<string, number>([...UNIT_WORDS, ...TEEN_WORDS, ...TENS_WORDS]);
const MULTIPLIER = new Map<string, number>(MULTIPLIER_WORDS);
const ORDINAL = new Map<string, number>([...ORDINAL_UNIT_WORDS, ...ORDINAL_OTHER_WORDS]);

/**
 * Regex source (no groups, use with the `i` flag) of a written-out cardinal: "five",
 * "twenty-one", "two dozen", "a dozen", "three hundred".
 */
export const WORD_NUMBER_SOURCE =
  `(?:(?:${alt(TENS_WORDS)})(?:-(?:${alt(UNIT_WORDS)}))?|${alt(TEEN_WORDS)}|${alt(UNIT_WORDS)})` +
  `(?:\\s+(?:${alt(MULTIPLIER_WORDS)}))?|a\\s+(?:${alt(MULTIPLIER_WORDS)})`;

/** Regex source (no groups, `i` flag) of a written-out ordinal: "second", "twenty-fifth", "inaugural". */
export const WORD_ORDINAL_SOURCE = `(?:${alt(TENS_WORDS)})-(?:${alt(ORDINAL_UNIT_WORDS)})|${alt([...ORDINAL_UNIT_WORDS, ...ORDINAL_OTHER_WORDS])}`;

/**
 * The value of a written-out cardinal matched by {@link WORD_NUMBER_SOURCE}, or null.
 *
 * @example wordNumberValue('twenty-one') // 21
 * @example wordNumberValue('two dozen') // 24
 */
export function wordNumberValue(words: string): number | null {
  const parts = words.toLowerCase().split(/\s+/);
  const head = parts[0] ?? '';
  let value: number;
  if (head === 'a') value = 1;
  else {
    const [tens, unit] = head.split('-');
    const t = CARDINAL.get(tens ?? '');
    if (t === undefined) return null;
    const u = unit === undefined ? 0 : CARDINAL.get(unit);
    if (u === undefined) return null;
    value = t + u;
  }
  const multiplier = parts[1];
  if (multiplier === undefined) return head === 'a' ? null : value;
  const m = MULTIPLIER.get(multiplier);
  return m === undefined ? null : value * m;
}

/**
 * The value of a written-out ordinal, or null.
 *
 * @example ordinalWordValue('twenty-fifth') // 25
 */
export function ordinalWordValue(word: string): number | null {
  const lower = word.toLowerCase();
  const direct = ORDINAL.get(lower);
  if (direct !== undefined) return direct;
  const [tens, unit] = lower.split('-');
  const t = CARDINAL.get(tens ?? '');
  const u = ORDINAL.get(unit ?? '');
  return t === undefined || u === undefined || t < 20 || u > 9 ? null : t + u;
}
