import { memoize } from '../text/memo.js';

/**
 * Matching keys for words and names: case, diacritics and apostrophe style do not matter
 * ("Nausėda" and "NAUSEDA" share a key), spelling does.
 *
 * @example foldKey('Nausėda') // 'nauseda'
 */
export const foldKey: (text: string) => string = memoize((text) => {
  // ASCII fast path: most words need only lower-casing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHES, "'").toLowerCase();
});

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/**
 * A URL-safe slug for an entity id.
 *
 * @example slugify('Luiz Inácio Lula da Silva') // 'luiz-inacio-lula-da-silva'
 */
export function slugify(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-/, '')
    .replace(/-$/, '');
}
