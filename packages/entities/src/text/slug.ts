import { memoize } from './memo.js';
import { plainFirstWordHash } from './phrase-index.js';
import { foldWord } from './words.js';

/**
 * A stable id fragment: folded, non-alphanumerics to single hyphens.
 *
 * @example slugify("Xi'an") // 'xi-an'
 */
export function slugify(name: string): string {
  // A plain name ("South Africa", "Belt and Road") is its lower case with hyphens for spaces:
  // cheaper to make than to look up in the cache.
  return plainFirstWordHash(name) >= 0 ? name.toLowerCase().replaceAll(' ', '-') : slugOf(name);
}

const slugOf = memoize((name) =>
  foldWord(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, ''),
);

/** Upper-cases the first letter: "summit" → "Summit". */
export function capitalise(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

/** "RIO DE JANEIRO" → "Rio de Janeiro" (connectors stay lower case). */
export function properCase(text: string): string {
  const lowers = new Set(['de', 'da', 'do', 'dos', 'das', 'du', 'des', 'del', 'la', 'le', 'el', 'al', 'of', 'the', 'and', 'on', 'y', 'di', 'van', 'von']);
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, i) => (i > 0 && lowers.has(part) ? part : capitalise(part)))
    .join('');
}
