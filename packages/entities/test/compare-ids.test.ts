import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../src/text/compare-ids.js';

describe('compareIds', () => {
  it('orders ids as localeCompare does: - : @ # before digits before letters, lower case first', () => {
    const ids = ['event:x-summit@2024', 'event:x-summit#2', 'event:x-summit', 'event:x-summit-2', 'country:CN', 'city:astana', 'country:cn', 'city:a-b', 'city:ab', 'city:a1', 'city:a:b'];
    expect([...ids].sort(compareIds)).toEqual([
      'city:a-b', 'city:a:b', 'city:a1', 'city:ab', 'city:astana', 'country:cn', 'country:CN',
      'event:x-summit', 'event:x-summit-2', 'event:x-summit@2024', 'event:x-summit#2',
    ]);
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('agrees with localeCompare on any text of id characters', () => {
    const id = fc.string({ unit: fc.constantFrom(...'-:@#059aAbBzZ'), maxLength: 8 });
    fc.assert(fc.property(id, id, (a, b) => compareIds(a, b) === Math.sign(a.localeCompare(b))), { numRuns: 5000 });
  });

  it('leaves any other character to localeCompare', () => {
    for (const [a, b] of [['person:nausėda', 'person:nauseda'], ['org:a_b', 'org:a-b'], ['city:é', 'city:f']] as const) {
      expect(compareIds(a, b), `${a} ${b}`).toBe(a.localeCompare(b));
      expect(compareIds(b, a), `${b} ${a}`).toBe(b.localeCompare(a));
    }
  });
});
