import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, findDishonestSpans, validateSummitFacts } from 'pressfacts';

const input = readFileSync(
  fileURLToPath(new URL('../../../fixtures/china-central-asia-summit-2025/input.txt', import.meta.url)),
  'utf8',
);
const facts = extract(input);

describe('golden article: the facts the spec lists', () => {
  it('validates and keeps every span honest', () => {
    expect(validateSummitFacts(facts).valid).toBe(true);
    expect(findDishonestSpans(facts, input)).toEqual([]);
  });

  it('document: publisher, wire, dateline', () => {
    expect(facts.document.publisher).toBe('CGTN');
    expect(facts.document.wire).toBe('GLOBE NEWSWIRE');
    expect(facts.document.dateline).toMatchObject({ place: 'Beijing', date: '2025-06-18' });
    expect(facts.document.headline).toMatch(/^CGTN published an article on the second/);
  });

  it('event: name, edition, date, place, host, recurrence', () => {
    expect(facts.event).toMatchObject({
      name: 'China-Central Asia Summit',
      edition: 2,
      startDate: '2025-06-17',
      endDate: null,
      city: 'Astana',
      country: 'Kazakhstan',
      host: 'Kazakhstan',
      recurrence: { everyYears: 2 },
    });
  });

  it('participants: the six countries, China represented by Xi Jinping', () => {
    expect(facts.participants.map((p) => p.country).sort()).toEqual(
      ['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
    );
    expect(facts.participants.find((p) => p.country === 'China')).toMatchObject({ representative: 'Xi Jinping', role: 'President' });
    expect(facts.participants.find((p) => p.country === 'Uzbekistan')).toMatchObject({ representative: null, role: 'President' });
  });

  it('people with titles and affiliations', () => {
    const byName = Object.fromEntries(facts.people.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['Cui Zheng', 'Sun Weidong', 'Xi Jinping']);
    expect(byName['Xi Jinping']).toMatchObject({ titles: ['President'], country: 'China' });
    expect(byName['Sun Weidong']).toMatchObject({
      titles: ['secretary-general'],
      affiliation: 'Secretariat of the China-Central Asia Mechanism',
    });
    expect(byName['Cui Zheng']).toMatchObject({
      titles: ['director'],
      affiliation: 'Research Center for Russia, Eastern Europe and Central Asian Countries at Liaoning University',
    });
    // Later short mentions ("Xi said") are merged into the full name.
    expect(byName['Xi Jinping']!.evidence.filter((s) => s.text === 'Xi').length).toBeGreaterThanOrEqual(5);
  });

  it('the treaty, signed by the six countries', () => {
    expect(facts.agreements).toHaveLength(1);
    expect(facts.agreements[0]).toMatchObject({
      title: 'Treaty of Permanent Good-Neighborliness and Friendly Cooperation',
      kind: 'treaty',
      action: 'signed',
    });
    expect([...facts.agreements[0]!.parties].sort()).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']);
  });

  it('figures: trade, investment, two poll results', () => {
    const figures = facts.figures.map((f) => [f.value, f.unit, f.comparator, f.period]);
    expect(figures).toEqual(
      expect.arrayContaining([
        [94.8e9, 'USD', 'eq', '2024'],
        [30e9, 'USD', 'gt', null],
        [90, 'percent', 'eq', null],
        [92.4, 'percent', 'eq', null],
      ]),
    );
    expect(facts.figures.find((f) => f.value === 94.8e9)?.subject).toBe('China-Central Asia trade');
    expect(facts.figures.find((f) => f.value === 30e9)?.subject).toContain('cumulative investment');
  });

  it('quotes: the direct one and indirect ones by all three speakers', () => {
    const direct = facts.quotes.filter((q) => q.direct);
    expect(direct).toEqual([
      expect.objectContaining({ speaker: 'Xi Jinping', text: 'It is a milestone for today and a foundation for tomorrow' }),
    ]);
    const indirectSpeakers = new Set(facts.quotes.filter((q) => !q.direct).map((q) => q.speaker));
    expect(indirectSpeakers).toEqual(new Set(['Xi Jinping', 'Sun Weidong', 'Cui Zheng']));
  });

  it('timeline: 2013 to the summit day, sorted', () => {
    expect(facts.timeline.map((t) => t.date)).toEqual(['2013', '2020', '2022', '2023', '2024', '2025-06-17']);
    expect(facts.timeline.find((t) => t.date === '2023')?.place).toBe("Xi'an");
    expect(facts.timeline.find((t) => t.date === '2013')?.place).toBe('Astana');
  });

  it('commitments: three cooperation centers and a platform, by China', () => {
    expect(facts.commitments.map((c) => [c.actor, c.count])).toEqual([
      ['China', 3],
      ['China', null],
    ]);
    expect(facts.commitments[0]!.description).toMatch(/^three cooperation centers focusing on poverty reduction/);
    expect(facts.commitments[1]!.description).toBe('a cooperation platform for smooth trade');
  });

  it('topics: the six cooperation areas', () => {
    expect(facts.topics).toEqual([
      'smooth trade',
      'industrial investment',
      'connectivity',
      'green mining',
      'agricultural modernization',
      'personnel exchanges',
    ]);
  });
});
