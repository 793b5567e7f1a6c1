import { readFileSync } from 'node:fs';
import {
  createDoc,
  identityView,
  segmentFromView,
  type Doc,
  type Header,
  type Segment,
  type TextView,
} from '@pressfacts/document';

/** The golden article, from the repository's fixture (the same text as /work/shared/golden/…). */
export const GOLDEN = readFileSync(
  new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url),
  'utf8',
);

/** The segment of the first `needle` at or after `from`; throws if absent (a broken test). */
export function segmentOf(view: TextView, needle: string, from = 0): Segment {
  const at = view.text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  return segmentFromView(view, at, at + needle.length);
}

export interface TestDocOptions {
  /** The `date YYYY-MM-DD` header line as it appears in the text, and its date. */
  readonly dateHeader?: { readonly line: string; readonly date: string };
  /** The dateline as it appears in the text, and its date part. */
  readonly dateline?: { readonly line: string; readonly dateText: string };
  readonly referenceDate?: string | null;
}

/**
 * A document with the layers the date and number stages require, made by hand until the tokenizer
 * exists: the identity view, a header layer and one sentence over the whole text.
 */
export function testDoc(text: string, options: TestDocOptions = {}): Doc {
  const view = identityView(text);
  const dateHeader = options.dateHeader === undefined
    ? null
    : { date: options.dateHeader.date, segment: segmentOf(view, options.dateHeader.line) };
  let dateline: Header['dateline'] = null;
  if (options.dateline !== undefined) {
    const segment = segmentOf(view, options.dateline.line);
    dateline = {
      segment,
      place: null,
      dateText: segmentOf(view, options.dateline.dateText, segment.norm.start),
      wire: null,
      provenance: { rule: 'test/dateline', confidence: 1 },
    };
  }
  const header: Header = { dateHeader, headline: null, dateline, bodyStart: 0 };
  const doc = createDoc(text, { referenceDate: options.referenceDate ?? null });
  return {
    ...doc,
    layers: {
      view,
      header,
      sentences: [{ ...segmentFromView(view, 0, text.length), index: 0, paragraph: 0 }],
    },
  };
}

/**
 * A view that drops zero-width spaces (U+200B), as the tokenizer's normaliser does, so that tests
 * can check that stages map normalised offsets back to raw ones.
 */
export function droppingView(raw: string): TextView {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) === 0x200b) continue;
    text += raw.charAt(i);
    starts.push(i);
    ends.push(i + 1);
  }
  starts.push(raw.length);
  return { text, raw, rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
}
