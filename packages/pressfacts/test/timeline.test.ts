import { describe, expect, it } from 'vitest';
import { CLAUSE_CUES } from '../src/data/clause-cues.js';
import { NOT_EVENT_BEFORE, TAIL_CUES, TENURES } from '../src/data/timeline-cues.js';
import { chunkRange } from '../src/facts/chunks.js';
import { assembleTimeline } from '../src/facts/timeline.js';
import { periodValue } from '../src/facts/timeline-dates.js';
import { contextOf, release } from './support/context.js';

/** The timeline of a release body, without evidence and provenance. */
function timeline(body: string) {
  return assembleTimeline(contextOf(release(body))).map(({ date, description, place }) => ({ date, description, place }));
}

describe('timeline: vocabulary rows (each example is run)', () => {
  it.each(CLAUSE_CUES.map((r) => [r.example, r.opens] as const))('"%s" opens a clause at "%s"', (example, opens) => {
    const text = release(example);
    const ctx = contextOf(text);
    const sentence = ctx.bodySentences[0]!;
    const chunked = chunkRange(ctx, ctx.header.bodyStart, sentence.norm.end);
    expect(chunked.chunks.length).toBeGreaterThan(1);
    expect(chunked.chunks.slice(1).map((c) => chunked.tokens[c.from]!.value)).toContain(opens);
  });

  it.each(NOT_EVENT_BEFORE.map((r) => [r.example, r.word] as const))('no event date: %s', (example, word) => {
    // No entry is told by the clause of the date the cue marks (that clause would end with it).
    const cued = example.slice(example.indexOf(`${word} `)).replace(/[.,]$/, '').split(',')[0]!;
    expect(timeline(example).filter((t) => t.description.endsWith(cued))).toEqual([]);
  });

  it.each(TAIL_CUES.map((r) => [r.example, r.word] as const))('cuts the tail: %s', (example, word) => {
    const [entry] = timeline(example);
    expect(entry).toBeDefined();
    expect(entry!.description.split(' ')).not.toContain(word);
  });
});

describe('timeline: one clause per date', () => {
  it('keeps the clause of the date, not the whole sentence', () => {
    expect(timeline('The previous meeting took place in Kigali, Rwanda, in June 2022, and Ghana will host the next meeting in 2026.')).toEqual([
      { date: '2022-06', description: 'The previous meeting took place in Kigali, Rwanda, in June 2022', place: 'Kigali' },
      { date: '2026', description: 'Ghana will host the next meeting in 2026', place: null },
    ]);
  });

  it('gives each date of a list of places and years its own phrase', () => {
    expect(timeline('Previous summits took place in Lima in 2016, in Santiago in 2019 and again in Lima in 2023.')).toEqual([
      { date: '2016', description: 'Previous summits took place in Lima in 2016', place: 'Lima' },
      { date: '2019', description: 'in Santiago in 2019', place: 'Santiago' },
      { date: '2023', description: 'again in Lima in 2023', place: 'Lima' },
    ]);
  });

  it('joins a participle to its noun and keeps a relative clause alone', () => {
    expect(timeline('The forum, founded in 2001, meets every two years.')).toEqual([{ date: '2001', description: 'The forum, founded in 2001', place: null }]);
    expect(timeline('Brazil, which takes over the chair on Jan. 1, 2026, will host next year\'s summit.')).toEqual([
      { date: '2026', description: "Brazil will host next year's summit", place: null },
      { date: '2026-01-01', description: 'which takes over the chair on Jan. 1, 2026', place: null },
    ]);
    expect(timeline('Ms Lee, who has led the agency since 2019, will retire.').map((t) => t.description)).toEqual(['who has led the agency since 2019']);
  });

  it('reads a leading date phrase with its main clause', () => {
    expect(timeline('In 2020, Chile proposed the mechanism.')).toEqual([{ date: '2020', description: 'In 2020, Chile proposed the mechanism', place: null }]);
    expect(timeline('On the morning of April 30, President Boric held talks with President Boluarte in Lima.')).toEqual([
      { date: '2025-04-30', description: 'President Boric held talks with President Boluarte in Lima', place: 'Lima' },
    ]);
  });

  it('skips quoted dates, deadlines and comparison bases', () => {
    expect(timeline('"We met in 2019 and nothing changed," she said. Aid will reach $5 billion by 2030. Exports were lower than in 2023.')).toEqual([]);
  });

  it('one entry per date, the first clause that reports it, sorted', () => {
    expect(timeline('The bloc expanded in 2023. Ministers met in Lima in 2021. The bloc grew again in 2023.').map((t) => [t.date, t.description])).toEqual([
      ['2021', 'Ministers met in Lima in 2021'],
      ['2023', 'The bloc expanded in 2023'],
    ]);
  });

  it('a place is where the clause puts the event, not a government or a title', () => {
    expect(timeline('Since Seoul launched the forum in 2006, trade has grown.')[0]!.place).toBeNull();
    expect(timeline('Xi is paying a state visit to Serbia from May 7 to 8.')[0]!.place).toBe('Serbia');
  });

  it('a year written into a name defers to the precise date of the same event', () => {
    expect(timeline('The 2025 Summit of the Andes Forum, held in Lima from March 4 to 6, closed.').map((t) => t.date)).toEqual(['2025-03-04']);
  });
});

describe('timeline: periodValue', () => {
  it('a day range is its first day; a month range the year; a year range nothing', () => {
    expect(periodValue({ value: '2024-11-18', endValue: '2024-11-19', precision: 'day' })).toBe('2024-11-18');
    expect(periodValue({ value: '2025-07', endValue: '2025-09', precision: 'month' })).toBe('2025');
    expect(periodValue({ value: '2025', endValue: '2026', precision: 'year' })).toBeNull();
  });
});

describe('timeline: evidence', () => {
  it('holds the date and the clause, both slicing the input', () => {
    const text = release('The previous meeting took place in Kigali, Rwanda, in June 2022, and Ghana will host the next one.');
    const [entry] = assembleTimeline(contextOf(text));
    expect(entry!.evidence.map((s) => s.text)).toEqual(['The previous meeting took place in Kigali, Rwanda, in June 2022', 'June 2022']);
    for (const s of entry!.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('timeline: dates that are no events', () => {
  it('a year inside an agreement title is not when anything happened', () => {
    expect(timeline('Its 2040 Strategy for the Andes was adopted in Lima in July 2022.').map((t) => t.date)).toEqual(['2022-07']);
  });
});

describe('timeline: a gathering named by its city', () => {
  it('"the Lisbon summit in 2023" met in Lisbon; a declaration named after a city is no place', () => {
    expect(timeline('The leaders built on the Lisbon summit in 2023.').map((t) => [t.date, t.place])).toEqual([['2023', 'Lisbon']]);
    expect(timeline('They recalled the Lisbon Declaration of 2019.').map((t) => t.place)).not.toContain('Lisbon');
  });
});

describe('timeline: the clause an annotator reads', () => {
  const cases: [string, string, string, string | null][] = [
    // A relative clause about a gathering is told with the gathering.
    ['Ministers praised the two-day meeting, which opened on 14 March 2025 in Lima.', '2025-03-14', 'the two-day meeting, which opened on 14 March 2025 in Lima', 'Lima'],
    ['Leaders flew to the NATO Summit in Washington, D.C., which ran from July 9 to 11, 2024.', '2024-07-09', 'the NATO Summit in Washington, D.C., which ran from July 9 to 11, 2024', 'Washington'],
    ['Reporters covered the 53rd Pacific Islands Forum Leaders Meeting, which runs Aug. 26-30, 2024 in the Tongan capital.', '2024-08-26', 'the 53rd Pacific Islands Forum Leaders Meeting, which runs Aug. 26-30, 2024 in the Tongan capital', "Nuku'alofa"],
    // ... a relative clause about a thing is not.
    ['The kit goes to the Baltic Congress Hall in Gdańsk, Poland, which will use it for a forum in December 2025.', '2025-12', 'which will use it for a forum in December 2025', null],
    // A subject with its participle phrase; a leading "Since" phrase; a subject with a preposition.
    ['The summit, held every two years, last met in Djerba, Tunisia, in November 2022.', '2022-11', 'The summit, held every two years, last met in Djerba, Tunisia, in November 2022', 'Djerba'],
    ['Since 2022, the leaders have met regularly.', '2022', 'Since 2022, the leaders have met regularly', null],
    ['Negotiations between the two blocs began in 1999.', '1999', 'Negotiations between the two blocs began in 1999', null],
    // A place name the tagger reads as a verb does not end the clause.
    ['Leaders last met in Rarotonga, Cook Islands, in November 2023.', '2023-11', 'Leaders last met in Rarotonga, Cook Islands, in November 2023', 'Rarotonga'],
    // A leading participle phrase is told alone, not with the list of the main clause.
    ['Founded in Abu Dhabi in May 1981, the GCC groups Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.', '1981-05', 'Founded in Abu Dhabi in May 1981', 'Abu Dhabi'],
    // A bare date after a place closes the clause before it; the city right before it is the place.
    ['The text was adopted at the Ninth Tokyo International Conference on African Development, Yokohama, 20-22 August 2025.', '2025-08-20', 'The text was adopted at the Ninth Tokyo International Conference on African Development, Yokohama, 20-22 August 2025', 'Yokohama'],
    // A long name whose words the tagger reads as verbs keeps its head.
    ['The 11th Summit of the Council of Heads of State of the Organization of Turkic States, held in Bishkek on 6 November 2024, closed.', '2024-11-06', 'The 11th Summit of the Council of Heads of State of the Organization of Turkic States, held in Bishkek on 6 November 2024', 'Bishkek'],
    // Towns no vocabulary knows, and a region.
    ['Italy last hosted the annual summit in 2017 in Taormina, Sicily.', '2017', 'Italy last hosted the annual summit in 2017 in Taormina', 'Taormina'],
    ['Azerbaijan will host the 12th summit in Gabala in 2026.', '2026', 'Azerbaijan will host the 12th summit in Gabala in 2026', 'Gabala'],
    ['We agree that the next conference will be held in 2028 in Africa.', '2028', 'the next conference will be held in 2028 in Africa', 'Africa'],
    ['The committee was set up in 2015 in Parliament.', '2015', 'The committee was set up in 2015 in Parliament', null],
    // A participle after a noun governed by an earlier verb starts the clause at the noun; after "and" it joins no noun.
    ['Summit recalled the decisions of its 43rd Ordinary Summit held in Luanda, Angola, on 17 August 2023.', '2023-08-17', 'its 43rd Ordinary Summit held in Luanda, Angola, on 17 August 2023', 'Luanda'],
    ['The treaty was signed in Astana on May 29, 2014, and entered into force on January 1, 2015.', '2015-01-01', 'entered into force on January 1, 2015', null],
    ['Delegates praised the two-day gathering that opened on 11 October 2026 in Baku.', '2026-10-11', 'the two-day gathering that opened on 11 October 2026 in Baku', 'Baku'],
    ['Leaders of the French-speaking world closed the summit in Paris on 5 October 2024.', '2024-10-05', 'Leaders of the French-speaking world closed the summit in Paris on 5 October 2024', 'Paris'],
    // A leading date phrase reads on over phrases to its main clause; a tail word before the main clause cuts nothing.
    ['On 14 December 2024, on the sidelines of the preparatory meetings, Nigeria and Senegal signed a maritime accord.', '2024-12-14', 'On 14 December 2024, on the sidelines of the preparatory meetings, Nigeria and Senegal signed a maritime accord', null],
    ['In 2020, amid the pandemic, the leaders met online.', '2020', 'In 2020, amid the pandemic, the leaders met online', null],
    // After a relative clause, a verb the tagger reads as a participle is the main one.
    ['Talks, which began on 28 April 2025, ended on 30 April 2025 with a joint statement.', '2025-04-30', 'Talks ended on 30 April 2025 with a joint statement', null],
    // A venue when the clause names no town; a plural gathering keeps its noun.
    ['The council met at the Grand Kremlin Palace on 8 May 2024.', '2024-05-08', 'The council met at the Grand Kremlin Palace on 8 May 2024', 'Grand Kremlin Palace'],
    ['Leaders attended the 44th and 45th ASEAN Summits, which opened in Vientiane on 9 October 2024.', '2024-10-09', 'the 44th and 45th ASEAN Summits, which opened in Vientiane on 9 October 2024', 'Vientiane'],
  ];
  it.each(cases)('%s', (sentence, date, description, place) => {
    expect(timeline(sentence).find((t) => t.date === date)).toEqual({ date, description, place });
  });

  it('every gathering noun row keeps its noun in the description', async () => {
    const { GATHERING_NOUNS } = await import('../src/data/timeline-cues.js');
    for (const row of GATHERING_NOUNS) {
      const entry = timeline(row.example).find((t) => t.description.includes('which'));
      expect(entry?.description.toLowerCase().split(/[\s,]+/), row.example).toContain(row.word);
    }
  });
});

describe('timeline: an office held for the year is no event', () => {
  it.each(TENURES.map((r) => [r.verb, r.example]))('%s: %s', (_verb, example) => {
    expect(timeline(example).map((t) => t.date)).not.toContain('2025');
  });
  it('also with a long name of the body between the office and the year', () => {
    expect(timeline('Prime Minister Sonexay Siphandone, who holds the rotating chair of the Association of Southeast Asian Nations (ASEAN) this year, presided.')).toEqual([]);
  });
  it('taking over an office, or a new clause after it, is one', () => {
    expect(timeline('Kenya took over the chair in 2023.').map((t) => t.date)).toEqual(['2023']);
    expect(timeline("Canada holds the next presidency and will host next year's summit in Kananaskis, Alberta.").map((t) => [t.date, t.place])).toEqual([['2026', 'Kananaskis']]);
  });
});
