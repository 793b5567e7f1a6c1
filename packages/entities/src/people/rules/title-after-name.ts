import type { Anchor, PersonRule } from '../anchor.js';
import type { PeopleContext } from '../context.js';
import { WordClass } from '../lexicon.js';
import { countNameWords, isNameWord, isPlausibleName, readNameBackward } from '../name-words.js';
import { matchTitleAt, type TitleMatch } from '../title-match.js';
import { readAffiliation } from './affiliation.js';
import { readAsTitle } from './as-title.js';
import { readOfBody } from './of-body.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const AFFILIATION_LINKS = new Set(['of', 'at', 'for', 'with']);
const MAX_MODIFIERS = 3;

/**
 * A title in an appositive after a name: "Amina Yusuf, director of the Lagos Policy Institute,",
 * "Jane Doe, the country's finance minister, said", "Ahmed Ali, spokesperson for the ministry".
 * The organisation after of/at/for/with is the affiliation (or the country, when it names one).
 */
export const titleAfterName: PersonRule = {
  id: 'people/title-after-name',
  find(ctx) {
    const words = ctx.words;
    const out: Anchor[] = [];
    for (let c = 1; c < words.length; c++) {
      if (((ctx.wordClass[c] as number) & WordClass.COMMA) === 0 || words[c + 1]?.breakBefore !== false) continue;
      const start = readNameBackward(ctx, c);
      if (start === c) continue;
      const single = countNameWords(ctx, start, c) < 2;
      if (single && words[start]!.sentenceStart) continue;
      const before = words[start - 1];
      if (before !== undefined && !before.breakBefore && DETERMINERS.has(before.key)) continue;
      const appositive = readAppositive(ctx, c + 1);
      if (appositive === null || !isPlausibleName(ctx, start, c)) continue;
      // "…, Ghana's Minister for Foreign Affairs, as the seventh Commonwealth Secretary-General"
      const as = words[appositive.end]?.text === ',' ? readAsTitle(ctx, appositive.end + 1) : null;
      out.push({
        start,
        end: c,
        titles: [...appositive.titles, ...(as === null ? [] : [as.title])],
        affiliation: appositive.affiliation ?? as?.affiliation ?? null,
        country: appositive.country ?? as?.country ?? null,
        rule: this.id,
        confidence: 0.85,
        weak: false,
      });
    }
    return out;
  },
};

interface Appositive {
  /** The title, and a second one coordinated with it ("crown prince and prime minister"). */
  readonly titles: readonly string[];
  readonly affiliation: string | null;
  readonly country: string | null;
  /** Index of the word after the appositive as read. */
  readonly end: number;
}

function readAppositive(ctx: PeopleContext, p: number): Appositive | null {
  const words = ctx.words;
  let country: string | null = null;
  let affiliation: string | null = null;
  if (DETERMINERS.has(words[p]?.key ?? '') && !words[p]!.cap) p++;

  // An owner in the possessive: "the country's", "Kazakhstan's", "South Africa's".
  for (let q = p; q < p + 3 && q < words.length; q++) {
    const w = words[q]!;
    if (w.punct || (q > p && w.breakBefore)) break;
    if (w.possessive) {
      const owner = ctx.textOf(p, q + 1);
      if (words[p]!.cap) {
        country = ctx.country(owner);
        if (country === null) affiliation = owner;
      }
      p = q + 1;
      break;
    }
    if (!w.cap) break;
  }

  let title: TitleMatch | null = null;
  let titleStart = p;
  for (let q = p; q < words.length && q - p <= MAX_MODIFIERS; q++) {
    const w = words[q]!;
    if (w.breakBefore || w.punct || w.possessive) return null;
    title = matchTitleAt(ctx, q);
    if (title !== null) break;
    if (ctx.lex.stopWords.has(w.key)) return null;
    if (w.cap) {
      const demonym = ctx.country(w.text);
      if (demonym !== null) {
        country ??= demonym;
        titleStart = q + 1;
      }
    }
  }
  if (title === null) return null;
  let t = title.end;
  // "…, Indian Prime Minister Narendra Modi and …": a title for the next name, not an appositive.
  if (isNameWord(ctx, t) && !words[t]!.breakBefore) return null;
  // "…, the President of the European Commission Ursula von der Leyen, …": the same for "of <body> <name>".
  if (readOfBody(ctx, t) !== null) return null;
  const titles = [ctx.textOf(titleStart, t)];
  // "the crown prince and prime minister of Saudi Arabia": two offices, one "of".
  const second = words[t]?.key === 'and' && !words[t]!.breakBefore ? matchTitleAt(ctx, t + 1) : null;
  if (second !== null && !(isNameWord(ctx, second.end) && !words[second.end]!.breakBefore)) {
    titles.push(ctx.textOf(t + 1, second.end));
    t = second.end;
  }
  let end = t;

  const link = words[t];
  if (link !== undefined && !link.breakBefore && AFFILIATION_LINKS.has(link.key)) {
    let r = t + 1;
    if (words[r]?.key === 'the' && !words[r]!.breakBefore) r++;
    const to = words[r]?.breakBefore === false ? readAffiliation(ctx, r) : r;
    if (to > r) {
      const text = ctx.textOf(r, to);
      const named = link.key === 'of' ? ctx.country(text) : null;
      if (named !== null) country ??= named;
      else affiliation = text;
      end = to;
    }
  }
  return { titles, affiliation, country, end };
}
