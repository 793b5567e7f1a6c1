import type { Participant } from '@pressfacts/schema';
import { describe, expect, it } from 'vitest';
import { assembleAgreements } from '../src/facts/agreements.js';
import { contextOf, release } from './support/context.js';

const participants = ['Chile', 'Peru', 'Mexico'].map(
  (country): Participant => ({ country, representative: null, role: null, evidence: [], provenance: { rule: 'test', confidence: 1 } }),
);
const all = ['Chile', 'Peru', 'Mexico'];

/** Action, parties and date of each agreement of a release of 2 May 2025 about a summit of 1 May. */
function read(body: string) {
  return assembleAgreements(contextOf(release(body)), participants, { startDate: '2025-05-01', endDate: null }).map(({ title, action, parties, date }) => ({
    title,
    action,
    parties,
    date,
  }));
}

// Sentences written in the ways wires, governments and newspapers report an act on a document,
// each with what a careful annotator following docs/conventions.md gives.
const CASES: readonly (readonly [string, string, string, readonly string[], string | null])[] = [
  ['Chile and Peru inked the Andes Free Trade Agreement on Thursday.', 'Andes Free Trade Agreement', 'signed', ['Chile', 'Peru'], '2025-05-01'],
  ['The Andes Free Trade Agreement was inked by Chile and Peru on Thursday.', 'Andes Free Trade Agreement', 'signed', ['Chile', 'Peru'], '2025-05-01'],
  ['The signing of the Treaty of Arica by Chile and Peru took place on April 30.', 'Treaty of Arica', 'signed', ['Chile', 'Peru'], '2025-04-30'],
  ['The leaders witnessed the exchange of the Memorandum of Understanding on Health.', 'Memorandum of Understanding on Health', 'signed', all, '2025-05-01'],
  ['In the presence of the leaders, ministers of Chile and Peru signed the Agreement on Maritime Cooperation.', 'Agreement on Maritime Cooperation', 'signed', ['Chile', 'Peru'], '2025-05-01'],
  ['The two sides signed the Andes Water Accord.', 'Andes Water Accord', 'signed', all, '2025-05-01'],
  ['Both countries signed the Treaty on Border Security on Wednesday.', 'Treaty on Border Security', 'signed', all, '2025-04-30'],
  ['The three member states adopted the Lima Declaration.', 'Lima Declaration', 'adopted', all, '2025-05-01'],
  ['The Pacific Charter was endorsed by Chile, Peru and Mexico.', 'Pacific Charter', 'adopted', all, '2025-05-01'],
  ['The Pacific Charter was endorsed by Chile and Peru.', 'Pacific Charter', 'adopted', ['Chile', 'Peru'], '2025-05-01'],
  ['The Memorandum of Understanding on Fisheries, signed by Chile and Mexico, covers research.', 'Memorandum of Understanding on Fisheries', 'signed', ['Chile', 'Mexico'], '2025-05-01'],
  ['The Santiago Declaration was adopted by the leaders of Chile and Mexico.', 'Santiago Declaration', 'adopted', ['Chile', 'Mexico'], '2025-05-01'],
  ['The Agreement on Maritime Cooperation was signed by the Government of Chile and the Government of Peru.', 'Agreement on Maritime Cooperation', 'signed', ['Chile', 'Peru'], '2025-05-01'],
  ['The Andes Water Accord was signed by the foreign ministers of Chile and Peru.', 'Andes Water Accord', 'signed', ['Chile', 'Peru'], '2025-05-01'],
  ['The Lima Declaration, which was agreed by all three leaders, sets out goals.', 'Lima Declaration', 'adopted', all, '2025-05-01'],
  ['A Memorandum of Understanding on Health was also signed between Chile and Peru.', 'Memorandum of Understanding on Health', 'signed', ['Chile', 'Peru'], '2025-05-01'],
  ['Peru and Chile announce the Andes Action Plan 2025-2030.', 'Andes Action Plan 2025-2030', 'announced', ['Peru', 'Chile'], '2025-05-01'],
  ['Chile, Peru and Mexico are inking the Pacific Partnership Agreement.', 'Pacific Partnership Agreement', 'signed', all, '2025-05-01'],
  ['The three countries also signed off on the Andes Action Plan.', 'Andes Action Plan', 'adopted', all, '2025-05-01'],
  ['Leaders gave their approval to the Andes Action Plan.', 'Andes Action Plan', 'adopted', all, '2025-05-01'],
  ['The summit ended with the endorsement of the Pacific Charter by all leaders.', 'Pacific Charter', 'adopted', all, '2025-05-01'],
  ['The summit culminated in the signing of the Pacific Charter.', 'Pacific Charter', 'signed', all, '2025-05-01'],
  ['Leaders wrapped up the summit by adopting the Lima Declaration.', 'Lima Declaration', 'adopted', all, '2025-05-01'],
  ['Chile and Peru on Wednesday signed the Treaty of Arica.', 'Treaty of Arica', 'signed', ['Chile', 'Peru'], '2025-04-30'],
  ['Chile signed a Memorandum of Understanding on Energy with Peru on Wednesday.', 'Memorandum of Understanding on Energy', 'signed', ['Chile', 'Peru'], '2025-04-30'],
  ['Chile, Peru and Mexico jointly issued the Lima Declaration.', 'Lima Declaration', 'issued', all, '2025-05-01'],
  ['According to the Lima Declaration issued on Thursday, leaders called for peace.', 'Lima Declaration', 'issued', all, '2025-05-01'],
  ['The Lima Declaration, released after the talks, calls for peace.', 'Lima Declaration', 'issued', all, '2025-05-01'],
  // Acts hoped for are not done.
  ['Peru supported the early conclusion of the Andes Free Trade Agreement.', 'Andes Free Trade Agreement', 'other', [], null],
  ['Both sides looked forward to the conclusion of the Andes Free Trade Agreement.', 'Andes Free Trade Agreement', 'other', [], null],
  ['Chile urged the swift ratification of the Treaty of Arica.', 'Treaty of Arica', 'other', [], null],
  ['Chile and Peru will conclude the Treaty of Arica next year.', 'Treaty of Arica', 'other', [], null],
];

describe('agreements: phrasings of signing, adopting, issuing (conventions: agreements)', () => {
  it.each(CASES)('%s', (sentence, title, action, parties, date) => {
    expect(read(sentence)).toEqual([{ title, action, parties, date }]);
  });
});

describe('agreements: "at that summit" refers to the gathering the sentence before dated', () => {
  it('takes that day, not the event day', () => {
    const out = read('The meeting comes five years after the eighth Andean summit, held in Lima on April 12, 2019. At that summit, leaders issued the Lima Guidelines for Cooperation.');
    expect(out.map((a) => [a.title, a.action, a.date])).toEqual([['Lima Guidelines for Cooperation', 'issued', '2019-04-12']]);
  });
});

describe('agreements: the day of a multi-day event an act falls on', () => {
  const threeDays = (body: string) =>
    assembleAgreements(contextOf(release(body)), participants, { startDate: '2025-04-30', endDate: '2025-05-02' }).map((a) => a.date);
  it('"on the second day", "as the summit wrapped up", a participle after the dated clause', () => {
    expect(threeDays('On the second day, leaders adopted the Lima Declaration.')).toEqual(['2025-05-01']);
    expect(threeDays('Leaders adopted the Lima Declaration as the summit wrapped up.')).toEqual(['2025-05-02']);
    expect(threeDays('Leaders wrapped up the summit on Thursday, adopting the Lima Declaration.')).toEqual(['2025-05-01']);
    expect(threeDays('The summit opened on Wednesday. Leaders adopted the Lima Declaration.')).toEqual([null]);
  });
});
