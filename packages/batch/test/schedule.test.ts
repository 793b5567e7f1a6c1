import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule, type RunnableInput } from '../src/schedule.js';
import type { BatchInput } from '../src/types.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// The batch loop alone, with a stand-in for the workers: groups take a few milliseconds each.
describe('schedule', () => {
  it('yields every input exactly once (in order when asked), never runs more than `workers` groups of at most groupSize, and reads at most 2 × workers × groupSize ahead', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          workers: fc.integer({ min: 1, max: 3 }),
          groupSize: fc.integer({ min: 1, max: 5 }),
          ordered: fc.boolean(),
          // per input: pre-failed or not, and the source's delay before it (ms)
          inputs: fc.array(fc.record({ failed: fc.integer({ min: 0, max: 5 }).map((n) => n === 0), delay: fc.constantFrom(0, 0, 0, 1, 15) }), { maxLength: 40 }),
          work: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
        }),
        async ({ workers, groupSize, ordered, inputs, work }) => {
          let pulled = 0;
          let taken = 0;
          let maxAhead = 0;
          async function* source(): AsyncGenerator<BatchInput> {
            for (const [i, input] of inputs.entries()) {
              if (input.delay > 0) await sleep(input.delay);
              pulled++;
              maxAhead = Math.max(maxAhead, pulled - taken);
              yield input.failed ? { id: `${i}`, error: { code: 'invalid-json', message: 'x' } } : { id: `${i}`, text: `${i}` };
            }
          }
          let running = 0;
          let maxRunning = 0;
          let calls = 0;
          const dispatch = async (group: readonly RunnableInput[]) => {
            expect(group.length).toBeGreaterThanOrEqual(1);
            expect(group.length).toBeLessThanOrEqual(groupSize);
            maxRunning = Math.max(maxRunning, ++running);
            await sleep(work[calls++ % work.length]!);
            running--;
            return group.map((input) => `${input.id}:ok`);
          };
          const out: string[] = [];
          const failed = (id: string) => `${id}:failed`;
          for await (const reply of schedule({ source: source(), workers, groupSize, ordered, ready: async () => {}, dispatch, failed })) {
            taken++;
            out.push(reply);
          }
          const expected = inputs.map((input, i) => `${i}:${input.failed ? 'failed' : 'ok'}`);
          expect(ordered ? out : [...out].sort()).toEqual(ordered ? expected : [...expected].sort());
          expect(maxRunning).toBeLessThanOrEqual(workers);
          expect(maxAhead).toBeLessThanOrEqual(2 * workers * groupSize + 1);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
