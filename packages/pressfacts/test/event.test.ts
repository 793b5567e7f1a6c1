import { describe, expect, it } from 'vitest';
import { assembleEvent } from '../src/facts/event.js';
import { contextOf } from './support/context.js';

function event(text: string) {
  const e = assembleEvent(contextOf(text));
  return e && { name: e.name, edition: e.edition, startDate: e.startDate, endDate: e.endDate, city: e.city };
}

describe('event: a name cut short on a Title Case line', () => {
  it('joins the full form, and a city that starts the name is not where it met', () => {
    const text =
      'Final Communique of the Fourth Lisbon International Conference on Ocean Science\n\n' +
      'Adopted at the Fourth Lisbon International Conference on Ocean Science, Porto, 3-5 March 2026\n\n' +
      'Ministers met in Porto on 3-5 March 2026 for the Fourth Lisbon International Conference on Ocean Science.';
    expect(event(text)).toEqual({
      name: 'Lisbon International Conference on Ocean Science',
      edition: 4,
      startDate: '2026-03-03',
      endDate: '2026-03-05',
      city: 'Porto',
    });
  });
});
