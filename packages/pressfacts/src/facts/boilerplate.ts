import { requireLayer } from '@pressfacts/document';
import { BOILERPLATE_HEADINGS } from '../data/boilerplate-headings.js';
import type { FactsContext } from './context.js';
import { alternation } from './text.js';

const HEADING = new RegExp(`^(?:${alternation(BOILERPLATE_HEADINGS.map((r) => r.heading))})(?:\\s|:|$)`, 'i');

/**
 * Normalised offset where the release's boilerplate starts (the first "About …" or "Media
 * contact" heading in the second half of the body), or the text's length when it has none.
 *
 * @example boilerplateStart(ctx) // offset of "About Northwind Analytics"
 */
export function boilerplateStart(ctx: FactsContext): number {
  // Quotes, topics and commitments all ask: find the heading once per document.
  let start = STARTS.get(ctx);
  if (start === undefined) STARTS.set(ctx, (start = findBoilerplateStart(ctx)));
  return start;
}

const STARTS = new WeakMap<FactsContext, number>();

function findBoilerplateStart(ctx: FactsContext): number {
  const paragraphs = requireLayer(ctx.doc, 'paragraphs');
  // Boilerplate closes a release: a section called "About the summit" early on is still story.
  const from = ctx.header.bodyStart + (ctx.text.length - ctx.header.bodyStart) / 2;
  const heading = paragraphs.find((p) => p.heading && p.norm.start >= from && HEADING.test(ctx.text.slice(p.norm.start, p.norm.end)));
  return heading ? heading.norm.start : ctx.text.length;
}

/** Body sentences before the boilerplate. */
export function storySentences(ctx: FactsContext): FactsContext['bodySentences'] {
  const end = boilerplateStart(ctx);
  return ctx.bodySentences.filter((s) => s.norm.start < end);
}
