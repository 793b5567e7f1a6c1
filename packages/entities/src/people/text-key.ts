import { memoize } from '../text/memo.js';

/**
 * Matching keys for words and names: case, diacritics and apostrophe style do not matter
 * ("Nausėda" and "NAUSEDA" share a key), spelling does.
 *
 * @example foldKey('Nausėda') // 'nauseda'
 */
export function foldKey(text: string): string {
  // ASCII fast path: `toLowerCase` of a short ASCII string is cheaper than a cache lookup.
  return NON_ASCII.test(text) ? foldNonAscii(text) : text.toLowerCase();
}

/** The NFD fold (slow: normalisation and regex replaces), cached since names recur. */
const foldNonAscii = memoize((text) => text.normalize('NFD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHES, "'").toLowerCase());

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
