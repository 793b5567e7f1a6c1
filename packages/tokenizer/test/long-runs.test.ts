import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RUN, maskLongRuns } from '../src/sentences/long-runs.js';

/** The definition, one character at a time: maximal runs of code units above U+0020, longer than MAX_RUN. */
function naiveRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) > 0x20) continue;
    if (i - from > MAX_RUN) runs.push([from, i]);
    from = i + 1;
  }
  return runs;
}

describe('maskLongRuns', () => {
  it('hides each run longer than MAX_RUN behind as many spaces, and nothing else', () => {
    const long = 'x'.repeat(MAX_RUN + 1);
    const text = `Leaders ${long} met ${'y'.repeat(MAX_RUN)} in\n${long}`;
    const masked = maskLongRuns(text);
    const second = text.length - long.length;
    expect(masked.runs).toEqual([
      [8, 8 + long.length],
      [second, text.length],
    ]);
    expect(masked.text).toBe(`Leaders ${' '.repeat(long.length)} met ${'y'.repeat(MAX_RUN)} in\n${' '.repeat(long.length)}`);
    expect(maskLongRuns('Leaders met.')).toEqual({ text: 'Leaders met.', runs: [] });
  });

  it('finds the same runs as a scan of every character, wherever they fall against the checkpoints', () => {
    // Runs of every length around MAX_RUN, at every offset around a checkpoint, one or several per text.
    for (const length of [1, MAX_RUN - 1, MAX_RUN, MAX_RUN + 1, 2 * MAX_RUN, 2 * MAX_RUN + 1, 3 * MAX_RUN + 7]) {
      for (const offset of [0, 1, MAX_RUN - 1, MAX_RUN, MAX_RUN + 1, 2 * MAX_RUN - 3]) {
        const run = '-'.repeat(length);
        for (const text of [' '.repeat(offset) + run, `${' '.repeat(offset)}${run} ${run}\t${run}`, `${'a '.repeat(offset)}${run}\n`]) {
          expect(maskLongRuns(text).runs, `${length} at ${offset}`).toEqual(naiveRuns(text));
        }
      }
    }
  });

  it('agrees with the scan of every character on random texts of long and short runs', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '\n', '\t', '\u0000'),
      fc.integer({ min: 1, max: 3 * MAX_RUN }).map((n) => 'z'.repeat(n)),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(maskLongRuns(text).runs).toEqual(naiveRuns(text));
      }),
      { numRuns: 500 },
    );
  });
});
