/** English month names and the abbreviations newsrooms use (AP style "Sept."), as data. */
export interface MonthRow {
  readonly month: number;
  /** Capitalised spellings; an abbreviation may be followed by a period in text. */
  readonly names: readonly string[];
}

export const MONTHS: readonly MonthRow[] = [
  { month: 1, names: ['January', 'Jan'] },
  { month: 2, names: ['February', 'Feb'] },
  { month: 3, names: ['March', 'Mar'] },
  { month: 4, names: ['April', 'Apr'] },
  { month: 5, names: ['May'] },
  { month: 6, names: ['June', 'Jun'] },
  { month: 7, names: ['July', 'Jul'] },
  { month: 8, names: ['August', 'Aug'] },
  { month: 9, names: ['September', 'Sept', 'Sep'] },
  { month: 10, names: ['October', 'Oct'] },
  { month: 11, names: ['November', 'Nov'] },
  { month: 12, names: ['December', 'Dec'] },
];

const BY_NAME = new Map<string, number>(MONTHS.flatMap((row) => row.names.map((n) => [n, row.month] as const)));

/** Regex source matching any month name (capitalised, longest first), without a group. */
export const MONTH_NAME_SOURCE = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

/** @example monthNumber('Sept') // 9 */
export function monthNumber(name: string): number | null {
  return BY_NAME.get(name) ?? null;
}
