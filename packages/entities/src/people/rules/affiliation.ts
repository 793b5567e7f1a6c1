import type { PeopleContext } from '../context.js';

const MAX_WORDS = 24;
/** Lower-case words that may sit inside an organisation's name. */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'at', 'on', 'in', '&', 'de', 'du', 'des', 'y']);

/**
 * Reads an organisation's name from word `from` (which must be capitalised): capitalised words,
 * lower-case connectors between them, and commas that continue a list inside the name
 * ("Institute for Africa, the Middle East and Latin America at … University").
 * A comma ends the name unless the capitalised words after it are followed by "," or "and".
 * Returns the end index (exclusive), `from` when nothing was read.
 */
export function readAffiliation(ctx: PeopleContext, from: number): number {
  const words = ctx.words;
  if (!isAffiliationWord(ctx, from)) return from;
  let q = from;
  let end = from;
  while (q < words.length && q - from < MAX_WORDS) {
    const w = words[q]!;
    if (q > from && w.breakBefore) break;
    if (isAffiliationWord(ctx, q)) {
      q++;
      end = q;
      // "People's Republic of China": a possessive continues only into another capitalised word.
      if (w.possessive && (!isAffiliationWord(ctx, q) || words[q]!.breakBefore)) break;
      continue;
    }
    if (!w.cap && CONNECTORS.has(w.key)) {
      let k = q;
      while (k < q + 2 && words[k] !== undefined && !words[k]!.cap && CONNECTORS.has(words[k]!.key) && !words[k]!.breakBefore) k++;
      if (isAffiliationWord(ctx, k) && !words[k]!.breakBefore) {
        q = k;
        continue;
      }
      break;
    }
    if (w.text === ',') {
      const s = q + 1;
      let k = s;
      while (k < words.length && k - s < 5 && isAffiliationWord(ctx, k) && !words[k]!.breakBefore && !ctx.lex.titles.has(words[k]!.key)) k++;
      const next = words[k];
      if (k > s && next !== undefined && !next.breakBefore && (next.text === ',' || next.key === 'and')) {
        q = s;
        continue;
      }
      break;
    }
    break;
  }
  return end;
}

function isAffiliationWord(ctx: PeopleContext, k: number): boolean {
  const w = ctx.words[k];
  return (
    w !== undefined &&
    !w.punct &&
    w.cap &&
    !ctx.lex.months.has(w.key) &&
    !ctx.lex.weekdays.has(w.key)
  );
}
