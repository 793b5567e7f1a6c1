import type { Participant } from '@pressfacts/schema';
import { describe, expect, it } from 'vitest';
import { ACT_NOUNS, AGREEMENT_ACTIONS, NOT_YET } from '../src/data/agreement-actions.js';
import { COLLECTIVE_SUBJECTS, DISSENT_CUES, NON_MEMBER_CUES } from '../src/data/agreement-parties.js';
import { assembleAgreements } from '../src/facts/agreements.js';
import { contextOf, release } from './support/context.js';

const participants = ['Chile', 'Peru', 'Mexico'].map(
  (country): Participant => ({ country, representative: null, role: null, evidence: [], provenance: { rule: 'test', confidence: 1 } }),
);
const oneDay = { startDate: '2025-05-01', endDate: null };

/** The agreements of a release body among three participants at a one-day summit. */
function agreements(body: string, event: { startDate: string | null; endDate: string | null } | null = oneDay) {
  return assembleAgreements(contextOf(release(body)), participants, event).map(({ title, kind, action, parties, date }) => ({ title, kind, action, parties, date }));
}

describe('agreements: vocabulary rows (each example is run)', () => {
  it.each(AGREEMENT_ACTIONS.map((r) => [r.example, r.action] as const))('%s → %s', (example, action) => {
    expect(agreements(example).map((a) => a.action)).toEqual([action]);
  });

  it.each(NOT_YET.map((r) => r.example))('not done yet: %s', (example) => {
    expect(agreements(example)).toEqual([expect.objectContaining({ action: 'other', parties: [], date: null })]);
  });

  it.each(COLLECTIVE_SUBJECTS.map((r) => r.example))('every participant is a party: %s', (example) => {
    expect(agreements(example).map((a) => a.parties)).toEqual([['Chile', 'Peru', 'Mexico']]);
  });

  it.each(DISSENT_CUES.map((r) => r.example))('a dissent cue takes its countries out: %s', (example) => {
    const [agreement] = agreements(`Leaders adopted the Lima Declaration. ${example}`);
    const ctx = contextOf(release(example));
    const named = ctx.entities.filter((e) => e.kind === 'country').map((e) => e.name);
    expect(agreement!.parties).toEqual(['Chile', 'Peru', 'Mexico'].filter((c) => !named.includes(c)));
  });
});

describe('agreements: lists of titles and ratification', () => {
  it('every title of a list takes the verb of its first item', () => {
    expect(
      agreements('The ministers signed the Andean Rail Agreement, a Memorandum of Understanding on Water and a Memorandum of Understanding on Health.').map((a) => a.action),
    ).toEqual(['signed', 'signed', 'signed']);
    expect(agreements('Leaders welcomed the signing of the Lima Port Agreement and of a Memorandum of Understanding on Fisheries.').map((a) => a.action)).toEqual([
      'signed',
      'signed',
    ]);
  });

  it('a title in another clause of the sentence does not take the verb', () => {
    expect(agreements('Leaders adopted the Lima Declaration, while the Andes Treaty on Water remains under review.').map((a) => a.action)).toEqual(['adopted', 'other']);
  });

  it('"sealed", "initialled" and "exchanged" are signings', () => {
    expect(agreements('Chile and Peru sealed the Andes Accord on Trade.')[0]!.action).toBe('signed');
    expect(agreements('The delegations initialled the Treaty of Arica.')[0]!.action).toBe('signed');
    expect(agreements('The two ministers exchanged the Memorandum of Understanding on Health.')[0]!.action).toBe('signed');
  });

  it.each(ACT_NOUNS.map((r) => r.example))('an act wished for is not done yet: %s', (example) => {
    expect(agreements(example)).toEqual([expect.objectContaining({ action: 'other', parties: [], date: null })]);
  });

  it('a noun for the act nearer the title than the verb gives the action (conventions: action from the verb)', () => {
    expect(agreements('The summit concluded with the adoption of the Lima Declaration.')[0]).toMatchObject({ action: 'adopted', date: '2025-05-01' });
    expect(agreements('The summit concluded with the signature of the Treaty of Arica.')[0]!.action).toBe('signed');
    expect(agreements('The summit concluded with the issuance of a Joint Statement on Health.')[0]!.action).toBe('issued');
    expect(agreements('Leaders welcomed the Lima Declaration.')[0]!.action).toBe('other');
  });

  it('"ratified" adopts; "to ratify" is not done yet', () => {
    expect(agreements('Peru ratified the Treaty of Arica.')[0]).toMatchObject({ action: 'adopted', parties: ['Peru'] });
    expect(agreements('Peru is expected to ratify the Treaty of Arica.')[0]).toMatchObject({ action: 'other', parties: [] });
  });
});

describe('agreements: parties, date, title', () => {
  it('the countries of the people who signed', () => {
    expect(agreements('Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed the Andes Accord on Trade.')[0]).toMatchObject({
      action: 'signed',
      parties: ['Chile', 'Peru'],
    });
  });

  it('a dissent sentence removes its countries from the parties', () => {
    expect(agreements('Leaders adopted the Lima Declaration. Mexico and Chile distanced themselves from the text.')[0]!.parties).toEqual(['Peru']);
  });

  it('an agreement signed long before the summit has its year and no parties', () => {
    expect(agreements('Leaders met in the hall where the North Atlantic Treaty was signed in 1949.')).toEqual([
      { title: 'North Atlantic Treaty', kind: 'treaty', action: 'signed', parties: [], date: '1949' },
    ]);
  });

  it('the day the sentence gives, else the day of a one-day event, else nothing', () => {
    expect(agreements('On April 30, the leaders issued the Lima Declaration.')[0]!.date).toBe('2025-04-30');
    expect(agreements('The Joint Communiqué on Water, adopted on Wednesday, covers three issues.')[0]!.date).toBe('2025-04-30');
    expect(agreements('Leaders adopted the Lima Declaration.')[0]!.date).toBe('2025-05-01');
    expect(agreements('Leaders adopted the Lima Declaration.', { startDate: '2025-04-30', endDate: '2025-05-01' })[0]!.date).toBeNull();
    expect(agreements('On the opening day, leaders adopted the Lima Declaration.', { startDate: '2025-04-30', endDate: '2025-05-01' })[0]!.date).toBe('2025-04-30');
  });

  it('a lower-case back-reference tells what was done when the title\'s own sentence does not', () => {
    expect(agreements('Leaders adopted a joint declaration on Wednesday. Under the Andes-Pacific Joint Declaration, both sides will cooperate.')).toEqual([
      { title: 'Andes-Pacific Joint Declaration', kind: 'declaration', action: 'adopted', parties: ['Chile', 'Peru', 'Mexico'], date: '2025-04-30' },
    ]);
  });

  it('a title named only before the body is the release\'s own, not an agreement it reports', () => {
    const text = 'Joint Communiqué of the Andes Summit\n\nGENEVA, May 2, 2025 (Reuters) - Leaders met in Lima.';
    expect(assembleAgreements(contextOf(text), participants, oneDay)).toEqual([]);
  });
});

describe('agreements: evidence', () => {
  it('holds every mention of the title, slicing the input', () => {
    const text = release('Leaders adopted the Lima Declaration. The Lima Declaration sets goals.');
    const [agreement] = assembleAgreements(contextOf(text), participants, oneDay);
    expect(agreement!.evidence.map((s) => s.text)).toEqual(['Lima Declaration', 'Lima Declaration']);
    for (const s of agreement!.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('agreements: titles that rename a noun, and passive agents', () => {
  it('"adopted a plan …, known as the X" takes the verb of the noun it renames', () => {
    expect(agreements('Leaders adopted a plan for port integration, known as the Pacific Ports Roadmap 2030.')).toEqual([
      { title: 'Pacific Ports Roadmap 2030', kind: 'plan', action: 'adopted', parties: ['Chile', 'Peru', 'Mexico'], date: '2025-05-01' },
    ]);
  });

  it('"the X announced by <Country>" is that country\'s; "issued by the ministers" names no party', () => {
    expect(agreements('They welcomed the Roadmap for Andean Health Cooperation announced by Peru.').map((a) => [a.action, a.parties])).toEqual([
      ['announced', ['Peru']],
    ]);
    expect(agreements('They noted the Joint Statement on Fisheries issued by the ministers on Friday.').map((a) => [a.action, a.parties])).toEqual([
      ['issued', []],
    ]);
  });

  it('a renaming phrase without an action verb before it gives no action', () => {
    expect(agreements('Officials discussed a plan for port integration, known as the Pacific Ports Roadmap 2030.').map((a) => a.action)).toEqual(['other']);
  });
});

describe('agreements: who signed when only some participants did', () => {
  it('a subject list cut at its commas is read whole', () => {
    expect(agreements('Chile, Peru and Mexico adopted the Lima Declaration.')[0]!.parties).toEqual(['Chile', 'Peru', 'Mexico']);
    expect(agreements('Chile and Peru signed the Andes Accord on Trade.')[0]!.parties).toEqual(['Chile', 'Peru']);
    expect(agreements('Mexico, a guest, and Peru signed the Andes Accord on Trade.')[0]!.parties).toEqual(['Peru']);
  });

  it('"between A and B" names the parties, in the title or right after it', () => {
    expect(agreements('Leaders welcomed the signing of the Agreement on Water Sharing between Chile and Peru.')[0]!.parties).toEqual(['Chile', 'Peru']);
    expect(agreements('They signed a Memorandum of Understanding on Ports between the Government of Mexico and the Government of Peru.')[0]!.parties).toEqual([
      'Mexico',
      'Peru',
    ]);
    expect(agreements('The ministers signed the Fisheries Accord between Chile and the European Union.')[0]!.parties).toEqual(['Chile']);
  });

  it('"between" two bodies that are no countries leaves the signers to the clause', () => {
    expect(agreements('Leaders signed the Memorandum of Understanding between the Andean Secretariat and the Pacific Ports Association.')[0]!.parties).toEqual([
      'Chile',
      'Peru',
      'Mexico',
    ]);
  });
});

describe('agreements: the day of a gathering the sentence refers back to (conventions: agreements)', () => {
  const visit = { startDate: '2025-04-29', endDate: '2025-05-01' };
  const may = { startDate: '2025-05-01', endDate: '2025-05-03' };
  it('"after the talks" takes the day an earlier sentence gives the talks', () => {
    const body = 'President Boric held talks with President Boluarte in Lima on April 30. After the talks, the two presidents signed the Andes Accord on Trade.';
    expect(agreements(body, visit)[0]).toMatchObject({ action: 'signed', date: '2025-04-30' });
    expect(agreements(body.replace('After the talks', 'After the dinner'), visit)[0]!.date).toBeNull();
  });

  it('an act placed at a gathering of several days without a day of its own has the month (or year) its days share', () => {
    expect(agreements('On the sidelines of the summit, Chile and Peru signed the Andes Accord on Trade.', may)[0]).toMatchObject({ parties: ['Chile', 'Peru'], date: '2025-05' });
    expect(agreements('On the sidelines, Chile and Peru signed the Andes Accord on Trade.', visit)[0]!.date).toBe('2025');
    expect(agreements('At the summit, the leaders adopted the Lima Declaration and signed the Andes Accord on Trade.', may).map((a) => a.date)).toEqual(['2025-05', '2025-05']);
    expect(agreements('During the meeting, leaders endorsed the Lima Declaration.', may)[0]!.date).toBe('2025-05');
  });

  it('without such a phrase, or in another clause, no date', () => {
    expect(agreements('Chile and Peru signed the Andes Accord on Trade.', may)[0]!.date).toBeNull();
    expect(agreements('Chile and Peru signed the Andes Accord on Trade on the sidelines, and Mexico ratified the Treaty of Arica.', may).map((a) => a.date)).toEqual([
      '2025-05',
      null,
    ]);
  });

  it('a day outside the event is not the day of its talks', () => {
    const body = 'The two ministers held talks in Lima on March 3. After the talks, the two presidents signed the Andes Accord on Trade.';
    expect(agreements(body, visit)[0]!.date).toBeNull();
  });

  it('a visit\'s documents are signed on the day of the talks its readout reports', () => {
    const event = { ...visit, provenance: { rule: 'event/visit', confidence: 0.7 } };
    const body = 'President Boric held talks with President Boluarte in Lima on April 30. The two presidents signed the Andes Accord on Trade.';
    expect(agreements(body, event)[0]!.date).toBe('2025-04-30');
    expect(agreements(body, visit)[0]!.date).toBeNull();
  });
});

describe('agreements: a numbered list under a line that names the act', () => {
  const list = (intro: string) => `${intro}\n1. Agreement on Visa Exemption;\n2. Memorandum of Understanding on Green Development.`;
  it('every item takes the act of the line before the list', () => {
    expect(agreements(list('The following documents were signed and exchanged in the presence of the two leaders:')).map((a) => [a.action, a.parties])).toEqual([
      ['signed', ['Chile', 'Peru', 'Mexico']],
      ['signed', ['Chile', 'Peru', 'Mexico']],
    ]);
    expect(agreements(list('Leaders adopted the following outcome documents:')).map((a) => a.action)).toEqual(['adopted', 'adopted']);
  });

  it('a line without a colon, or an act not yet done, gives none', () => {
    expect(agreements(list('The following documents are under discussion.')).map((a) => a.action)).toEqual(['other', 'other']);
    expect(agreements(list('The following documents will be signed next year:')).map((a) => a.action)).toEqual(['other', 'other']);
  });
});

describe('agreements: more phrasings of the act (conventions: action from the verb)', () => {
  it.each([
    ['The Lima Declaration was adopted unanimously by the leaders.', 'adopted'],
    ['Leaders agreed the Andes Agenda for Climate Finance.', 'adopted'],
    ['The Treaty on Good Neighbourly Relations, which the leaders signed on Wednesday, enters into force next year.', 'signed'],
    ['Leaders put their signatures to the Andean Charter on Water.', 'signed'],
    ['The summit\'s outcome document, the Lima Declaration, was endorsed by all members.', 'adopted'],
    ['In the Lima Declaration adopted on Wednesday, leaders pledged to cut tariffs.', 'adopted'],
    ['The two countries signed 12 cooperation documents, including the Agreement on Visa Exemption.', 'signed'],
    ['At the close of the meeting, the heads of state released the Joint Communique of the Andes Summit.', 'issued'],
  ])('%s → %s', (sentence, action) => {
    expect(agreements(sentence)[0]!.action).toBe(action);
  });

  it.each([
    'Leaders reaffirmed their commitment to the Paris Agreement.',
    'Chile and Peru agreed to sign the Andes Accord on Trade by the end of the year.',
    'The leaders welcomed the entry into force of the Treaty of Arica.',
    'The Lima Declaration adopted a ten-point plan.',
  ])('no act done: %s', (sentence) => {
    expect(agreements(sentence)[0]!.action).toBe('other');
  });

  it('a relative clause or a participle after the title gives its day', () => {
    expect(agreements('The Treaty on Good Neighbourly Relations, which the leaders signed on Wednesday, enters into force next year.')[0]!.date).toBe('2025-04-30');
    expect(agreements('In the Lima Declaration adopted on Wednesday, leaders pledged to cut tariffs.')[0]!.date).toBe('2025-04-30');
  });

  it('"the heads of state of A, B and C" and "A signed … with B" name the parties', () => {
    expect(agreements('The heads of state of Chile and Peru signed the Treaty of Arica.')[0]!.parties).toEqual(['Chile', 'Peru']);
    expect(agreements('The presidents of Mexico, Chile and Peru signed the Treaty of Arica.')[0]!.parties).toEqual(['Mexico', 'Chile', 'Peru']);
    expect(agreements('Chile signed the Treaty of Arica with Peru on Friday.')[0]!.parties).toEqual(['Chile', 'Peru']);
    expect(agreements('Chilean President Gabriel Boric signed the Treaty of Arica with his Peruvian counterpart Dina Boluarte.')[0]!.parties).toEqual(['Chile', 'Peru']);
  });
});

describe('agreements: praise for an act done', () => {
  it('"commended A and B for signing the X" is their signing; "called for signing" is not done', () => {
    expect(agreements('The summit commended the Republic of Chile and the Republic of Peru for signing the Andes Accord on Trade in Lima on 30 April 2025.')[0]).toMatchObject({
      action: 'signed',
      parties: ['Chile', 'Peru'],
      date: '2025-04-30',
    });
    expect(agreements('Leaders congratulated Mexico for signing the Treaty of Arica.')[0]).toMatchObject({ action: 'signed', parties: ['Mexico'] });
    expect(agreements('Leaders called for signing the Treaty of Arica soon.')[0]!.action).toBe('other');
  });
});

describe('agreements: the day of an act the release reports as just done', () => {
  const summit = { startDate: '2025-05-01', endDate: '2025-05-03' };
  const onDay = (body: string) => assembleAgreements(contextOf(`GENEVA, May 2, 2025 (Reuters) - ${body}`), participants, summit)[0]!.date;
  it('a perfect ("have signed") is the release\'s day', () => {
    expect(onDay('Chile and Peru have signed the Andes Accord on Trade.')).toBe('2025-05-02');
    expect(onDay('Chile and Peru signed the Andes Accord on Trade.')).toBeNull();
  });

  it('an entry under a live blog\'s time stamp is the blog\'s day', () => {
    expect(onDay('Live coverage.\n\n19:45 CEST\nChile and Peru signed the Andes Accord on Trade.\n\nMore talks followed.')).toBe('2025-05-02');
    expect(onDay('Live coverage.\n\n19:45 CEST\nLeaders met.\n\nChile and Peru signed the Andes Accord on Trade.')).toBe('2025-05-02');
  });

  it('"on the margins" without a gathering named is the day of the sentence before', () => {
    expect(onDay('Leaders met at a separate summit on Thursday. On the margins, Chile and Peru signed the Andes Accord on Trade.')).toBe('2025-05-01');
    expect(onDay('On the opening day, leaders adopted the Lima Declaration.')).toBe('2025-05-01');
    expect(onDay('On day one, leaders adopted the Lima Declaration.')).toBe('2025-05-01');
  });
});

describe('agreements: countries taking part without being members', () => {
  it.each(NON_MEMBER_CUES.map((r) => r.example))('no party to what the leaders adopt: %s', (example) => {
    expect(agreements(`Leaders adopted the Lima Declaration. ${example}`)[0]!.parties).toEqual(['Chile', 'Peru']);
  });

  it('a new clause after the cue, or a capitalised name, says nothing of membership', () => {
    expect(agreements('Leaders adopted the Lima Declaration. Chile, an observer state, sent its minister, and Mexico was represented by its president.')[0]!.parties).toEqual([
      'Chile',
      'Peru',
      'Mexico',
    ]);
    expect(agreements('Leaders adopted the Lima Declaration. The Mexico Observer reported on it.')[0]!.parties).toEqual(['Chile', 'Peru', 'Mexico']);
  });
});

describe('agreements: "as a guest" is about the subject only', () => {
  it('a country named later in the sentence stays a party', () => {
    expect(agreements('Leaders adopted the Lima Declaration. The UN chief, attending as a guest, said sea levels around Mexico had risen.')[0]!.parties).toEqual([
      'Chile',
      'Peru',
      'Mexico',
    ]);
  });
});
