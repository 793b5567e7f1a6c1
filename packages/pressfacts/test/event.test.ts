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

describe('event: first and last day written apart', () => {
  const lead = 'QUITO, Nov. 16, 2024 (Reuters) - ';
  it('"opened on Friday … wrapped up on Saturday"', () => {
    expect(event(`${lead}Leaders wrapped up the 12th Andean Summit on Saturday. The meeting, which opened on Friday in Quito, adopted a plan.`)).toMatchObject({
      startDate: '2024-11-15',
      endDate: '2024-11-16',
    });
  });

  it('"the three-day summit … closed on Saturday" counts back; one day without a length is only the start', () => {
    expect(event(`${lead}The three-day 12th Andean Summit closed in Quito on Saturday.`)).toMatchObject({ startDate: '2024-11-14', endDate: '2024-11-16' });
    expect(event(`${lead}The 12th Andean Summit closed in Quito on Saturday.`)).toMatchObject({ startDate: '2024-11-16', endDate: null });
  });

  it('"the first day … on Friday" opens, "the final day … on Saturday" closes', () => {
    expect(event(`${lead}Leaders closed the 12th Andean Summit in Quito on Saturday, after a first day of talks on Friday in Cuenca.`)).toMatchObject({
      startDate: '2024-11-15',
      endDate: '2024-11-16',
    });
    expect(event(`${lead}The 12th Andean Summit opened in Quito on Thursday. On the final day of talks on Saturday, leaders adopted a plan.`)).toMatchObject({
      startDate: '2024-11-14',
      endDate: '2024-11-16',
    });
  });

  it('an opening and a closing day weeks apart are no one gathering', () => {
    expect(event(`${lead}The 12th Andean Summit opened in Quito on Nov. 1. The 12th Andean Summit closed in Quito on Dec. 20.`)).toMatchObject({ endDate: null });
  });
});

describe('event: sentences about another edition', () => {
  it('"a common future" is no future summit; "future summits" is', () => {
    const lead = 'SUVA, Nov. 16, 2024 (Reuters) - Leaders concluded the 12th Pacific Ocean Summit in Suva. ';
    expect(event(`${lead}The summit, held from 12 to 16 November 2024 under the theme of a common future, adopted a plan.`)).toMatchObject({
      startDate: '2024-11-12',
      endDate: '2024-11-16',
    });
    expect(event(`${lead}Future summits, held from 12 to 16 November each year, will rotate.`)).toMatchObject({ endDate: null });
  });
});
