import { describe, expect, it } from 'vitest';
import { extract } from 'pressfacts';
import { COLLECTIVE_ACTORS, COMMITMENT_ACTIONS, COMMITMENT_CUES, VAGUE_PREDICATES } from '../src/data/commitment-verbs.js';

const commitments = (text: string) => extract(text).commitments.map((c) => [c.actor, c.description, c.count]);

describe('commitments: every cue row finds the pledge in its example', () => {
  const expected: Record<string, unknown[][]> = {
    'Japan has decided to open two training centers in the region.': [['Japan', 'two training centers in the region', 2]],
    'Brazil decided to build a new rail link.': [['Brazil', 'a new rail link', null]],
    'India will provide 500 scholarships to students from Africa.': [['India', 'will provide 500 scholarships to students from Africa', 500]],
    'Kenya announced that it would open a trade office in Accra.': [['Kenya', 'would open a trade office in Accra', null]],
    'Egypt is ready to host a regional forum on water.': [['Egypt', 'is ready to host a regional forum on water', null]],
    'Germany pledged to double its climate finance.': [['Germany', 'double its climate finance', null]],
    'Norway pledged $500 million for the fund.': [['Norway', '$500 million for the fund', null]],
    'The members committed to cutting tariffs on medicines.': [[null, 'cutting tariffs on medicines', null]],
    'The two sides agreed to launch a joint space programme.': [[null, 'launch a joint space programme', null]],
    'Indonesia plans to open a trade office in Lagos.': [['Indonesia', 'open a trade office in Lagos', null]],
    'Peru proposed that the two countries jointly build a new port.': [[null, 'jointly build a new port', null]],
    'Nordic leaders closed their meeting in Oslo, pledging to build a joint power grid.': [[null, 'build a joint power grid', null]],
    'Mexico has committed $300 million to the fund.': [['Mexico', '$300 million to the fund', null]],
    'Brazil offered to fund a regional vaccine plant.': [['Brazil', 'fund a regional vaccine plant', null]],
    'The United States announced eight major initiatives for the region.': [['United States', 'eight major initiatives for the region', 8]],
    'Ghana undertook to supply power to its neighbours.': [['Ghana', 'supply power to its neighbours', null]],
    'Peru set aside $40 million for a regional seed bank.': [['Peru', '$40 million for a regional seed bank', null]],
    'Spain offered 200 scholarships to Andean students.': [['Spain', '200 scholarships to Andean students', 200]],
    'Ghana stands ready to share its vaccine data.': [['Ghana', 'stands ready to share its vaccine data', null]],
    'Chile is to open a trade office in Busan.': [['Chile', 'is to open a trade office in Busan', null]],
    'Germany is set to provide an additional €500 million for Ukraine.': [['Germany', 'is set to provide an additional €500 million for Ukraine', null]],
    'Canada is providing C$50 million to the programme.': [['Canada', 'is providing C$50 million to the programme', null]],
    'Germany will make €1 billion available for the fund.': [['Germany', 'will make €1 billion available for the fund', null]],
    'Egypt expressed its readiness to host a regional center for climate research.': [['Egypt', 'host a regional center for climate research', null]],
    'China expressed willingness to import more farm products from Serbia.': [['China', 'import more farm products from Serbia', null]],
  };
  it.each(COMMITMENT_CUES.map((r) => [r.cue, r.example]))('%s', (_cue, example) => {
    expect(commitments(example)).toEqual(expected[example]);
  });

  it.each(COMMITMENT_ACTIONS.map((r) => [r.verbs[0], r.example]))('"will %s …" is a pledge', (_verb, example) => {
    const found = commitments(example);
    expect(found).toHaveLength(1);
    expect(found[0]![1]).toMatch(/^will /);
  });

  it.each(VAGUE_PREDICATES.map((r) => [r.predicate, r.example]))('goodwill only: %s', (_predicate, example) => {
    expect(commitments(example)).toEqual([]);
  });

  it.each(COLLECTIVE_ACTORS.map((r) => [r.nouns[0], r.example]))('a collective subject (%s) pledges with a null actor', (_noun, example) => {
    const found = commitments(example);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBeNull();
  });
});

describe('commitments: items, actors and counts', () => {
  it('splits items joined by "and also" (conventions: one entry per item joined by "as well as"/"and also")', () => {
    expect(commitments('Chile pledged to build five clinics and also to open two training centres.')).toEqual([
      ['Chile', 'build five clinics', 5],
      ['Chile', 'open two training centres', 2],
    ]);
    expect(commitments('Peru will build a new port and also upgrade 12 airports.')).toEqual([
      ['Peru', 'will build a new port', null],
      ['Peru', 'upgrade 12 airports', 12],
    ]);
    // A plain "and" joins parts of one item.
    expect(commitments('Peru will build a new port and a rail link.')).toEqual([['Peru', 'will build a new port and a rail link', null]]);
  });

  it('splits "A, as well as B" and drops the attribution', () => {
    expect(commitments('Peru has decided to set up two research centres on mining, as well as a training platform for engineers, Boluarte announced.')).toEqual([
      ['Peru', 'two research centres on mining', 2],
      ['Peru', 'a training platform for engineers', null],
    ]);
  });

  it('splits "will A and will B" and resolves "it" to the country before it', () => {
    expect(commitments('The Egyptian side announced that it will build 12 schools in Sudan and will send 40 doctors to Chad.')).toEqual([
      ['Egypt', 'will build 12 schools in Sudan', 12],
      ['Egypt', 'will send 40 doctors to Chad', 40],
    ]);
  });

  it('takes the subject of the announced clause, not the announcer', () => {
    expect(commitments('Chinese President Xi Jinping announced that the Chinese government will grant 1,000 scholarships.')).toEqual([
      ['China', 'will grant 1,000 scholarships', 1000],
    ]);
  });

  it('resolves "he" to the person named in the sentence before', () => {
    expect(commitments('Kenyan President William Ruto spoke first. He pledged to plant 15 billion trees by 2032.')).toEqual([
      ['William Ruto', 'plant 15 billion trees by 2032', 15_000_000_000],
    ]);
  });

  it('reads a capital as its country', () => {
    expect(commitments('Seoul will provide about $5 billion in loans to African exporters.')).toEqual([
      ['South Korea', 'will provide about $5 billion in loans to African exporters', null],
    ]);
  });

  it('skips an appositive between the subject and the cue', () => {
    expect(commitments('The European Union, which attended as an observer, committed to funding three research centres.')).toEqual([
      ['European Union', 'funding three research centres', 3],
    ]);
  });

  it('keeps "the United States" as the actor of "the United States and its partners"', () => {
    expect(commitments('The United States and its partners will send Ukraine more air defence systems.')).toEqual([
      ['United States', 'will send Ukraine more air defence systems', null],
    ]);
  });

  it('counts the item, not a duration or a year', () => {
    expect(commitments('Japan will train 300 nurses over the next five years.')).toEqual([['Japan', 'will train 300 nurses over the next five years', 300]]);
    expect(commitments('Japan will provide training over the next five years.')).toEqual([['Japan', 'will provide training over the next five years', null]]);
    expect(commitments('Japan will double its aid to $8 billion by 2030.')).toEqual([['Japan', 'will double its aid to $8 billion by 2030', null]]);
  });

  it('ends the item before a participle clause or an appositive about it', () => {
    expect(commitments('Leaders agreed to set up a regional fund, a vehicle that will pool donor money.')).toEqual([[null, 'set up a regional fund', null]]);
    expect(commitments('The two sides agreed to carry out ten joint projects, covering roads, ports and power.')).toEqual([
      [null, 'carry out ten joint projects', 10],
    ]);
  });
});

describe('commitments: what is not a pledge', () => {
  it.each([
    ['a plan to host the next meeting', 'Brazil will host the next summit in 2026.'],
    ['a fact about a treaty', 'The treaty will enter into force in May.'],
    ['"would" in a view, not an announcement', 'Mexico said it would keep working with Canada.'],
    ['a subject that is no actor', 'The new port will provide 2,000 jobs.'],
    ['"we" inside a quotation', '"We will provide all the support we can," the minister said.'],
    ['a proposal of goodwill', 'Xi proposed that the bloc deepen cooperation in trade and finance.'],
    ['"proposed" without a clause', 'China proposed the establishment of a new mechanism.'],
  ])('%s', (_case, text) => {
    expect(commitments(text)).toEqual([]);
  });
});

describe('commitments: subjects across clauses', () => {
  const of = (body: string) => commitments(`GENEVA, May 2, 2025 (Reuters) - ${body}`);

  it('"Leaders of <Body> …, pledging to …": the participle pledges for the leaders', () => {
    expect(of('Leaders of the Andean Community (CAN) on Friday closed their summit in Quito, pledging to open a joint customs office.')).toEqual([
      [null, 'open a joint customs office', null],
    ]);
  });

  it('a clause before the comma is not the subject; a relative clause about the last object passes the subject on', () => {
    expect(of('Petro proposed a river commission, and Colombia committed to hosting a water forum in Leticia.')).toEqual([
      ['Colombia', 'hosting a water forum in Leticia', null],
    ]);
    expect(of('The ministers agreed to expand the fellowship, which has trained 300 officials since 2020, and pledged to launch two new programmes.')).toEqual([
      [null, 'expand the fellowship', null],
      [null, 'launch two new programmes', 2],
    ]);
  });

  it('"the African side" is no country; "the Chilean side" is Chile', () => {
    expect(of('The African side agreed to set up a business council.')).toEqual([[null, 'set up a business council', null]]);
    expect(of('The Chilean side agreed to set up a business council.')).toEqual([['Chile', 'set up a business council', null]]);
  });
});

describe('commitments: reported pledges', () => {
  const of = (body: string) => commitments(`GENEVA, May 2, 2025 (Reuters) - ${body}`);
  it('"X announced it will …", "X said it would …"', () => {
    expect(of('Japan announced it will provide $1 billion in loans to Chile.')).toEqual([['Japan', 'will provide $1 billion in loans to Chile', null]]);
    expect(of('Chile said it would double its scholarships for Peruvian students.')).toEqual([['Chile', 'would double its scholarships for Peruvian students', null]]);
  });

  it('no pledge: an analyst\'s forecast, "committed to" is not read twice, a report of documents signed', () => {
    expect(of('Analysts said the deal would boost trade.')).toEqual([]);
    expect(of('Mexico has committed to cutting tariffs.')).toEqual([['Mexico', 'cutting tariffs', null]]);
    expect(of('The ministry announced 25 documents had been signed.')).toEqual([]);
  });
});

describe('commitments: wider cues (undertook, set aside, earmarked, committed + amount)', () => {
  const of = (body: string) => commitments(`LIMA, May 2, 2025 (Reuters) - ${body}`);
  it('money set aside, earmarked or committed; a bank with its acronym pledges', () => {
    expect(of('Colombia earmarked 2 trillion Colombian pesos for rural roads.')).toEqual([['Colombia', '2 trillion Colombian pesos for rural roads', null]]);
    expect(of('Canada committed C$15 million over three years to a fund for young farmers.')).toEqual([
      ['Canada', 'C$15 million over three years to a fund for young farmers', null],
    ]);
    expect(of('The Inter-American Development Bank (IDB) pledged $300 million in loans for ports.')).toEqual([
      ['Inter-American Development Bank', '$300 million in loans for ports', null],
    ]);
  });

  it('a new clause with its own subject ends the pledge and may open the next', () => {
    expect(of('Chile pledged $5 million for the fund, and Peru took over the chair.')).toEqual([['Chile', '$5 million for the fund', null]]);
    expect(of('Chile pledged $5 million for the fund, and Peru undertook to build a lab.')).toEqual([
      ['Chile', '$5 million for the fund', null],
      ['Peru', 'build a lab', null],
    ]);
  });

  it('an amount inside a short noun phrase opens the object', () => {
    expect(of('Chile announced a new $50 million fund for glaciers.')).toEqual([['Chile', 'a new $50 million fund for glaciers', null]]);
    expect(of('Peru unveiled a 12-point plan for fisheries.')).toEqual([['Peru', 'a 12-point plan for fisheries', 12]]);
    expect(of('Chile announced a package of €2 billion for ports.')).toEqual([['Chile', 'a package of €2 billion for ports', null]]);
    expect(of('Chile announced a plan for ports.')).toEqual([]);
    expect(of('Peru offered condolences to the families.')).toEqual([]);
  });

  it('"announced plans to", "approved <amount>"; not "is to be held" or "the aim is to"', () => {
    expect(of('Chile announced plans to open a lithium institute.')).toEqual([['Chile', 'open a lithium institute', null]]);
    expect(of('The World Bank approved $500 million in financing for ports.')).toEqual([['World Bank', '$500 million in financing for ports', null]]);
    expect(of('The next summit is to be held in Quito.')).toEqual([]);
    expect(of('The aim is to open markets.')).toEqual([]);
    expect(of('Peru approved the new budget.')).toEqual([]);
  });

  it('"X said Y would …": Y pledges', () => {
    expect(of('Boric said Chile would open a consulate in Tacna.')).toEqual([['Chile', 'would open a consulate in Tacna', null]]);
  });

  it('no pledge: "agreed to" a plan or an agenda, "set aside" without an amount, "earmarked" in a passive', () => {
    expect(of('The leaders agreed to hold the next summit in Quito.')).toEqual([]);
    expect(of('The two sides agreed to focus cooperation on mining and energy.')).toEqual([]);
    expect(of('Peru set aside its objections to the text.')).toEqual([]);
    expect(of('The funds earmarked for ports were never spent.')).toEqual([]);
  });
});

describe('commitments: more phrasings of a pledge', () => {
  it.each([
    ['Norway is contributing NOK 500 million to the facility.', [['Norway', 'is contributing NOK 500 million to the facility', null]]],
    ['Saudi Arabia said it will deposit $3 billion in the central bank of Pakistan.', [['Saudi Arabia', 'will deposit $3 billion in the central bank of Pakistan', null]]],
    [
      'The heads of state agreed to launch the common electricity market on January 1, 2025, as well as to finance 12 industrial projects.',
      [
        [null, 'launch the common electricity market on January 1, 2025', null],
        [null, 'finance 12 industrial projects', 12],
      ],
    ],
    ['Indonesia agreed to jointly develop a palm oil research center.', [['Indonesia', 'develop a palm oil research center', null]]],
    ['Azerbaijan would contribute 20 million dollars to the fund, President Aliyev said.', [['Azerbaijan', 'would contribute 20 million dollars to the fund', null]]],
    [
      'Brazil pledged to invest 5 billion reais in border infrastructure over four years, and the bloc committed to finishing a review of its tariff.',
      [
        ['Brazil', 'invest 5 billion reais in border infrastructure over four years', null],
        [null, 'finishing a review of its tariff', null],
      ],
    ],
    [
      'Beijing aims for imports to reach $300 billion by 2024, and it pledged to train up to 10,000 African professionals.',
      [['China', 'train up to 10,000 African professionals', 10000]],
    ],
    ['China will provide 1 billion doses to Africa, of which 600 million will be donated. It will undertake 10 medical projects.', [['China', 'will provide 1 billion doses to Africa', 1000000000], ['China', 'will undertake 10 medical projects', 10]]],
  ])('%s', (sentence, expected) => {
    expect(commitments(`GENEVA, May 2, 2025 (Reuters) - ${sentence}`)).toEqual(expected);
  });

  it('is no pledge: a document, a condition, a forecast', () => {
    for (const sentence of [
      'The Partnership Agreement would create a market of 700 million consumers, officials said.',
      'If talks fail, Azerbaijan would contribute nothing.',
      'China will make a statement on Friday.',
      'The European Union is committing to dialogue.',
    ]) {
      expect(commitments(`GENEVA, May 2, 2025 (Reuters) - ${sentence}`)).toEqual([]);
    }
  });
});
