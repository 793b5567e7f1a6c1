import { segmentFromView, type Header, type Paragraph, type Segment, type TextView } from '@pressfacts/document';
import { countWords, endsWithTerminal } from '../text/char-tests.js';
import { matchDateHeader } from './date-header.js';
import { matchDateline } from './match-dateline.js';
import { isPageChrome } from './page-chrome.js';

/**
 * Options of {@link findHeader}.
 *
 * @example
 * findHeader(view, paragraphs, { datelineParagraphs: 10 });
 */
export interface HeaderOptions {
  /** How many leading paragraphs may hold the dateline (site headers and captions come first). */
  readonly datelineParagraphs?: number;
}

/**
 * What {@link findHeader} found: the header layer, and the ranges that are not prose.
 *
 * @example
 * const { header, excluded } = findHeader(view, paragraphs);
 * header.dateline?.wire?.text; // 'GLOBE NEWSWIRE'
 */
export interface HeaderResult {
  readonly header: Header;
  /** Normalised ranges that open a paragraph and are not prose: the date header, the dateline. */
  readonly excluded: readonly { readonly start: number; readonly end: number }[];
}

/** A title line without a dateline after it is a headline when it has at most this many words. */
const TITLE_MAX_WORDS = 25;

/**
 * Finds the header of a release: a leading `date YYYY-MM-DD` line, the headline or summary before
 * the body, and the dateline that opens the body (searched in the first few paragraphs only).
 *
 * @example
 * const view = normalize('Leaders meet in Astana\n\nASTANA, July 4 (Xinhua) -- Leaders met.');
 * findHeader(view, splitParagraphs(view)).header.headline?.text // 'Leaders meet in Astana'
 */
export function findHeader(view: TextView, paragraphs: readonly Paragraph[], options: HeaderOptions = {}): HeaderResult {
  const text = view.text;
  const limit = Math.min(paragraphs.length, options.datelineParagraphs ?? 5);
  const dateHeader = matchDateHeader(view);
  const excluded: { start: number; end: number }[] = [];
  if (dateHeader) excluded.push({ start: dateHeader.dateHeader.segment.norm.start, end: dateHeader.end });

  // Where each paragraph's own text starts (the first one may open with the date header).
  const starts = paragraphs.map((p) => {
    if (dateHeader && dateHeader.end > p.norm.start && dateHeader.dateHeader.segment.norm.start <= p.norm.start) {
      return Math.min(dateHeader.end, p.norm.end);
    }
    return p.norm.start;
  });

  let datelineParagraph = -1;
  let dateline: Header['dateline'] = null;
  let bodyStart = -1;
  for (let k = 0; k < limit && dateline === null; k++) {
    const found = matchDateline(view, starts[k]!);
    if (found) {
      datelineParagraph = k;
      dateline = found.dateline;
      bodyStart = found.bodyStart;
      excluded.push({ start: found.dateline.segment.norm.start, end: found.bodyStart });
    }
  }

  let headline: Segment | null = null;
  let headlineParagraph = -1;
  if (datelineParagraph >= 0) {
    for (let k = 0; k < datelineParagraph && headline === null; k++) {
      const p = paragraphs[k]!;
      const from = starts[k]! < p.norm.end ? afterChromeLines(text, starts[k]!, p.norm.end) : -1;
      if (from >= 0 && !isPageChrome(text, from, p.norm.end)) {
        headline = segmentFromView(view, from, p.norm.end);
        headlineParagraph = k;
      }
    }
  } else {
    let k = starts.findIndex((s, i) => s < paragraphs[i]!.norm.end);
    // "THE WHITE HOUSE", "Ministry of External Affairs": a masthead or the issuing body's name
    // comes before the headline of a page without a dateline.
    for (let skipped = 0; skipped < MASTHEAD_LINES && k >= 0 && k + 1 < paragraphs.length && afterChromeLines(text, starts[k]!, paragraphs[k]!.norm.end) < 0; skipped++) k++;
    const p = paragraphs[k];
    const afterDateHeader = dateHeader !== null && k === 0 && starts[0]! > p!.norm.start;
    const from = p ? afterChromeLines(text, starts[k]!, p.norm.end) : -1;
    if (p && from >= 0 && k + 1 < paragraphs.length && (afterDateHeader || isTitleLine(text, from, p.norm.end))) {
      headline = segmentFromView(view, from, p.norm.end);
      headlineParagraph = k;
    }
  }

  if (bodyStart < 0) {
    // "By Staff Reporter", "Updated 21:40 IST | Live desk": furniture under the headline is not the body.
    const body = paragraphs.findIndex((p, i) => i > headlineParagraph && starts[i]! < p.norm.end && (headline === null || i > headlineParagraph + MASTHEAD_LINES || afterChromeLines(text, starts[i]!, p.norm.end) >= 0));
    bodyStart = body >= 0 ? starts[body]! : text.length;
  }

  return { header: { dateHeader: dateHeader?.dateHeader ?? null, headline, dateline, bodyStart }, excluded };
}

/** How many leading masthead or issuer paragraphs (or lines of one) a headline may follow. */
const MASTHEAD_LINES = 3;

/**
 * Where the first line of `[start, end)` that is not page furniture starts ("THE WHITE HOUSE\n
 * Briefing Room | Statements\nReadout of …" → the readout line), or -1 when every line is.
 */
function afterChromeLines(text: string, start: number, end: number): number {
  let from = start;
  for (let lines = 0; from < end && lines < MASTHEAD_LINES + 1; lines++) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 || newline > end ? end : newline;
    if (to > from && !isPageChrome(text, from, to)) return from;
    from = to + 1;
  }
  return from < end ? from : -1;
}

/** A headline without a dateline after it: one line, no final punctuation, not page furniture. */
function isTitleLine(text: string, start: number, end: number): boolean {
  const newline = text.indexOf('\n', start);
  if (newline >= 0 && newline < end) return false;
  if (endsWithTerminal(text, start, end)) return false;
  return countWords(text, start, end, TITLE_MAX_WORDS) <= TITLE_MAX_WORDS && !isPageChrome(text, start, end);
}
