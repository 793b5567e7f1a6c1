import { segmentFromView, type Paragraph, type Sentence, type TextView, type Token } from '@pressfacts/document';
import { readWithoutWink } from './fallback-tokens.js';
import { mendTokens, placeTokens, type PlacedToken } from './locate-tokens.js';
import { maskLongRuns } from './long-runs.js';
import { tokenKind } from './token-kind.js';
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

/**
 * Sentences and tokens for every paragraph. wink-nlp reads the whole normalised text once (one
 * call is faster than one per paragraph); its tokens are then placed, mended, and cut at every
 * paragraph, so a sentence never crosses one; {@link sentenceStarts} fixes wink's boundaries.
 */
export function buildSentences(view: TextView, contents: readonly ParagraphContent[]): SentenceLayers {
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
  let all: PlacedToken[] = [];
  const mismatches = placeTokens(masked.text, 0, text.length, read, all, masked.text === text);
  mendTokens(text, all);
  if (masked.runs.length > 0) all = withRunTokens(text, all, masked.runs);

  // Nothing was normalised (most documents): every token's raw text is its value.
  const identical = view.text === view.raw;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const inParagraph: PlacedToken[] = [];
  let next = 0; // first token not yet given to a paragraph
  for (const content of contents) {
    inParagraph.length = 0;
    while (next < all.length && all[next]!.end <= content.start) next++;
    while (next < all.length && all[next]!.start < content.end) {
      const t = all[next]!;
      // A token that straddles the edge of the prose (rare: `--In`) is cut to the prose.
      if (t.start < content.start) {
        t.start = content.start;
        t.value = null;
      }
      if (t.end > content.end) {
        inParagraph.push({ ...t, end: content.end, value: null });
        break;
      }
      inParagraph.push(t);
      next++;
    }
    const starts = sentenceStarts(text, inParagraph);
    for (let s = 0; s < starts.length; s++) {
      const first = starts[s]!;
      const last = (starts[s + 1] ?? inParagraph.length) - 1;
      const index = sentences.length;
      // A literal, not a spread of the segment: one object per sentence, same keys in the same order.
      const { start, end, text: sentenceText, norm } = segmentFromView(view, inParagraph[first]!.start, inParagraph[last]!.end);
      sentences.push({ start, end, text: sentenceText, norm, index, paragraph: content.paragraph.index });
      for (let t = first; t <= last; t++) tokens.push(makeToken(view, inParagraph[t]!, index, identical));
    }
  }
  return { sentences, tokens, mismatches, winkError };
}

function makeToken(view: TextView, t: PlacedToken, sentence: number, identical: boolean): Token {
  const start = view.rawStart[t.start] ?? 0;
  const end = view.rawEnd[t.end - 1] ?? start;
  const value = t.value ?? view.text.slice(t.start, t.end);
  // Most tokens read the same in both texts: share the string instead of slicing twice.
  const same = identical || (end - start === value.length && view.raw.startsWith(value, start));
  return {
    start,
    end,
    text: same ? value : view.raw.slice(start, end),
    norm: { start: t.start, end: t.end },
    value,
    kind: t.kind,
    pos: t.pos,
    sentence,
  };
}

/** Puts one token for each long run (hidden from wink) among wink's tokens, in text order. */
function withRunTokens(text: string, tokens: readonly PlacedToken[], runs: readonly (readonly [number, number])[]): PlacedToken[] {
  const out: PlacedToken[] = [];
  let k = 0;
  for (const [start, end] of runs) {
    while (k < tokens.length && tokens[k]!.start < start) out.push(tokens[k++]!);
    const sentence = out.length > 0 ? out[out.length - 1]!.winkSentence : 0;
    out.push({ start, end, kind: tokenKind(text.slice(start, Math.min(end, start + 8))), pos: 'X', winkSentence: sentence, value: null });
  }
  while (k < tokens.length) out.push(tokens[k++]!);
  return out;
}
