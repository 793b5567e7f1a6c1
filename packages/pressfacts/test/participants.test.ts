import { describe, expect, it } from 'vitest';
import { extract } from 'pressfacts';
import { HOME_PUBLISHERS } from '../src/data/home-publishers.js';
import { ATTENDANCE_CUES, PARTICIPANT_ROLES } from '../src/data/participant-roles.js';
import { assembleParticipants } from '../src/facts/participants.js';
import { contextOf, release } from './support/context.js';

const event = { country: 'Switzerland' };

/** Participants of a release body as [country, representative, role]. */
function participants(body: string) {
  return assembleParticipants(contextOf(release(body)), event).map((p) => [p.country, p.representative, p.role]);
}

describe('participants: a country that sends someone', () => {
  it('"<Country> sent its <Title> <Name>" makes that person its representative', () => {
    expect(participants('The summit opened in Geneva. Norway sent its Foreign Minister Espen Barth Eide to the talks.')).toEqual([
      ['Norway', 'Espen Barth Eide', 'Foreign Minister'],
    ]);
  });

  it('a relative clause may sit between the country and the verb', () => {
    expect(participants('The summit opened in Geneva. Chile, which joined the group last year, sent its Deputy Foreign Minister Ana Rojas.')).toEqual([
      ['Chile', 'Ana Rojas', 'Deputy Foreign Minister'],
    ]);
  });

  it('"was represented by" still works; sending goods or troops names no one', () => {
    expect(participants('The summit opened in Geneva. Peru was represented by Prime Minister Gustavo Adrianzén.')).toEqual([
      ['Peru', 'Gustavo Adrianzén', 'Prime Minister'],
    ]);
    expect(participants('The summit opened in Geneva. Norway sent its condolences to the families of the victims.')).toEqual([]);
  });
});

describe('participants: attendance clauses', () => {
  it.each(ATTENDANCE_CUES.map((r) => [r.example, r.countries] as const))('%s', (example, countries) => {
    expect(participants(example).map((p) => p[0])).toEqual(countries);
  });

  it('a negated clause, a country that is no list subject and an adjective give nobody', () => {
    expect(participants('The summit opened in Quito. Venezuela did not attend.')).toEqual([]);
    expect(participants('The summit opened in Quito. Officials from the United States attended a side event.')).toEqual([]);
    expect(participants('The summit opened in Quito. Chinese diplomats attended as guests.')).toEqual([]);
  });

  it('"<Country> sent <Title> <Name>" without "its"', () => {
    expect(participants('The summit opened in Quito. Bolivia sent Vice President David Choquehuanca.')).toEqual([['Bolivia', 'David Choquehuanca', 'Vice President']]);
  });
});

describe('participants: a national agency or a government readout names its own leader without a country', () => {
  const of = (text: string) => assembleParticipants(contextOf(text), { country: 'Mongolia' }).map((p) => [p.country, p.representative, p.role]);

  it('a national agency: its country', () => {
    expect(of('ULAANBAATAR, June 3 (Kyodo) -- Prime Minister Shigeru Ishiba attended the summit in Ulaanbaatar on Tuesday.')).toEqual([
      ['Japan', 'Shigeru Ishiba', 'Prime Minister'],
    ]);
  });

  it('a ministry masthead: the country in its name', () => {
    const text = 'Ministry of Foreign Affairs of the Republic of Korea\n\nPresident Lee Jae-myung Attends the Summit in Ulaanbaatar\n\nOn June 3, 2025, President Lee Jae-myung attended the summit in Ulaanbaatar.';
    expect(of(text)).toEqual([['South Korea', 'Lee Jae-myung', 'President']]);
  });

  it('a government publisher line: its country (each row of the table is run)', () => {
    for (const row of HOME_PUBLISHERS) {
      const text = `${row.example}\nLeaders Meet in Ulaanbaatar\n\nOn June 3, 2025, Prime Minister Ana Lima attended the summit in Ulaanbaatar.`;
      expect(of(text), row.example).toEqual([[row.country, 'Ana Lima', 'Prime Minister']]);
    }
  });

  it('a masthead the header reader leaves in the body still names the home country', () => {
    const text = 'THE WHITE HOUSE\nBriefing Room | Statements and Releases\n\nOn June 3, 2025, President Joe Biden hosted the summit in Ulaanbaatar.';
    expect(of(text)).toEqual([['United States', 'Joe Biden', 'President']]);
  });

  it('a ministry line with "Government of <Country>" after it: that country', () => {
    const text = 'Ministry of Foreign Affairs, Government of Nepal\nOutcome of the Summit\n\nOn June 3, 2025, Prime Minister K.P. Sharma Oli attended the summit in Ulaanbaatar.';
    expect(of(text)).toEqual([['Nepal', 'K.P. Sharma Oli', 'Prime Minister']]);
  });

  it('a headline that mentions a seat of power or a ministry is no masthead', () => {
    expect(of('Kremlin says talks went well\n\nOn June 3, 2025, President Ana Lima attended the summit in Ulaanbaatar.')).toEqual([]);
    expect(of('Ministry welcomes visit of Kenya delegation\n\nOn June 3, 2025, President Ana Lima attended the summit in Ulaanbaatar.')).toEqual([]);
    expect(of("Prime Minister's Office\nSummit in Ulaanbaatar\n\nOn June 3, 2025, President Ana Lima attended the summit in Ulaanbaatar.")).toEqual([]);
  });

  it('an international agency has no home country', () => {
    expect(of('ULAANBAATAR, June 3, 2025 (Reuters) - Prime Minister Shigeru Ishiba attended the summit in Ulaanbaatar on Tuesday.')).toEqual([]);
  });
});

describe('people: a participant\'s country', () => {
  it('a host leader named by title only gets the publisher\'s country; a body\'s president none', () => {
    const text = 'THE WHITE HOUSE\n\nReadout of the Summit\n\nOn June 3, 2025, President Joe Biden hosted European Commission President Ursula von der Leyen for the EU-US Summit in Washington.';
    const found = extract(text, { referenceDate: '2025-06-03' });
    expect(found.people.map((p) => [p.name, p.affiliation, p.country])).toEqual([
      ['Joe Biden', null, 'United States'],
      ['Ursula von der Leyen', 'European Commission', null],
    ]);
    expect(found.participants.map((p) => p.country)).toEqual(['United States']);
  });
});

describe('participants: the host leader named by a hosting clause takes part for the host country', () => {
  it('", who hosted …", "hosted by <Title> <Name>"', () => {
    expect(participants('The summit opened in Geneva. President Ana Lima, who hosted the gathering, spoke first.')).toEqual([['Switzerland', 'Ana Lima', 'President']]);
    expect(participants('The summit opened in Geneva. The dinner was hosted by President Ana Lima on Friday.')).toEqual([['Switzerland', 'Ana Lima', 'President']]);
  });

  it('a leader of another country, a minister, or a name without a hosting clause is no host', () => {
    expect(participants('The summit opened in Geneva. Chinese President Xi Jinping, who hosted a dinner, spoke.').map((p) => p[0])).toEqual(['China']);
    expect(participants('The summit opened in Geneva. Foreign Minister Ana Lima, who hosted the gathering, spoke.')).toEqual([]);
    expect(participants('The summit opened in Geneva. President Ana Lima, who attended the gathering, spoke.')).toEqual([]);
  });
});

describe('participants: the two sides of a visit', () => {
  const readout = (body: string) =>
    extract(body)
      .participants.map((p) => [p.country, p.representative, p.role])
      .sort();

  it('a leader without a country stands for the side the text names most besides the host', () => {
    const body =
      'Leaders Hold Talks in Belgrade\n\nOn May 8, 2024, President Xi Jinping held talks with Serbian President Aleksandar Vučić in Belgrade. ' +
      'Xi is paying a state visit to Serbia from May 7 to 8. Xi said China is ready to work with Serbia. China will import more Serbian goods.';
    expect(readout(body)).toEqual([
      ['China', 'Xi Jinping', 'President'],
      ['Serbia', 'Aleksandar Vučić', 'President'],
    ]);
  });

  it('or for the visited country when the visitor has one', () => {
    const body =
      'NEW DELHI, March 4, 2025 - Prime Minister Narendra Modi held talks with Portuguese President Marcelo Rebelo de Sousa at Hyderabad House today. ' +
      'The State Visit of the President of Portugal to India runs from 3 to 5 March 2025.';
    expect(readout(body)).toEqual([
      ['India', 'Narendra Modi', 'Prime Minister'],
      ['Portugal', 'Marcelo Rebelo de Sousa', 'President'],
    ]);
  });

  it('a summit is no visit: a leader without a country is no one\'s', () => {
    const body = 'GENEVA, May 2, 2025 (Reuters) - The 5th Alpine Summit opened in Geneva on Friday. President Jane Doe of Austria and Chancellor Max Roe attended.';
    expect(readout(body).map(([country]) => country)).toEqual(['Austria']);
  });
});

describe('participants: role lists (each row example is run)', () => {
  it.each(PARTICIPANT_ROLES.map((r) => [r.example, r.title] as const))('%s', (example, title) => {
    const rows = participants(`The summit opened in Geneva. ${example}`);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row[2]).toBe(title);
  });
});

describe('participants: a list of "<Name> of <Country>"', () => {
  it('each listed leader represents the country written after the name, with no role', () => {
    expect(participants('The summit opened in Geneva. The host welcomed Jonas Gahr Støre of Norway, Ulf Kristersson of Sweden and Petteri Orpo of Finland to the talks.')).toEqual([
      ['Norway', 'Jonas Gahr Støre', null],
      ['Sweden', 'Ulf Kristersson', null],
      ['Finland', 'Petteri Orpo', null],
    ]);
  });

  it('one such name alone makes no participant', () => {
    expect(participants('The summit opened in Geneva. She will succeed Moussa Faki Mahamat of Chad, who led the Commission.')).toEqual([]);
  });
});
