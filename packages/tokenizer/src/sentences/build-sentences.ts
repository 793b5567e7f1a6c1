import { segmentFromView, type Paragraph, type Sentence, type TextView, type Token } from '@pressfacts/document';
import { readWithoutWink } from './fallback-tokens.js';
import { placeTokens, posAt, type PlacedTokens } from './locate-tokens.js';
import { maskLongRuns } from './long-runs.js';
import { sentenceStarts } from './sentence-boundaries.js';
import { readWithWink, type WinkTokens } from './wink.js';

/** The part of a paragraph that sentences cover (a dateline or date header is left out). */
export interface ParagraphContent {
  readonly paragraph: Paragraph;
  /** Normalised offsets. */
  readonly start: number;
  readonly end: number;
}

export interface SentenceLayers {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
  /** Tokens wink returned that were not where expected in the text. */
  readonly mismatches: number;
  /** The error message when wink-nlp failed and the fallback tokenizer was used. */
  readonly winkError: string | null;
}

/** The placed tokens of the last document, whose arrays the next one writes over. */
let spare: PlacedTokens | null = null;

/**
 * Sentences and tokens for every paragraph. wink-nlp reads the whole normalised text once (one
 * call is faster than one per paragraph); its tokens are then placed and mended in one pass
 * (with a token for each long run hidden from it), and cut at every paragraph, so a sentence
 * never crosses one; {@link sentenceStarts} fixes wink's boundaries. `written`: the normalised
 * offsets the normaliser wrote rather than copied, ascending (see `NormalizedText`).
 */
export function buildSentences(view: TextView, written: readonly number[], contents: readonly ParagraphContent[]): SentenceLayers {
  const text = view.text;
  const masked = maskLongRuns(text);
  let winkError: string | null = null;
  let read: WinkTokens;
  try {
    read = readWithWink(masked.text);
  } catch (error) {
    winkError = error instanceof Error ? error.message : String(error);
    read = readWithoutWink(masked.text);
  }
  const { tokens: all, mismatches } = placeTokens(text, masked.text, read, masked.runs, spare);

  let nextWritten = 0; // first written unit not before the current token (tokens come in text order)
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const { start: starts, end: ends, valueOf } = all;
  const count = all.count;
  let next = 0; // first token not yet given to a paragraph
  for (const content of contents) {
    while (next < count && ends[next]! <= content.start) next++;
    const first = next;
    // A token that straddles the end of the prose (rare: `--In`) is cut to the prose for this
    // paragraph only: its end and value are put back afterwards.
    let cut = -1;
    let cutEnd = 0;
    let cutValue = -1;
    while (next < count && starts[next]! < content.end) {
      // A token that straddles the start of the prose is cut to the prose.
      if (starts[next]! < content.start) {
        starts[next] = content.start;
        valueOf[next] = -1;
      }
      if (ends[next]! > content.end) {
        cut = next;
        cutEnd = ends[next]!;
        cutValue = valueOf[next]!;
        ends[next] = content.end;
        valueOf[next] = -1;
        break;
      }
      next++;
    }
    const last = cut >= 0 ? cut + 1 : next; // end of the paragraph's tokens
    const paragraph = content.paragraph.index;
    const sentenceFirsts = sentenceStarts(text, all, first, last);
    for (let s = 0; s < sentenceFirsts.length; s++) {
      const from = sentenceFirsts[s]!;
      const to = sentenceFirsts[s + 1] ?? last;
      const index = sentences.length;
      // A literal, not a spread of the segment: one object per sentence, same keys in the same order.
      const { start, end, text: sentenceText, norm } = segmentFromView(view, starts[from]!, ends[to - 1]!);
      sentences.push({ start, end, text: sentenceText, norm, index, paragraph });
      for (let t = from; t < to; t++) {
        while (nextWritten < written.length && written[nextWritten]! < starts[t]!) nextWritten++;
        const copied = nextWritten === written.length || written[nextWritten]! >= ends[t]!;
        tokens.push(makeToken(view, all, t, index, copied));
      }
    }
    if (cut >= 0) {
      ends[cut] = cutEnd;
      valueOf[cut] = cutValue;
    }
  }
  spare = all;
  return { sentences, tokens, mismatches, winkError };
}

/** Token `t` as a layer item; `copied`: the normaliser wrote none of its units. */
function makeToken(view: TextView, all: PlacedTokens, t: number, sentence: number, copied: boolean): Token {
  const normStart = all.start[t]!;
  const normEnd = all.end[t]!;
  const start = view.rawStart[normStart] ?? 0;
  const end = view.rawEnd[normEnd - 1] ?? start;
  const k = all.valueOf[t]!;
  const value = k >= 0 ? all.values[k]! : view.text.slice(normStart, normEnd);
  // Most tokens read the same in both texts: share the string instead of slicing twice. Copied
  // units whose raw span is as long as the token are the raw text itself (nothing dropped).
  const same = end - start === normEnd - normStart && (copied || view.raw.startsWith(value, start));
  return {
    start,
    end,
    text: same ? value : view.raw.slice(start, end),
    norm: { start: normStart, end: normEnd },
    value,
    kind: all.kind[t]!,
    pos: posAt(all, t),
    sentence,
  };
}
