import type { Anchor, PersonRule } from '../anchor.js';
import { WordClass } from '../lexicon.js';
import { countNameWords, isPlausibleName, readNameForward } from '../name-words.js';

const MAX_COUNTRY_WORDS = 3;

/**
 * A country in the possessive before a full name: "Madagascar's Richard Randriamandrato",
 * "South Africa's Naledi Pandor". The country is the one the person represents. The name needs
 * two name words and must end there (a capitalised word after it makes it a company's name:
 * "Kenya's Safaricom Group"), and no word of it may name a place or organisation.
 */
export const countryPossessive: PersonRule = {
  id: 'people/country-possessive',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let i = 0; i < words.length - 2; i++) {
      if (((ctx.wordClass[i] as number) & WordClass.CAPITALISED_POSSESSIVE) === 0) continue;
      // The name first: reading it takes no lookups, the country up to three.
      const s = i + 1;
      if (words[s]!.breakBefore) continue;
      const end = readNameForward(ctx, s);
      if (countNameWords(ctx, s, end) < 2 || words[end - 1]!.possessive) continue;
      const after = words[end];
      if (after !== undefined && !after.breakBefore && after.cap) continue;
      let country: string | null = null;
      for (let len = Math.min(MAX_COUNTRY_WORDS, i + 1); len >= 1 && country === null; len--) {
        if (len > 1 && words[i - len + 2]!.breakBefore) continue;
        country = ctx.country(ctx.textOf(i - len + 1, i + 1));
      }
      if (country === null || !isPlausibleName(ctx, s, end, { strictWords: true })) continue;
      out.push({ start: s, end, titles: [], affiliation: null, country, rule: this.id, confidence: 0.7, weak: false });
      i = end - 1;
    }
    return out;
  },
};
