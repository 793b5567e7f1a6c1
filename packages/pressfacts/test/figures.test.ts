import { describe, expect, it } from 'vitest';
import { COUNT_FILLERS, LANGUAGE_HEADS, NOT_COUNTED_NOUNS } from '../src/data/count-nouns.js';
import { SHARED_CURRENCIES } from '../src/data/currency-by-country.js';
import { ALLOCATION_VERBS, CHANGE_PASSIVES, COUNT_CONTAINERS, GENERIC_MEASURE_NOUNS, MEASURE_VERBS, PARTICIPLE_ADJECTIVES, SHARE_VERBS } from '../src/data/figure-cues.js';
import { assembleFigures } from '../src/facts/figures.js';
import { contextOf, release } from './support/context.js';

/** The figures of a release body, without evidence and provenance. */
function figures(body: string, whole = false) {
  return assembleFigures(contextOf(whole ? body : release(body))).map(({ value, unit, comparator, subject, period }) => ({ value, unit, comparator, subject, period }));
}

describe('figures: vocabulary rows (each example is run)', () => {
  it.each([...MEASURE_VERBS, ...GENERIC_MEASURE_NOUNS, ...ALLOCATION_VERBS, ...CHANGE_PASSIVES, ...SHARE_VERBS, ...PARTICIPLE_ADJECTIVES].map((r) => [r.example, r.subject] as const))('%s → subject %s', (example, subject) => {
    const subjects = figures(example).map((f) => f.subject);
    expect(subjects[0]).toBe(subject);
  });

  it.each(COUNT_CONTAINERS.map((r) => [r.example, r.subject] as const))('a count is the size of: %s → %s', (example, subject) => {
    expect(figures(example).map((f) => f.subject)).toEqual([subject]);
  });

  it('a noun before "of" that holds no count is no subject', () => {
    expect(figures('The two sides oversaw the exchange of 28 cooperation documents.').map((f) => [f.unit, f.subject])).toEqual([['cooperation documents', null]]);
  });

  it.each(NOT_COUNTED_NOUNS.map((r) => r.example))('no figure: %s', (example) => {
    expect(figures(example)).toEqual([]);
  });

  it.each(LANGUAGE_HEADS.map((r) => [r.example, r.unit] as const))('a language stays in the unit: %s → %s', (example, unit) => {
    expect(figures(example).map((f) => f.unit)).toEqual([unit]);
  });

  it('a place adjective is no part of the unit', () => {
    expect(figures('Delegations came from 53 African countries.').map((f) => f.unit)).toEqual(['countries']);
  });

  it('a bare number in a sentence about "the number of X" counts X, in that clause only', () => {
    expect(figures('The number of Portuguese speakers is put at 260 million, up from 250 million in 2020.').map((f) => [f.value, f.unit, f.period])).toEqual([
      [260_000_000, 'Portuguese speakers', null],
      [250_000_000, 'Portuguese speakers', '2020'],
    ]);
    expect(figures('The number of visitors rose to 12,000 in 2024.').map((f) => [f.value, f.unit])).toEqual([[12_000, 'visitors']]);
    expect(figures('The number of members is 27 and trade reached 500 in 2024.').map((f) => [f.value, f.unit])).toEqual([[27, 'members']]);
    expect(figures('The number of members grew in 2024.')).toEqual([]);
  });

  it('drops filler words before the counted noun', () => {
    expect(COUNT_FILLERS.has('other')).toBe(true);
    expect(figures('They adopted more than 20 other outcome documents.')).toEqual([
      { value: 20, unit: 'outcome documents', comparator: 'gt', subject: null, period: null },
    ]);
  });

  it.each(SHARED_CURRENCIES.map((r) => [r.example, r.code] as const))('shared currency: %s → %s', (example, code) => {
    expect(figures(example, true).map((f) => f.unit)).toEqual([code]);
  });
});

describe('figures: subjects', () => {
  it('reads the noun before "of", the share after "of" and a figure used as a modifier', () => {
    expect(figures('Exporters already pay U.S. duties of up to 49%, and a 10% baseline tariff applies. Some 90 percent of respondents agreed.')).toEqual([
      { value: 49, unit: 'percent', comparator: 'lte', subject: 'U.S. duties', period: null },
      { value: 10, unit: 'percent', comparator: 'eq', subject: 'baseline tariff', period: null },
      { value: 90, unit: 'percent', comparator: 'approx', subject: 'respondents', period: null },
    ]);
  });

  it('a share of a total is about the part (the clause subject)', () => {
    expect(figures('Intra-regional trade remains below 15 percent of the region\'s total.')[0]!.subject).toBe('Intra-regional trade');
  });

  it('an object raised by a figure, and the phrase after a figure an agent provides', () => {
    expect(figures('The reforms could raise the lending capacity of development banks by more than 30 percent.')[0]).toMatchObject({
      subject: 'lending capacity of development banks',
      comparator: 'gt',
    });
    expect(figures('Japan will provide about $14 billion in export financing to Kenyan firms.')[0]!.subject).toBe('export financing');
    expect(figures('The United States would provide $1.5 billion for Ukraine\'s energy sector, humanitarian needs and civilian security.')[0]!.subject).toBe(
      "Ukraine's energy sector, humanitarian needs and civilian security",
    );
  });

  it('parallel figures after a verb share its subject; a place after a figure is no subject', () => {
    expect(figures('A starter kit, including one console and a case, is priced at $4,990 in the United States, €4,590 in the euro area and NOK 52,900 in Norway.').map((f) => [f.unit, f.subject])).toEqual([
      ['USD', 'starter kit'],
      ['EUR', 'starter kit'],
      ['NOK', 'starter kit'],
    ]);
  });

  it('a change before "to" is no subject: "rose 12 percent to $4.2 billion" measures exports', () => {
    expect(figures('Exports rose 12 percent to $4.2 billion.').map((f) => [f.value, f.subject])).toEqual([
      [12, 'Exports'],
      [4_200_000_000, 'Exports'],
    ]);
    expect(figures('The plan will raise the capacity of ports by 30 percent.').map((f) => f.subject)).not.toContain('30 percent');
  });

  it('a figure in apposition to a change takes the clause subject', () => {
    expect(figures('Imports during the quarter reached $16 billion, up 15 percent from $14 billion a year earlier.').map((f) => f.subject)).toEqual(['Imports', 'Imports', 'Imports']);
  });

  it('counts have a subject only when the sentence gives one', () => {
    expect(figures('The Alliance, which had drawn the backing of 82 countries, opened. Delegations from 92 countries gathered at the resort.')).toEqual([
      { value: 82, unit: 'countries', comparator: 'eq', subject: 'Alliance', period: null },
      { value: 92, unit: 'countries', comparator: 'eq', subject: null, period: null },
    ]);
  });
});

describe('figures: units, ranges, comparators, periods', () => {
  it('reads multi-word counted nouns and the noun of "N of the M Xs" and "N of them"', () => {
    expect(figures('The 21 member economies met; 23 of the 32 Allies paid, 48 African countries came, 25 of them led by presidents.').map((f) => [f.value, f.unit])).toEqual([
      [21, 'member economies'],
      [23, 'Allies'],
      [32, 'Allies'],
      [48, 'countries'],
      [25, 'countries'],
    ]);
    expect(figures('More than 50 heads of state and government were present.')[0]).toMatchObject({ unit: 'heads of state and government', comparator: 'gt' });
  });

  it('small counts, years, durations and compound modifiers are no figures', () => {
    expect(figures('Five nations signed the 1967 text, a 10-year pact, after 50 years of ties.')).toEqual([]);
  });

  it('comparators the conventions list: at least/no less than gte, less than/under/below lt, almost/around approx', () => {
    const of = (body: string) => figures(body).map((f) => f.comparator);
    expect(of('Trade reached at least $5 billion.')).toEqual(['gte']);
    expect(of('Trade grew to no less than $8 billion.')).toEqual(['gte']);
    expect(of('Trade fell to less than $2 billion.')).toEqual(['lt']);
    expect(of('Exports were under $1 billion, below 5 percent of output.')).toEqual(['lt', 'lt']);
    expect(of('Investment stood at almost $3 billion, around 20 percent of output.')).toEqual(['approx', 'approx']);
    expect(of('Investment stood at $3 billion.')).toEqual(['eq']);
  });

  it('a range is two figures, low end gte and high end lte', () => {
    expect(figures('The gap is estimated at $68bn to $108bn a year, and growth will be between 5 and 6 per cent.')).toEqual([
      { value: 68e9, unit: 'USD', comparator: 'gte', subject: 'gap', period: null },
      { value: 108e9, unit: 'USD', comparator: 'lte', subject: 'gap', period: null },
      { value: 5, unit: 'percent', comparator: 'gte', subject: 'growth', period: null },
      { value: 6, unit: 'percent', comparator: 'lte', subject: 'growth', period: null },
    ]);
  });

  it('a minimum bounds a figure; the base of a change is not "more than"', () => {
    expect(figures('Allies pledged a minimum baseline of €40 billion in military support.')[0]).toMatchObject({ comparator: 'gte', subject: 'military support' });
    expect(figures('Exports were $7.6 billion, an increase of 4.5 percent over $7.3 billion in 2024.')[2]).toMatchObject({ value: 7.3e9, comparator: 'eq', period: '2024' });
    // Each bound word in any case, and only as a whole word ("capital of" is no cap).
    expect(figures('Members agreed a CEILING of $5 billion on spending.')[0]).toMatchObject({ value: 5e9, comparator: 'lte' });
    expect(figures('The fund keeps a Floor of $2 billion in reserves.')[0]).toMatchObject({ value: 2e9, comparator: 'gte' });
    expect(figures('The capital of $2 billion was paid in.')[0]).toMatchObject({ value: 2e9, comparator: 'eq' });
  });

  it('takes the period after the figure, from an opening date, or from its clause, not from a parenthesis', () => {
    expect(figures('Trade reached $9 billion in 2024.')[0]!.period).toBe('2024');
    expect(figures('In March 2025, exports were $2 billion, while imports rose to $5 billion.').map((f) => f.period)).toEqual(['2025-03', '2025-03']);
    expect(figures('Exports during January-March 2025 amounted to $7 billion.')[0]!.period).toBe('2025');
    expect(figures('The union, which was founded in 2002, has 55 member states.')[0]).toEqual({ value: 55, unit: 'member states', comparator: 'eq', subject: null, period: null });
    expect(figures('Aid will rise to $10 billion by 2030 and will include about $14 billion in loans.').map((f) => f.period)).toEqual(['2030', null]);
  });

  it('lists a figure the headline repeats once, with the body reading', () => {
    const text = 'Leaders back $50bn loan for Ukraine\n\nGENEVA, May 2, 2025 (Reuters) - Leaders agreed to provide about $50bn in loans to Ukraine.';
    expect(figures(text, true)).toEqual([{ value: 50e9, unit: 'USD', comparator: 'approx', subject: 'loans to Ukraine', period: null }]);
  });
});

describe('figures: evidence', () => {
  it('points at the figure as written, once per mention merged', () => {
    const text = release('The 21 member economies met in Lima. The 21 member economies signed.');
    const [figure] = assembleFigures(contextOf(text));
    expect(figure!.evidence.map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['21', '21'],
      ['21', '21'],
    ]);
    expect(figure!.provenance).toEqual({ rule: 'figures/count', confidence: expect.any(Number) });
  });
});

describe('figures: subjects with a set, a participle or a qualifier', () => {
  it('"between the two regions" and "among them" stay with the subject; a year does not', () => {
    expect(figures('Trade between the two regions reached €88bn in 2023.').map((f) => f.subject)).toEqual(['Trade between the two regions']);
    expect(figures('Trade among them was estimated at over $40 billion.').map((f) => f.subject)).toEqual(['Trade among them']);
    expect(figures('Exports during 2024 reached $9 billion.').map((f) => f.subject)).toEqual(['Exports']);
  });

  it('a participle inside the subject is no verb of the clause', () => {
    expect(figures('Regional trade linked to the two ports was worth nearly $9 billion in 2023, officials said.').map((f) => f.subject)).toEqual([
      'Regional trade linked to the two ports',
    ]);
  });

  it('"grew by an estimated 3.2 per cent": the qualifier is no verb', () => {
    expect(figures('Andean economies grew by an estimated 3.2 per cent in 2024.').map((f) => [f.subject, f.comparator])).toEqual([['Andean economies', 'approx']]);
  });

  it('a day in the possessive is no part of what is counted', () => {
    expect(figures("Ministers will join Monday's plenary session, which will bring together delegations from 40 countries.").map((f) => f.subject)).toEqual([
      'plenary session',
    ]);
  });
});

describe('figures: percent ranges in one quantity, raising verbs, values', () => {
  it('"5-6%" and "10 to 15 per cent" are two figures', () => {
    expect(figures('Trade grew 5-6% in 2023.').map((f) => [f.value, f.comparator, f.subject])).toEqual([
      [5, 'gte', 'Trade'],
      [6, 'lte', 'Trade'],
    ]);
    expect(figures('Tariffs fell 10 to 15 per cent.').map((f) => [f.value, f.comparator])).toEqual([
      [10, 'gte'],
      [15, 'lte'],
    ]);
  });

  it('"is expected to be", "is projected to reach": the subject before the verb group', () => {
    expect(figures('Growth is expected to be between 3 and 4 percent.').map((f) => f.subject)).toEqual(['Growth', 'Growth']);
    expect(figures('Exports are projected to reach $9 billion.').map((f) => f.subject)).toEqual(['Exports']);
  });

  it('"trade worth $120 billion", "deals valued at €2bn"', () => {
    expect(figures('Chile is a key partner, with trade worth $120 billion.').map((f) => f.subject)).toEqual(['trade']);
    expect(figures('They signed deals valued at €2bn.').map((f) => f.subject)).toEqual(['deals']);
  });
});

describe('figures: what a pledged amount is for', () => {
  const subjectOf = (body: string) => figures(body).map((f) => [f.value, f.unit, f.subject]);
  it('"to" the recipient, past a duration; "set aside" gives rather than measures', () => {
    expect(subjectOf('Chile will contribute $30 million to the glacier monitoring network.')).toEqual([[30e6, 'USD', 'glacier monitoring network']]);
    expect(subjectOf('Peru committed $15 million over three years to the seed bank.')).toEqual([[15e6, 'USD', 'seed bank']]);
    expect(subjectOf('Peru pledged €4 million a year for the seed bank.')).toEqual([[4e6, 'EUR', 'seed bank']]);
    expect(subjectOf('Chile set aside 2 trillion Colombian pesos for rural roads.')).toEqual([[2e12, 'COP', 'rural roads']]);
  });

  it('no subject from a range\'s other end or a place', () => {
    expect(subjectOf('Aid grew from $1 billion to $2 billion.').map((f) => f[2])).not.toContain('$2 billion');
    expect(subjectOf('Chile will give $5 million to Peru.')).toEqual([[5e6, 'USD', null]]);
  });
});

describe('figures: phrasings of what is measured and when (written for the conventions, not from fixtures)', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.subject, f.period]);

  it('change verbs in every form measure the clause subject', () => {
    expect(read('Inflation eased to 3.1% in April 2025.')).toEqual([[3.1, 'Inflation', '2025-04']]);
    expect(read('Bilateral trade has grown to more than $30 billion a year.')).toEqual([[30e9, 'Bilateral trade', null]]);
    expect(read('Tourist spending soared 40 percent.')).toEqual([[40, 'Tourist spending', null]]);
  });

  it('a passive verb before "to"/"at" measures the clause subject; a bare number is no subject', () => {
    expect(read('GDP growth is forecast at 5 percent.')).toEqual([[5, 'GDP growth', null]]);
    expect(read('This year, the budget was raised to €2.1 billion.')).toEqual([[2.1e9, 'budget', '2025']]);
    expect(read('Growth is put at 5 percent for 2025.').map((f) => f[1])).not.toContain('2025');
  });

  it('a general noun named by a modifier is the subject; a change noun passes to what changes', () => {
    expect(read('The EU announced a Global Gateway investment package of €12 billion for Central Asia.')).toEqual([[12e9, 'Global Gateway investment package', null]]);
    expect(read('The two leaders announced a 15% increase in student exchanges.')).toEqual([[15, 'student exchanges', null]]);
    expect(read('The bloc recorded a 5.2% rise in intra-regional trade in 2024.')).toEqual([[5.2, 'intra-regional trade', '2024']]);
  });

  it('a share of GDP is about the part', () => {
    expect(read('Remittances make up about 20 per cent of Nepal\'s GDP.')).toEqual([[20, 'Remittances', null]]);
    expect(read('Defence spending will rise to 2.5 percent of gross domestic product.')).toEqual([[2.5, 'Defence spending', null]]);
    expect(read('Some 62 per cent of daily French speakers live in Africa.')).toEqual([[62, 'daily French speakers', null]]);
  });

  it('an amount opening its clause is for what the allocation verb sends it to', () => {
    expect(read('Some €300 million will go to health programmes.')).toEqual([[300e6, 'health programmes', null]]);
    expect(read('Of the total, $800 million is earmarked for food security.')).toEqual([[800e6, 'food security', null]]);
    expect(read('Some $300 million will go to Kenya.')).toEqual([[300e6, null, null]]);
  });

  it('a value beside its noun: "the deal, worth …", "pledges amounting to …", "its bill, estimated at …"', () => {
    expect(read('The deal, worth an estimated $2.3 billion, was signed on Tuesday.')).toEqual([[2.3e9, 'deal', null]]);
    expect(read('The summit drew pledges amounting to €6 billion.')).toEqual([[6e9, 'pledges', null]]);
    expect(read('The bloc aims at cutting its food import bill, estimated at $6 billion a year.')).toEqual([[6e9, 'food import bill', null]]);
    expect(read('Firms signed 300 memoranda with partners during the conference, worth over 1.6 trillion yen.').map((f) => f[1])).not.toContain('conference');
  });

  it('a hyphened participle stays in the noun phrase; a measure word the tagger misses still leads to its subject', () => {
    expect(read('The bank set aside 50 billion CFA francs for women-led businesses.')).toEqual([[50e9, 'women-led businesses', null]]);
    expect(read('Pledges so far total nearly US$120m, he said.')).toEqual([[120e6, 'Pledges so far', null]]);
  });

  it('a facility that needs an amount, past a participle phrase about it', () => {
    expect(read('The resilience facility, first proposed by leaders in 2021, needs at least US$500m to be viable.')).toEqual([[500e6, 'resilience facility', null]]);
  });

  it('the parts an "including" lists have their own subjects; parallel places share one', () => {
    expect(read('The EU pledged €12 billion for Central Asia, including €3 billion for the transport corridor.').map((f) => f[1])).toEqual([
      null,
      'transport corridor',
    ]);
    expect(read('A kit is priced at $4,990 in the United States, €4,590 in the euro area and NOK 52,900 in Norway.').map((f) => f[1])).toEqual(['kit', 'kit', 'kit']);
  });

  it('the period after the phrase the figure measures, and after "the first nine months of"', () => {
    expect(read('Exports rose 8 percent in the first nine months of 2025.')).toEqual([[8, 'Exports', '2025']]);
    expect(read('The plan calls for $100 billion a year in climate finance by 2025.')).toEqual([[100e9, 'climate finance', '2025']]);
    expect(figures('France will open 12 new schools in Africa by 2027.').map((f) => f.period)).toEqual([null]);
    expect(read('Exports rose 8 percent, and trade was hit in 2024.').map((f) => f[2])).toEqual([null]);
  });
});

describe('figures: results and rates (central banks, earnings)', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.unit, f.subject]);

  it('a change by an amount to a new level: both measure the object or the passive subject', () => {
    expect(read('The central bank cut the repo rate by 25 basis points to 5.5 percent.')).toEqual([
      [25, 'basis points', 'repo rate'],
      [5.5, 'percent', 'repo rate'],
    ]);
    expect(read('The cash reserve ratio was reduced by 100 basis points to 3 percent.')).toEqual([
      [100, 'basis points', 'cash reserve ratio'],
      [3, 'percent', 'cash reserve ratio'],
    ]);
    expect(read('Employment rose by 150,000 jobs in March.')).toEqual([[150_000, 'jobs', 'Employment']]);
  });

  it('"by" after a passive that is no change is the agent, not a change', () => {
    expect(read('The host was joined by more than 30 heads of state and government.')).toEqual([[30, 'heads of state and government', null]]);
  });

  it('a gerund or a participle before the noun stays in the subject; "came in at"; "of between"', () => {
    expect(read('Operating profit increased to EUR 45 million (EUR 38 million).')).toEqual([
      [45e6, 'EUR', 'Operating profit'],
      [38e6, 'EUR', 'Operating profit'],
    ]);
    expect(read('Orders received totalled EUR 512 million in the first half.')).toEqual([[512e6, 'EUR', 'Orders received']]);
    expect(read('Earnings per share came in at $1.42, beating estimates.')).toEqual([[1.42, 'USD', 'Earnings per share']]);
    expect(read('The company expects full-year revenue of between $2.1 billion and $2.3 billion.')).toEqual([
      [2.1e9, 'USD', 'full-year revenue'],
      [2.3e9, 'USD', 'full-year revenue'],
    ]);
  });
});

describe('figures: subjects around dates, places and coordinated verbs', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.subject, f.period]);

  it('a date or a time ends the phrase after a figure; a place named by a common noun is no subject', () => {
    expect(read('The region attracted $48 billion in FDI last year, up 9 percent on 2023.')).toEqual([
      [48e9, 'FDI', '2024'],
      [9, 'FDI', '2024'],
    ]);
    expect(read('Chinese firms had invested $4 billion in the country.')).toEqual([[4e9, null, null]]);
    expect(read('Revenue was NOK 1.2 billion, compared with NOK 1.0 billion in the same period last year.').map((f) => f[1])).toEqual(['Revenue', 'Revenue']);
  });

  it('a date phrase inside the subject is no part of it; a measure verb the tagger read as a noun', () => {
    expect(read('Trade in January-June totalled $3.4 billion.')).toEqual([[3.4e9, 'Trade', '2025']]);
    expect(read('Revenue in Q3 2025 rose 12 percent.')).toEqual([[12, 'Revenue', '2025']]);
    expect(read('Exports for the year to March 2025 hit $4.1 billion.').map((f) => f[1])).not.toContain('March 2025');
  });

  it('a verb joined by "and" shares the subject of the clause before', () => {
    expect(read('The economy grew 3.2% in 2024 and is expected to expand 3.5% this year.')).toEqual([
      [3.2, 'economy', '2024'],
      [3.5, 'economy', '2025'],
    ]);
  });

  it('"with X hitting …", "crossed the … mark", "make available … for"', () => {
    expect(read('China remained the top partner, with two-way trade hitting $282 billion in 2023.')).toEqual([[282e9, 'two-way trade', '2023']]);
    expect(read('Bilateral trade crossed the $10 billion mark last year.')).toEqual([[10e9, 'Bilateral trade', '2024']]);
    expect(read('The bank will make available up to $2 billion for the program.')).toEqual([[2e9, 'program', null]]);
  });
});

describe('figures: equivalents, changes to a level, purposes and held shares', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.unit, f.comparator, f.subject, f.period]);

  it('an amount in a parenthesis after another has its subject and period', () => {
    expect(read('Summit welcomed the pledge by South Africa of R1 billion (about US$55 million) to the Appeal.')).toEqual([
      [1e9, 'ZAR', 'eq', 'pledge by South Africa', null],
      [55e6, 'USD', 'approx', 'pledge by South Africa', null],
    ]);
    expect(read("China's trade with the members reached 11.5 trillion yuan (about 1.6 trillion U.S. dollars) in 2025.").map((f) => f[4])).toEqual(['2025', '2025']);
  });

  it('a percent "to" a count is a change and a level, no range; the change takes the level\'s period', () => {
    expect(read('Container throughput rose 6.4 per cent to 48.2 million TEU in 2025.')).toEqual([
      [6.4, 'percent', 'eq', 'Container throughput', '2025'],
      [48.2e6, 'TEU', 'eq', 'Container throughput', '2025'],
    ]);
    expect(read('Bilateral trade rose 11% to €3.1 billion (approximately ₹28,000 crore) in 2024.').map((f) => f[4])).toEqual(['2024', '2024', '2024']);
  });

  it('a modified noun keeps the purpose after "for", past an equivalent in a parenthesis', () => {
    expect(read('Nigeria pledged a ₦800 billion ($520 million) fund for the activation of the Standby Force.').map((f) => f[3])).toEqual([
      'fund for the activation of the Standby Force',
      'fund for the activation of the Standby Force',
    ]);
    expect(read('They signed a Letter of Intent on a €50 million fund for joint research.').map((f) => f[3])).toEqual(['fund for joint research']);
    expect(read('Leaders endorsed a $200 million fund in 2024.').map((f) => [f[3], f[4]])).toEqual([['fund', '2024']]);
  });

  it('a share held by a named subject measures the subject, also when the tagger reads the verb as a noun', () => {
    expect(read('Mottley said the Caribbean accounts for less than 1 per cent of global emissions.').map((f) => f[3])).toEqual(['Caribbean']);
    expect(read('Their combined economies account for over 40 percent of global GDP.').map((f) => f[3])).toEqual(['combined economies']);
    expect(read('Some 90 percent of respondents agreed.').map((f) => f[3])).toEqual(['respondents']);
  });

  it('a count reached by a measure verb measures the clause subject, unless it is "the number of X" itself', () => {
    expect(read('The number of Portuguese speakers is put at 260 million.').map((f) => f[3])).toEqual([null]);
  });

  it('a date that says when by itself, right after the phrase; not after "within the"', () => {
    expect(read('Portugal recorded more than 110,000 tourist arrivals from India last year.').map((f) => f[4])).toEqual(['2024']);
    expect(read('Allies pledged €40 billion in military support within the next year.').map((f) => f[4])).toEqual([null]);
  });
});

describe('figures: held shares in a list, nouns the tagger reads as verbs', () => {
  const subjects = (body: string) => figures(body).map((f) => f.subject);

  it('the second share after "accounts for … and" is held by the same subject', () => {
    expect(subjects('The G20 accounts for around 85% of global GDP and over 75% of world trade.')).toEqual(['G20', 'G20']);
    expect(subjects('Some 90 percent of respondents and 80 percent of firms agreed.')).toEqual(['respondents', 'firms']);
  });

  it('"developing" and "needs" inside a noun phrase are no verbs; a gerund with an object still is', () => {
    expect(subjects('It puts the climate finance needs of developing countries at between $5.8 trillion and $5.9 trillion.')).toEqual([
      'climate finance needs of developing countries',
      'climate finance needs of developing countries',
    ]);
    expect(subjects('They set a target of doubling trade to €6 billion by 2030.')).toEqual(['trade']);
  });
});

describe('figures: counted nouns, stock days and general nouns that are the object', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.unit, f.subject, f.period]);

  it('a bare number a plural noun leads to counts that noun, with no subject', () => {
    expect(read('Ship calls across the network exceeded 31,000.')).toEqual([[31_000, 'Ship calls', null, null]]);
    expect(read('Laos recorded tourist arrivals of 1.2 million last year.')).toEqual([[1.2e6, 'tourist arrivals', null, '2024']]);
    expect(read('Trade reached 500 in 2024.')).toEqual([]);
  });

  it('parts after "of which" count the noun before; "of" joins only a singular common noun; "and" a plural one', () => {
    expect(read('China will provide 1 billion doses of COVID-19 vaccines, of which 600 million will be donated and 400 million produced jointly.')).toEqual([
      [1e9, 'doses', null, null],
      [600e6, 'doses', null, null],
      [400e6, 'doses', null, null],
    ]);
    expect(read('China pledges 1 billion vaccine doses and new financing package.').map((f) => f[1])).toEqual(['vaccine doses']);
    expect(read('It will undertake 10 medical and health projects.').map((f) => f[1])).toEqual(['medical and health projects']);
  });

  it('a stock counted by a day has that day as period; an event day does not', () => {
    expect(read('Only US$1.1 billion had been mobilised by 15 August 2024.').map((f) => f[3])).toEqual(['2024-08-15']);
    expect(read('On 15 August 2024 the fund approved $300 million in grants.').map((f) => f[3])).toEqual([null]);
  });

  it('a general noun that is the object of a verb, or holds the figure, is the subject', () => {
    expect(read('China will encourage its companies to make investment of at least $10 billion in Africa.').map((f) => f[2])).toEqual(['investment']);
    expect(read('Investment of $15.6 billion is needed for the highway.').map((f) => f[2])).toEqual(['Investment']);
    expect(read('The ministers agreed to raise the target to 3.5% of GDP by 2035.').map((f) => f[2])).toEqual(['target']);
  });

  it('an acronym in a parenthesis names the noun a relative clause hangs on; no subject from inside a parenthesis', () => {
    expect(read('They heard the report on the SADC Mission in the Democratic Republic of Congo (SAMIDRC), which has deployed some 2,900 troops.').map((f) => f[2])).toEqual(['SAMIDRC']);
    expect(read('Meridian Ports Group N.V. (Euronext: MPG), which operates 24 container terminals, reported results.').map((f) => f[2])).toEqual([null]);
    expect(read('The group will install shore power at 12 berths.').map((f) => f[2])).toEqual([null]);
  });

  it('"seeks", a participle with its date out of the subject; "in" what a phrase is of', () => {
    expect(read('The Regional Humanitarian Appeal launched on 26 May 2024 seeks US$5.5 billion.').map((f) => f[2])).toEqual(['Regional Humanitarian Appeal']);
    expect(read('Singapore is a top partner, with €97 billion in annual trade in goods and services.').map((f) => f[2])).toEqual(['annual trade in goods and services']);
    expect(read('China will give 50 billion yuan in grants to developing countries.').map((f) => f[2])).toEqual(['grants']);
  });
});

describe('figures: passives for a purpose, parts of an amount, headline counts', () => {
  const subjects = (body: string, whole = false) => figures(body, whole).map((f) => f.subject);

  it('an amount announced "for" a purpose; a part of an amount sent somewhere', () => {
    expect(subjects("A further €2 billion was announced for Ukraine's reconstruction.")).toEqual(["Ukraine's reconstruction"]);
    expect(subjects('Nearly half of the $10 billion will go to renewable energy.')).toEqual(['renewable energy']);
    expect(subjects('A further €2 billion was announced for Kenya.')).toEqual([null]);
  });

  it('a participle after a possessive stays in the subject', () => {
    expect(subjects("The bloc's combined economies are worth $28 trillion.")).toEqual(["bloc's combined economies"]);
  });

  it('a headline count is the body count with a longer counted noun', () => {
    const text = 'China pledges 1 billion vaccine doses\n\nGENEVA, May 2, 2025 (Reuters) - China will provide 1 billion doses of COVID-19 vaccines to Africa.';
    expect(figures(text, true).map((f) => [f.value, f.unit])).toEqual([[1e9, 'doses']]);
  });
});

describe('figures: a date after the counted noun, a fraction of a point, a name inside the holder', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.unit, f.subject, f.period]);

  it('the counted noun ends where a date begins', () => {
    expect(read('The city welcomed a record 5.6 million visitors last year.')).toEqual([[5.6e6, 'visitors', null, '2024']]);
  });

  it('"by a quarter point to 4 percent" is a change then the level', () => {
    expect(read('The ECB raised rates by a quarter point to 4 percent.')).toEqual([[4, 'percent', 'rates', null]]);
  });

  it('a holder written with a name after a preposition keeps all of it', () => {
    expect(read('Exports to the EU account for 35 percent of total exports.')).toEqual([[35, 'percent', 'Exports to the EU', null]]);
  });
});

describe('figures: periods after "for", from "the year to", through a change to a level', () => {
  const periods = (body: string) => figures(body).map((f) => f.period);

  it('a year after "for" in the clause, or a whole opening "For 2026,"; not a year counting a noun', () => {
    expect(periods('GDP growth is forecast at 5 percent for 2025.')).toEqual(['2025']);
    expect(periods('For 2026, the group expects capital expenditure of EUR 1.4bn to EUR 1.6bn.')).toEqual(['2026', '2026']);
    expect(periods("The group's revenue for 2024 was $2.1 billion.")).toEqual(['2024']);
    expect(periods('The fund set aside US$5 million for 2024 participants.')).toEqual([null]);
  });

  it('"In the year to June 2025," opens the sentence; "year-on-year to" joins a change to its level', () => {
    expect(periods('In the year to June 2025, inflation averaged 3 percent.')).toEqual(['2025-06']);
    expect(periods('Exports grew 9 per cent year-on-year to $3.2 billion in the July-September period.')).toEqual(['2025', '2025']);
  });

  it('"this year\'s" or "last year\'s" says when, not what', () => {
    expect(figures("This year's budget of €1.2 billion was approved.").map((f) => [f.subject, f.period])).toEqual([['budget', '2025']]);
  });
});

describe('figures: comparators from verbs and "as … as"', () => {
  const read = (body: string) => figures(body).map((f) => [f.comparator, f.subject]);

  it('"will exceed" is gt; "as high as", "as much as" are lte; "in excess of" is a qualifier', () => {
    expect(read('The fund will exceed $10 billion.')).toEqual([['gt', 'fund']]);
    expect(read('Tariffs will rise to as high as 50 percent.')).toEqual([['lte', 'Tariffs']]);
    expect(read('Investment could reach as much as $30 billion.')).toEqual([['lte', 'Investment']]);
    expect(read('The deal is worth in excess of $4 billion.')).toEqual([['gt', 'deal']]);
  });
});

describe('figures: "worth of", spending "on", "respectively", amounts as antecedents', () => {
  const read = (body: string) => figures(body).map((f) => [f.value, f.comparator, f.subject]);

  it('"$5 billion worth of deals", "spend to the tune of $3 billion on roads"', () => {
    expect(read('The two countries signed $5 billion worth of deals.')).toEqual([[5e9, 'eq', 'deals']]);
    expect(read('The government will spend to the tune of $3 billion on roads.')).toEqual([[3e9, 'eq', 'roads']]);
    expect(read('China lent $3 billion on easy terms.')).toEqual([[3e9, 'eq', null]]);
  });

  it('"and" joins a range only after "between"', () => {
    expect(read('Exports and imports rose 5% and 7%, respectively.').map((f) => f[1])).toEqual(['eq', 'eq']);
    expect(read('Growth will be between 5 and 6 per cent.').map((f) => f[1])).toEqual(['gte', 'lte']);
  });

  it('an amount is no noun a relative clause hangs on', () => {
    expect(read('The EU mobilised €3.5 billion, of which €1 billion came from the budget.').map((f) => f[2])).toEqual([null, null]);
  });
});

describe('figures: rates and reductions are general nouns', () => {
  it('"at an annual rate of 7 percent" measures the clause subject; "a 20 percent reduction in X" measures X', () => {
    expect(figures('Exports grew at an annual rate of 7 percent.').map((f) => f.subject)).toEqual(['Exports']);
    expect(figures('Leaders agreed a 20 percent reduction in emissions.').map((f) => f.subject)).toEqual(['emissions']);
    expect(figures('The loan carries an interest rate of 1.5 percent.').map((f) => f.subject)).toEqual(['interest rate']);
  });
});

describe('figures: period forms, periods across joined clauses, joined clauses and steady objects', () => {
  const read = (body: string) => figures(body).map((f) => [f.subject, f.period]);

  it('a period written "H1 2025", "fiscal 2024", "FY 2024", "end-2024", "the end of 2024"', () => {
    expect(read('Revenue rose 8% in H1 2025 to $3.2 billion.')).toEqual([
      ['Revenue', '2025'],
      ['Revenue', '2025'],
    ]);
    expect(read('Foreign reserves stood at $45 billion at end-2024.')).toEqual([['Foreign reserves', '2024']]);
    expect(read('Reserves stood at $40 billion at the end of 2024.')).toEqual([['Reserves', '2024']]);
    expect(read('Revenue in FY 2024 was $2 billion.')).toEqual([['Revenue', '2024']]);
    expect(read('Tax receipts reached $9 billion in fiscal 2024.')).toEqual([['Tax receipts', '2024']]);
  });

  it('a sentence opened by "In the first half of 2025,", "In fiscal 2024,", "For the full year 2024,"', () => {
    expect(read('In the first half of 2025, exports rose 7 percent.')).toEqual([['exports', '2025']]);
    expect(read('During the first quarter of 2024, retail sales rose 5.5 percent.')).toEqual([['retail sales', '2024']]);
    expect(read('In fiscal 2024, revenue reached $3 billion.')).toEqual([['revenue', '2024']]);
    expect(read('For the full year 2024, sales reached 1.2 million vehicles.')).toEqual([['sales', '2024']]);
  });

  it('a clause joined after a dated figure in the past shares its date; not a present, a look ahead or a base', () => {
    expect(read('Bilateral trade in 2023 stood at $5.3 billion, and investment reached $800 million.')).toEqual([
      ['Bilateral trade', '2023'],
      ['investment', '2023'],
    ]);
    expect(read('The central bank said inflation averaged 3.4 percent in 2024, while the policy rate stood at 6.5 percent.')).toEqual([
      ['inflation', '2024'],
      ['policy rate', '2024'],
    ]);
    expect(read('Trade reached $5 billion in 2024, and the two sides aim to double it to $10 billion.')[1]).toEqual([null, null]);
    expect(read('Trade reached $8 billion in 2024, and the segment now accounts for 40 percent of sales.')[1]).toEqual(['segment', null]);
    expect(read('Trade reached $8 billion in 2023, while intra-regional trade remains below 15 percent of the total.')[1]?.[1]).toBeNull();
  });

  it('a second clause joined without a comma has its own subject', () => {
    expect(read('The economy grew 5.2 per cent in 2023 while unemployment fell to 5.1 per cent.')).toEqual([
      ['economy', '2023'],
      ['unemployment', '2023'],
    ]);
    expect(read('Scope 1 and 2 emissions fell 11 per cent.')).toEqual([['Scope 1 and 2 emissions', null]]);
  });

  it('an object held "unchanged at", a measure verb the tagger reads as a noun, a year after the subject', () => {
    expect(read('The Bank of Ghana kept its policy rate unchanged at 27 percent.')).toEqual([['policy rate', null]]);
    expect(read("According to a budget document, the organisation's regular fund for 2025 stands at $92.4 million.")).toEqual([["organisation's regular fund", '2025']]);
  });

  it('shares by "amount to"/"equal"; adjectives joined before a noun; money "in capital"; "a total of" qualifies', () => {
    expect(read('Exports of goods and services amounted to 45 percent of output.')).toEqual([['Exports of goods and services', null]]);
    expect(read('Japan pledged $65 billion in public and private investment over five years.')).toEqual([['public and private investment', null]]);
    expect(read('The sovereign fund, with $2 billion in capital, will invest in ports.')).toEqual([['capital', null]]);
    expect(read('A total of $4 billion was raised from investors.')).toEqual([[null, null]]);
    expect(read('They agreed to expand exchanges, with the goal of reaching 40 million visits by 2030.')[0]?.[0]).toBeNull();
  });
});

describe('figures: record levels, totals after "worth", market verbs, a participle of share after a clause', () => {
  const subjects = (body: string) => figures(body).map((f) => f.subject);

  it('"hit a record high of", "fell to a record low of" measure the clause subject', () => {
    expect(subjects('Bilateral trade volume hit a record high of $36 billion.')).toEqual(['Bilateral trade volume']);
    expect(subjects('Unemployment in the bloc fell to a record low of 5.9 percent.')).toEqual(['Unemployment in the bloc']);
  });

  it('"worth a total of" values the noun before, without its count', () => {
    expect(subjects('The two sides signed 25 cooperation agreements worth a total of $4.5 billion.')).toEqual([null, 'cooperation agreements']);
    expect(subjects('Pledges reached a total of $7 billion.')).toEqual(['Pledges']);
  });

  it('"gained", "weakened" and their kin measure their subject', () => {
    expect(subjects('The benchmark index gained 1.5 percent on Friday.')).toEqual(['benchmark index']);
    expect(subjects('The shilling weakened 4 percent against the dollar.')).toEqual(['shilling']);
  });

  it('", accounting for N percent of …" after a clause: the share of that clause subject', () => {
    expect(subjects('The EU remains the largest investor in the region, accounting for 40 percent of FDI stock.')).toEqual(['EU']);
    expect(subjects('Tourism grew strongly, representing 12 percent of GDP.')).toEqual(['Tourism']);
  });
});

describe('figures: objects with what they are of, owners before a participle', () => {
  const subjects = (body: string) => figures(body).map((f) => f.subject);

  it('"raised its forecast for global growth to", "cut the duty on rice to": the object with its phrase', () => {
    expect(subjects('The IMF raised its forecast for global growth to 3.2 percent.')).toEqual(['forecast for global growth']);
    expect(subjects('The government cut the duty on rice to 10 percent.')).toEqual(['duty on rice']);
  });

  it('"The region\'s combined GDP stands at": the owner stays with the participle', () => {
    expect(subjects("The region's combined GDP stands at about $3.6 trillion.")).toEqual(["region's combined GDP"]);
  });
});

describe('figures: a verbless phrase opened by a preposition that opens the sentence dates it', () => {
  const periods = (body: string) => figures(body).map((f) => f.period);

  it('"At the end of 2024,", "As of end-June 2025,", "In the January-June period of 2025,"', () => {
    expect(periods('At the end of 2024, the debt stood at $40 billion.')).toEqual(['2024']);
    expect(periods('As of end-June 2025, reserves stood at $30 billion.')).toEqual(['2025-06']);
    expect(periods('In the January-June period of 2025, trade reached $50 billion.')).toEqual(['2025']);
  });

  it('not a phrase with a verb', () => {
    expect(periods('In a statement issued in 2024, officials said trade reached $50 billion.')).toEqual([null]);
  });
});

describe('figures: the date closing an amount\'s clause', () => {
  it('"$14.9 billion went into Southeast Asia in the first half of 2024"; not a count, not past a comparison', () => {
    expect(figures('Japanese investment of $14.9 billion went into Southeast Asia in the first half of 2024.').map((f) => f.period)).toEqual(['2024']);
    expect(figures('The bank lent $2 billion to small firms across the region in 2024.').map((f) => f.period)).toEqual(['2024']);
    expect(figures('Trade of $5 billion was higher than the level recorded in 2020.').map((f) => f.period)).toEqual([null]);
  });
});

describe('figures: "a year earlier" is the year before the date the sentence gave', () => {
  const periods = (body: string) => figures(body).map((f) => f.period);

  it('shifts a year, a month; no date given, no period', () => {
    expect(periods('Exports totalled $12 billion in 2024, up from $10 billion a year earlier.')).toEqual(['2024', '2023']);
    expect(periods('Revenue rose to $5 billion in 2023 from $4 billion the previous year.')).toEqual(['2023', '2022']);
    expect(periods('In March 2025, inflation eased to 3 percent from 4 percent a year earlier.')).toEqual(['2025-03', '2024-03']);
    expect(periods('Profit fell to $3 billion from $4 billion a year earlier.')).toEqual([null, null]);
  });
});
