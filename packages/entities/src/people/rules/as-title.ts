import type { PeopleContext } from '../context.js';
import { matchTitleAt } from '../title-match.js';
import { readAffiliation } from './affiliation.js';

/** What "…, as [the seventh] [Body] Title [of Body]" after a name says. */
export interface AsTitle {
  readonly title: string;
  readonly affiliation: string | null;
  readonly country: string | null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
// Lower-case words between "as the" and a title: "as the seventh", "as the new", "as its next".
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next)$/;
const MAX_BODY_WORDS = 4;

/**
 * The office a person takes, written after the name: "elected Jane Doe, …, as the seventh
 * Commonwealth Secretary-General" → Secretary-General of the Commonwealth;
 * "as Chairperson of the African Union Commission". `p` is the index of "as". Only a capitalised
 * title counts ("as a member of" is no office).
 */
export function readAsTitle(ctx: PeopleContext, p: number): AsTitle | null {
  const words = ctx.words;
  if (words[p]?.key !== 'as' || words[p]!.cap || words[p]!.breakBefore) return null;
  let q = p + 1;
  if (DETERMINERS.has(words[q]?.key ?? '') && !words[q]!.cap) q++;
  if (ORDINAL.test(words[q]?.key ?? '') && !words[q]!.cap) q++;
  const bodyFrom = q;
  for (let k = q; k < words.length && k - bodyFrom <= MAX_BODY_WORDS; k++) {
    const w = words[k]!;
    if (w.breakBefore || w.punct || !w.cap) return null;
    const title = matchTitleAt(ctx, k);
    if (title === null) continue;
    if (!title.capitalised) return null;
    const body = k > bodyFrom ? ctx.textOf(bodyFrom, k) : null;
    let country = body === null ? null : ctx.country(body);
    let affiliation = country === null ? body : null;
    const link = words[title.end];
    if (affiliation === null && link?.key === 'of' && !link.breakBefore) {
      let r = title.end + 1;
      if (words[r]?.key === 'the' && !words[r]!.breakBefore) r++;
      const end = words[r]?.breakBefore === false ? readAffiliation(ctx, r) : r;
      if (end > r) {
        const text = ctx.textOf(r, end);
        const named = ctx.country(text);
        if (named !== null) country ??= named;
        else affiliation = text;
      }
    }
    return { title: ctx.textOf(k, title.end), affiliation, country };
  }
  return null;
}
