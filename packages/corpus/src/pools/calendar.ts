/** English month names as releases write them (full and abbreviated), index 0 = January. */
export const MONTHS: readonly (readonly [full: string, abbreviation: string])[] = [
  ['January', 'Jan.'],
  ['February', 'Feb.'],
  ['March', 'Mar.'],
  ['April', 'Apr.'],
  ['May', 'May'],
  ['June', 'Jun.'],
  ['July', 'Jul.'],
  ['August', 'Aug.'],
  ['September', 'Sept.'],
  ['October', 'Oct.'],
  ['November', 'Nov.'],
  ['December', 'Dec.'],
];

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Index of a month word ("Sept.", "sep.", "June"), or -1. */
export function monthIndex(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  return MONTHS.findIndex(([full]) => full.toLowerCase().startsWith(w) && w.length >= 3);
}
