import type { Anchor, PersonRule } from '../anchor.js';
import type { PeopleContext } from '../context.js';
import { WordClass } from '../lexicon.js';
import { countNameWords, isPlausibleName, readNameForward } from '../name-words.js';
import { matchTitleAt, readHonorifics } from '../title-match.js';
import { readAffiliation } from './affiliation.js';
import { readAsTitle } from './as-title.js';
import { readPreTitle } from './pre-title-modifiers.js';

// What may introduce a title that a name then follows in an apposition.
const INTRODUCERS = new Set(['the', 'its', 'his', 'her', 'their']);
const CLOSERS = new Set([',', '.', ';', ')', ':']);
const MAX_PORTFOLIO = 2;

function isPortfolioWord(ctx: PeopleContext, k: number): boolean {
  const w = ctx.words[k];
  return w !== undefined && !w.cap && w.lower && !w.possessive && !w.punct && !ctx.lex.stopWords.has(w.key) && !INTRODUCERS.has(w.key) && !ctx.words[k + 1]!.breakBefore;
}

/**
 * A title, then the name between commas: "the Prime Minister of Samoa, Fiamē Naomi Mata'afa,
 * who …", "elected Djibouti's foreign minister, Mahmoud Ali Youssouf, as Chairperson of …",
 * "sent its foreign minister, Prince Faisal bin Farhan Al Saud,". The title is introduced by
 * "the"/"its" or by an owner in the possessive; the name has two name words or more and is
 * closed by punctuation. "of <Country>" after the title gives the country, "of <Body>" the
 * affiliation; "…, as <Title> [of <Body>]" after the name adds that office.
 */
export const titleApposition: PersonRule = {
  id: 'people/title-apposition',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let i = 1; i < words.length; i++) {
      if (((ctx.wordClass[i] as number) & WordClass.TITLE_OR_MODIFIER) === 0) continue;
      const title = matchTitleAt(ctx, i);
      if (title === null || !title.row.beforeName) continue;
      const pre = readPreTitle(ctx, i, title.row.takesPortfolio === true, !title.capitalised);
      // A lower-case title takes a lower-case portfolio before it ("trade minister").
      let titleStart = pre.titleStart;
      while (!title.capitalised && i - titleStart < MAX_PORTFOLIO && isPortfolioWord(ctx, titleStart - 1)) titleStart--;
      // The word before the title as written: "the", "its" or an owner in the possessive.
      const intro = words[titleStart - 1];
      if (intro === undefined || words[titleStart]!.breakBefore || !(INTRODUCERS.has(intro.key) || (intro.possessive && intro.cap))) continue;
      const of = readOfBody(ctx, title.end);
      const comma = of?.end ?? title.end;
      if (words[comma]?.text !== ',') continue;
      const honorifics = readHonorifics(ctx, comma + 1);
      let s = honorifics.end;
      const inner = matchTitleAt(ctx, s);
      const innerTitle = inner !== null && inner.capitalised && inner.row.beforeName ? ctx.textOf(s, inner.end) : null;
      if (innerTitle !== null) s = inner!.end;
      if (words[s] === undefined || words[s]!.breakBefore) continue;
      const end = readNameForward(ctx, s);
      if (countNameWords(ctx, s, end) < 2 || !isPlausibleName(ctx, s, end, { strictWords: true })) continue;
      const after = words[end];
      if (after !== undefined && !after.breakBefore && !CLOSERS.has(after.text)) continue;

      const as = after?.text === ',' ? readAsTitle(ctx, end + 1) : null;
      const owner = intro.possessive ? ctx.country(intro.text) : null;
      const country = of?.country ?? pre.country ?? owner ?? as?.country ?? null;
      out.push({
        start: s,
        end,
        titles: [ctx.textOf(titleStart, title.end), ...(innerTitle === null ? [] : [innerTitle]), ...honorifics.titles, ...(as === null ? [] : [as.title])],
        affiliation: of?.affiliation ?? pre.affiliation ?? as?.affiliation ?? null,
        country,
        rule: this.id,
        confidence: 0.85,
        weak: false,
      });
      i = end - 1;
    }
    return out;
  },
};

/** "of [the] Samoa" / "of the Commission" right after a title: a country or else an affiliation. */
function readOfBody(ctx: PeopleContext, j: number): { end: number; country: string | null; affiliation: string | null } | null {
  const words = ctx.words;
  if (words[j]?.key !== 'of' || words[j]!.breakBefore) return null;
  let r = j + 1;
  if (words[r]?.key === 'the' && !words[r]!.breakBefore) r++;
  if (words[r]?.breakBefore !== false) return null;
  let end = readAffiliation(ctx, r);
  // The apposition's comma ends the body: "of Samoa, Fiamē Naomi Mata'afa," is no list.
  for (let k = r; k < end; k++) if (words[k]!.text === ',') end = k;
  if (end === r) return null;
  const text = ctx.textOf(r, end);
  const country = ctx.country(text);
  return { end, country, affiliation: country === null ? text : null };
}
