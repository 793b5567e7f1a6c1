import type { Anchor, PersonRule } from '../anchor.js';
import { WordClass } from '../lexicon.js';
import { isPlausibleName, readNameForward } from '../name-words.js';
import { matchPhrase, matchTitleAt } from '../title-match.js';

/**
 * An honorific before a name: "Mr. Modi", "Dr. Tedros Adhanom Ghebreyesus",
 * "His Majesty Sultan Haitham bin Tarik" (a title after the honorific is skipped here; the
 * title rule reads it). The honorific is neither name nor title.
 */
export const honorificBeforeName: PersonRule = {
  id: 'people/honorific',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let i = 0; i < words.length; i++) {
      if (((ctx.wordClass[i] as number) & WordClass.HONORIFIC) === 0) continue;
      const w = words[i]!;
      if (!w.cap) continue;
      const phrases = ctx.lex.honorifics.get(w.akey);
      if (phrases === undefined) continue;
      const hit = matchPhrase(ctx, i, phrases);
      if (hit === null) continue;
      let j = hit.end;
      const title = matchTitleAt(ctx, j);
      if (title !== null && title.capitalised) j = title.end;
      if (words[j] === undefined || words[j]!.breakBefore) continue;
      const end = readNameForward(ctx, j);
      if (end === j || !isPlausibleName(ctx, j, end)) continue;
      const titles = hit.row.title === true ? [ctx.textOf(i, hit.end)] : [];
      out.push({ start: j, end, titles, affiliation: null, country: null, rule: this.id, confidence: 0.8, weak: false });
      i = end - 1;
    }
    return out;
  },
};
