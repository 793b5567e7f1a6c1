import type { Anchor, PersonRule } from '../anchor.js';
import type { PeopleContext } from '../context.js';
import { countNameWords, isPlausibleName, readNameForward } from '../name-words.js';
import { WordClass } from '../lexicon.js';
import { matchTitleAt, readHonorifics } from '../title-match.js';
import { readOfBody } from './of-body.js';
import { readPreTitle } from './pre-title-modifiers.js';

/**
 * A title before a name, with what surrounds it: "Indian Prime Minister Narendra Modi" (country from the
 * demonym), "European Commission President Ursula von der Leyen" (affiliation),
 * "President Cyril Ramaphosa of South Africa", "President of Kazakhstan Kassym-Jomart Tokayev",
 * "the President of the Republic of Kazakhstan Kassym-Jomart Tokayev" (official name), "the President of
 * the European Council António Costa" (affiliation),
 * "Emir Sheikh Tamim bin Hamad Al Thani" (honorific skipped).
 */
export const titleBeforeName: PersonRule = {
  id: 'people/title-before-name',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let i = 0; i < words.length; i++) {
      if (((ctx.wordClass[i] as number) & WordClass.TITLE_OR_MODIFIER) === 0) continue;
      const title = matchTitleAt(ctx, i);
      if (title === null || !title.row.beforeName) continue;
      let j = title.end;
      let country: string | null = null;
      let ofAffiliation: string | null = null;
      const ofBody = readOfBody(ctx, j);
      if (ofBody !== null) {
        country = ofBody.country;
        ofAffiliation = ofBody.affiliation;
        j = ofBody.end;
      }
      const honorifics = readHonorifics(ctx, j);
      j = honorifics.end;
      const end = readNameForward(ctx, j);
      if (end === j || words[j]!.breakBefore) continue;
      // A lower-case title ("Kremlin spokesman Dmitry Peskov") needs a full name after it.
      if (!title.capitalised && countNameWords(ctx, j, end) < 2) continue;
      // "King Abdulaziz Center": the name is part of an institution's name.
      const after = words[end];
      if (after !== undefined && !after.breakBefore && after.cap && ctx.lex.institutions.has(after.key)) continue;
      if (!isPlausibleName(ctx, j, end)) continue;

      const pre = readPreTitle(ctx, title.start, title.row.takesPortfolio === true, !title.capitalised);
      country ??= pre.country;
      let affiliation = ofAffiliation ?? pre.affiliation;
      if (!words[end - 1]!.possessive) {
        const tail = readOfTail(ctx, end);
        if (tail !== null) {
          if (tail.country !== null) country ??= tail.country;
          else affiliation ??= tail.affiliation;
        }
      }
      out.push({
        start: j,
        end,
        // "former Brazilian President" → "former President": the modifier belongs to the title.
        titles: [(pre.leadingModifier === null ? '' : `${pre.leadingModifier} `) + ctx.textOf(pre.titleStart, title.end), ...honorifics.titles],
        affiliation,
        country,
        rule: this.id,
        confidence: 0.9,
        weak: false,
      });
      i = end - 1;
    }
    return out;
  },
};

/** "… of South Africa" / "… of NATO" after a name: a country, or else an affiliation. */
function readOfTail(
  ctx: PeopleContext,
  end: number,
): { country: string | null; affiliation: string | null } | null {
  const words = ctx.words;
  if (words[end]?.key !== 'of' || words[end]!.breakBefore) return null;
  let p = end + 1;
  if (words[p]?.key === 'the') p++;
  let q = p;
  while (q < words.length && q - p < 6) {
    const w = words[q]!;
    if (w.breakBefore || w.punct) break;
    if (w.cap && !ctx.lex.stopWords.has(w.key)) {
      q++;
      if (w.possessive) break;
      continue;
    }
    if ((w.key === 'of' || w.key === 'for' || w.key === 'the') && words[q + 1]?.cap === true) {
      q++;
      continue;
    }
    break;
  }
  while (q > p && !words[q - 1]!.cap) q--;
  if (q === p) return null;
  const name = ctx.country(ctx.textOf(p, q)) ?? countryThroughAnd(ctx, q);
  if (name !== null) return { country: name, affiliation: null };
  return { country: null, affiliation: ctx.textOf(p, q) };
}

/** "of Saint Vincent and the Grenadines", "of Trinidad and Tobago": a country name holding "and [the]". */
function countryThroughAnd(ctx: PeopleContext, q: number): string | null {
  const words = ctx.words;
  if (words[q]?.key !== 'and' || words[q]!.breakBefore) return null;
  let r = q + 1;
  if (words[r]?.key === 'the' && !words[r]!.breakBefore) r++;
  let end = r;
  while (end < words.length && end - r < 3 && words[end]!.cap && !words[end]!.breakBefore) end++;
  if (end === r) return null;
  let p = q - 1;
  while (p > 0 && words[p - 1]!.cap && !words[p]!.breakBefore && q - p < 3) p--;
  for (let s = p; s < q; s++) {
    const name = ctx.country(ctx.textOf(s, end));
    if (name !== null) return name;
  }
  return null;
}
