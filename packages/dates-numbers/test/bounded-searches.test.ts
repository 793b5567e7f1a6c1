import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterLastComma, sentenceEnd, sentenceStart } from '../src/dates/sentence-window.js';
import { chunkRanges } from '../src/text/chunks.js';

/** chunkRanges as it was with searches over all the text before the limit (native lastIndexOf). */
function chunkRangesByLastIndexOf(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= floor) {
      let sentenceEnd = -1;
      for (let i = limit - 2; i > floor; i--) {
        const c = text.charCodeAt(i);
        if ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20) {
          const next = text.charAt(i + 2);
          if (next !== next.toLowerCase()) {
            sentenceEnd = i + 1;
            break;
          }
        }
      }
      const space = text.lastIndexOf(' ', limit);
      cut = sentenceEnd > floor ? sentenceEnd : space > floor ? space : Math.max(cut, space);
    }
    if (cut <= start) cut = limit;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

const PIECES = ['a', 'bb', 'Cc', ' ', '  ', '\n', '. ', '. D', '!', '? E', ',', 'xxxxxxxx'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));

describe('the searches bounded to a piece or a window', () => {
  it('cut the pieces where searches over all the text before them cut', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, max) => {
        expect(chunkRanges(t, max)).toEqual(chunkRangesByLastIndexOf(t, max));
      }),
      { numRuns: 3000 },
    );
    expect(chunkRanges(`${'x '.repeat(30)}\n${'y'.repeat(30)}`, 40)).toEqual(chunkRangesByLastIndexOf(`${'x '.repeat(30)}\n${'y'.repeat(30)}`, 40));
  });

  // As clause-tense.ts searched before: from the window's start (or `end`) through the rest of the text.
  const BOUNDARY = /[.!?;]\s|\n/g;
  const startByScan = (t: string, start: number, window: number) => {
    const from = Math.max(0, start - window);
    let last = from;
    BOUNDARY.lastIndex = from;
    for (let m = BOUNDARY.exec(t); m !== null && m.index < start; m = BOUNDARY.exec(t)) last = m.index + m[0].length;
    return last;
  };
  const endByScan = (t: string, end: number, window: number) => {
    BOUNDARY.lastIndex = end;
    const m = BOUNDARY.exec(t);
    return Math.min(m === null ? t.length : m.index, end + window);
  };
  const SENTENCE_PIECES = ['a', 'bb', ' ', '. ', '.', '!', '? ', ';', '; ', '\n', ',', ', ', '.\n', 'x'.repeat(9)];
  const sentences = fc.array(fc.constantFrom(...SENTENCE_PIECES), { maxLength: 60 }).map((p) => p.join(''));

  it('find the sentence bounds and the last comma that searches through the rest of the text find', () => {
    fc.assert(
      fc.property(sentences, fc.nat(), fc.integer({ min: 1, max: 30 }), (t, at, window) => {
        const i = at % (t.length + 1);
        expect(sentenceStart(t, i, window), 'start').toBe(startByScan(t, i, window));
        expect(sentenceEnd(t, i, window), 'end').toBe(endByScan(t, i, window));
        const from = Math.max(0, i - window);
        expect(afterLastComma(t, from, i), 'comma').toBe(Math.max(from, t.lastIndexOf(',', i - 1) + 1));
      }),
      { numRuns: 5000 },
    );
  });
});
