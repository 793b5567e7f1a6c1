import {
  requireLayer,
  segmentFromView,
  toSpan,
  type DateMention,
  type Doc,
  type Entity,
  type Header,
  type Quantity,
  type Segment,
  type Sentence,
  type Span,
  type TextView,
  type Token,
} from '@pressfacts/document';
import { coverLookup, rangeIndex } from './range-queries.js';
import { firstStartingAt } from './lower-bound.js';

/** One place an entity is mentioned, for lookups by position. */
export interface Mention {
  readonly entity: Entity;
  readonly segment: Segment;
}

/**
 * Read-only indexes over a document's layers, built once per document and shared by every
 * fact assembler (so each assembler stays a small function of this context).
 */
export interface FactsContext {
  readonly doc: Doc;
  readonly view: TextView;
  /** The normalised text (patterns run on this). */
  readonly text: string;
  readonly header: Header;
  readonly sentences: readonly Sentence[];
  /** Sentences of the body (after the dateline), skipping section headings. */
  readonly bodySentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly dates: readonly DateMention[];
  readonly quantities: readonly Quantity[];
  readonly entities: readonly Entity[];
  /** Every entity mention, ordered by position. */
  readonly mentions: readonly Mention[];
  readonly documentDate: string | null;
  /** A raw segment for a normalised range. */
  segment(start: number, end: number): Segment;
  /**
   * The raw text of a normalised range with runs of white space made one space: what string facts
   * (quote text, descriptions) hold, so that they read as the release wrote them.
   */
  rawText(start: number, end: number): string;
  /** The sentence holding a normalised offset. */
  sentenceAt(offset: number): Sentence | undefined;
  /** Mentions that lie inside a normalised range, in order (binary search: cheap per clause). */
  mentionsIn(start: number, end: number): Mention[];
  datesIn(start: number, end: number): DateMention[];
  quantitiesIn(start: number, end: number): Quantity[];
  /** Tokens that lie inside a normalised range, in order (binary search: cheap per clause). */
  tokensIn(start: number, end: number): Token[];
  /** Index of the first token that starts at or after a normalised offset (the token count when none does). */
  firstTokenAt(offset: number): number;
  /** The entity (if any) whose mention covers the normalised range exactly or contains it. */
  entityAt(start: number, end: number): Entity | undefined;
}

export function createFactsContext(doc: Doc): FactsContext {
  const view = requireLayer(doc, 'view');
  const header = requireLayer(doc, 'header');
  const sentences = requireLayer(doc, 'sentences');
  const paragraphs = requireLayer(doc, 'paragraphs');
  const entities = requireLayer(doc, 'entities');
  const dates = requireLayer(doc, 'dates');
  const quantities = requireLayer(doc, 'quantities');
  const tokens = requireLayer(doc, 'tokens');
  const headingRanges = paragraphs.filter((p) => p.heading).map((p) => p.norm);
  // A lookup, not a scan of every heading per sentence (quadratic in a text of many headings).
  const headingCover = coverLookup(headingRanges, (h) => h);
  const isHeading = (s: Sentence) => headingCover(s.norm.start, s.norm.end) !== undefined;
  const bodySentences = sentences.filter((s) => s.norm.end > header.bodyStart && !isHeading(s));
  const mentions: Mention[] = [];
  for (const entity of entities) for (const segment of entity.mentions) mentions.push({ entity, segment });
  mentions.sort((a, b) => a.segment.norm.start - b.segment.norm.start || b.segment.norm.end - a.segment.norm.end);
  const mentionIndex = rangeIndex(mentions, (m) => m.segment.norm);
  const dateIndex = rangeIndex(dates, (d) => d.norm);
  const quantityIndex = rangeIndex(quantities, (q) => q.norm);
  const coverIndex = coverLookup(mentions, (m) => m.segment.norm);
  // Searched on the token objects: a document asks a few dozen times, fewer than its tokens.
  const firstTokenAt = (offset: number) => firstStartingAt(tokens, offset);

  return {
    doc,
    view,
    text: view.text,
    header,
    sentences,
    bodySentences,
    tokens,
    dates,
    quantities,
    entities,
    mentions,
    documentDate: doc.layers.documentDate?.date ?? null,
    segment: (start, end) => segmentFromView(view, start, end),
    rawText: (start, end) => oneSpaced(segmentFromView(view, start, end).text),
    sentenceAt: (offset) => findSentence(sentences, offset),
    mentionsIn: mentionIndex,
    datesIn: dateIndex,
    quantitiesIn: quantityIndex,
    tokensIn: (start, end) => tokensInRange(tokens, firstTokenAt(start), end),
    firstTokenAt,
    entityAt: (start, end) => coverIndex(start, end)?.entity,
  };
}

// White space other than a lone space: what `oneSpaced` and the folding of names rewrite. (Two
// white spaces in a row are two spaces or hold another white space: the same test as
// `\s\s|[^\S ]`, in 3/4 of its instructions.)
export const SPACE_TO_REWRITE = / {2}|[^\S ]/;
const SPACE_RUN = /\s+/g;

/** Runs of white space made one space, trimmed (most ranges have none to rewrite: no copy then). */
function oneSpaced(text: string): string {
  return (SPACE_TO_REWRITE.test(text) ? text.replace(SPACE_RUN, ' ') : text).trim();
}

/** The tokens from index `first` on that end by `end`. */
function tokensInRange(tokens: readonly Token[], first: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = first; i < tokens.length && tokens[i]!.norm.end <= end; i++) out.push(tokens[i]!);
  return out;
}

function findSentence(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.norm.start) hi = mid - 1;
    else if (offset >= s.norm.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** Output evidence from segments: plain spans, deduplicated, in order. */
export function evidenceOf(segments: readonly (Span | null | undefined)[]): Span[] {
  const out: Span[] = [];
  for (const s of segments) {
    if (!s || s.end <= s.start) continue;
    out.push(toSpan(s));
  }
  // Sorted by start then end, a repeated span sits next to its twin: drop it there (no string keys).
  // (Most lists come in order already: the sort, stable, would leave them as they are.)
  if (!inOrder(out)) out.sort((a, b) => a.start - b.start || a.end - b.end);
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    const last = kept > 0 ? out[kept - 1]! : undefined;
    if (last !== undefined && last.start === s.start && last.end === s.end) continue;
    out[kept++] = s;
  }
  // (Setting the length is a slow runtime call: only when a twin was dropped.)
  if (kept < out.length) out.length = kept;
  return out;
}
