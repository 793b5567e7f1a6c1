import type { Anchor, PersonRule } from '../anchor.js';
import type { PeopleContext } from '../context.js';
import { WordClass } from '../lexicon.js';
import { countNameWords, isPlausibleName, readNameBackward } from '../name-words.js';

const MAX_COUNTRY_WORDS = 3;
/** Words that may follow "<Name> of <Country>": the list goes on or the clause does. */
const AFTER_COUNTRY: ReadonlySet<string> = new Set([
  'and', 'or', 'as', 'were', 'was', 'is', 'are', 'has', 'had', 'have', 'also', 'said', 'met', 'who', 'to', 'at', 'in', 'for', 'on', 'with', 'during', 'while',
]);

/**
 * A full name followed by "of <Country>", as lists of leaders write them without titles: "Jonas
 * Gahr Støre of Norway, Ulf Kristersson of Sweden and Mette Frederiksen of Denmark". The country
 * is the one the person represents. The name needs two name words and nothing capitalised but a
 * title before it ("the Central Bank of Nigeria" is no person); the country must end the list item
 * (punctuation, a line end, "and", or a verb: "said", "attended").
 */
export const nameOfCountry: PersonRule = {
  id: 'people/name-of-country',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let i = 2; i < words.length - 1; i++) {
      if (((ctx.wordClass[i] as number) & WordClass.OF) === 0) continue;
      const of = words[i]!;
      if (of.breakBefore || words[i + 1]!.breakBefore) continue;
      // The name first: reading it takes no lookups, the country up to three.
      const s = readNameBackward(ctx, i);
      if (s === i || countNameWords(ctx, s, i) < 2 || words[i - 1]!.possessive) continue;
      const country = countryAfter(ctx, i + 1);
      if (country === null) continue;
      const before = words[s - 1];
      if (before !== undefined && !words[s]!.breakBefore && !before.punct && (before.key === 'the' || (before.cap && !ctx.lex.titleWords.has(before.key)))) continue;
      if (!isPlausibleName(ctx, s, i, { strictWords: true })) continue;
      // A sentence-initial name may carry a title no table knows ("Grand Duke Henri of
      // Luxembourg opened"): only a list item ("…, Ulf Kristersson of Sweden and …") vouches for it.
      if (words[s]!.sentenceStart && !listGoesOn(words[country.end])) continue;
      out.push({ start: s, end: i, titles: [], affiliation: null, country: country.name, rule: this.id, confidence: 0.7, weak: false });
      i = country.end - 1;
    }
    return out;
  },
};

function listGoesOn(after: { text: string; key: string; breakBefore: boolean } | undefined): boolean {
  return after !== undefined && !after.breakBefore && (after.text === ',' || after.text === ';' || after.key === 'and');
}

/** The country written from word `from` that ends a list item, with its end index, or null. */
function countryAfter(ctx: PeopleContext, from: number): { name: string; end: number } | null {
  const words = ctx.words;
  for (let len = MAX_COUNTRY_WORDS; len >= 1; len--) {
    const end = from + len;
    if (end > words.length) continue;
    let joined = true;
    for (let k = from + 1; k < end; k++) if (words[k]!.breakBefore) joined = false;
    if (!joined || !words[from]!.cap) continue;
    const name = ctx.country(ctx.textOf(from, end));
    if (name === null || words[end - 1]!.possessive) continue;
    const after = words[end];
    if (after !== undefined && !after.breakBefore && !after.punct && !AFTER_COUNTRY.has(after.key) && !(after.verb && !after.cap)) return null;
    if (after !== undefined && after.punct && after.text === '-') return null;
    return { name, end };
  }
  return null;
}
