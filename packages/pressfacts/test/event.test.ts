import { describe, expect, it } from 'vitest';
import { VISIT_KINDS } from '../src/data/visit-kinds.js';
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

  it('"after three days of talks" and "over two days" give the length', () => {
    expect(event(`${lead}The 12th Andean Summit wrapped up in Quito on Saturday after three days of talks.`)).toMatchObject({ startDate: '2024-11-14', endDate: '2024-11-16' });
    expect(event(`${lead}Held over two days, the 12th Andean Summit closed in Quito on Saturday.`)).toMatchObject({ startDate: '2024-11-15', endDate: '2024-11-16' });
    expect(event(`${lead}The 12th Andean Summit closed in Quito on Saturday after two decades of talks.`)).toMatchObject({ startDate: '2024-11-16', endDate: null });
  });

  it('"on Saturday and Sunday" are its first and last day; days further apart are not', () => {
    expect(event(`${lead}The 12th Andean Summit met in Quito on Friday and Saturday.`)).toMatchObject({ startDate: '2024-11-15', endDate: '2024-11-16' });
    expect(event(`${lead}The 12th Andean Summit met in Quito on Monday and Saturday.`)).toMatchObject({ endDate: null });
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

describe('event: a bilateral visit when no gathering is named (conventions: event)', () => {
  const full = (text: string, referenceDate: string | null = '2025-05-02') => {
    const e = assembleEvent(contextOf(text, referenceDate));
    return e && { name: e.name, startDate: e.startDate, endDate: e.endDate, city: e.city, country: e.country, host: e.host };
  };

  it.each(VISIT_KINDS.map((r) => [r.example, r.name] as const))('%s → %s', (example, name) => {
    expect(full(`GENEVA, May 2, 2025 (Reuters) - ${example}`)?.name).toBe(name);
  });

  it('a readout: the visit\'s days (the year from a day written with one), the talks\' city, the visited country hosts', () => {
    const text =
      'Presidents Hold Talks in Belgrade\n\n' +
      'On the morning of May 8, 2024, President Xi Jinping held talks with President Aleksandar Vučić at the Palace of Serbia in Belgrade. ' +
      'Xi is paying a state visit to Serbia from May 7 to 8 at the invitation of Vučić.';
    expect(full(text, null)).toEqual({ name: 'state visit to Serbia', startDate: '2024-05-07', endDate: '2024-05-08', city: 'Belgrade', country: 'Serbia', host: 'Serbia' });
  });

  it('the city of talks held in another country is not the visit\'s', () => {
    const text = 'ROME, May 2, 2025 (Reuters) - Prime Minister Modi held talks in Rome on Friday before an official visit to Japan next week.';
    expect(full(text)).toBeNull();
    const abroad = 'BEIJING, May 2, 2025 (Xinhua) - The president returned to Beijing on Friday after a state visit to Serbia.';
    expect(full(abroad)).toMatchObject({ name: 'state visit to Serbia', city: null, country: 'Serbia' });
  });

  it('a named gathering beats a visit', () => {
    const text = 'ASTANA, July 4, 2024 (Xinhua) - Xi Jinping attended the 24th Meeting of the Council of Heads of State of the SCO in Astana during a state visit to Kazakhstan.';
    expect(full(text)?.name).toBe('Meeting of the Council of Heads of State of the SCO');
  });
});

describe('event: a venue the table places in a city', () => {
  it('"held at the Kremlin" is in Moscow; a venue of many cities gives none', () => {
    expect(event('MOSCOW, May 2, 2025 (TASS) - The Eurasian Economic Summit was held at the Kremlin on Friday.')).toMatchObject({ city: 'Moscow' });
    expect(event('The 5th Eurasian Economic Summit was held at the Palace of Independence on 2 May 2025.')).toMatchObject({ city: null });
  });
});

describe('event: a name by acronym and the long name the acronym is given after', () => {
  it('"CICA summit" in the headline is the "seventh Summit of the Conference … (CICA)" of the lead', () => {
    const text =
      'CICA summit wraps up in Baku with declaration\n\n' +
      'BAKU, Oct. 12, 2026 (Xinhua) -- Leaders on Monday concluded the seventh Summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA), the two-day gathering that opened on Sunday at the Baku Congress Center. The CICA summit adopted a declaration.';
    expect(event(text)).toEqual({
      name: 'Summit of the Conference on Interaction and Confidence Building Measures in Asia',
      edition: 7,
      startDate: '2026-10-11',
      endDate: '2026-10-12',
      city: 'Baku',
    });
  });

  it('an acronym not given after the long name joins nothing', () => {
    const text =
      'SCO Summit opens in Astana\n\nASTANA, July 3, 2024 (Xinhua) -- Leaders opened the SCO Summit in Astana on Wednesday, a week after the Summit of the Andean Community in Lima.';
    expect(event(text)?.name).toBe('SCO Summit');
  });
});

describe('event: a visit written "the State Visit of <visitor> to <country>"', () => {
  it('names the visit as written', () => {
    const text =
      'NEW DELHI, March 4, 2025 - Prime Minister Narendra Modi held talks with the President of Portugal at Hyderabad House today. The State Visit of the President of Portugal to India runs from 3 to 5 March 2025.';
    expect(assembleEvent(contextOf(text))).toMatchObject({
      name: 'State Visit of the President of Portugal to India',
      startDate: '2025-03-03',
      endDate: '2025-03-05',
      city: 'New Delhi',
      country: 'India',
      host: 'India',
    });
  });
});

describe('event: dates that are not the gathering\'s', () => {
  it('a day weeks after the release is no day of the gathering it reports', () => {
    const text =
      'ABUJA, December 16, 2024 (Reuters) - West African leaders meeting in Abuja on Sunday gave three states six months. Under the decision taken at the 66th Andean Summit, the exit becomes effective on 29 January 2025.';
    expect(event(text)).toMatchObject({ startDate: '2024-12-15' });
  });

  it('a day in a relative clause about a document is not the gathering\'s; its year does not move the city', () => {
    const text =
      'Meeting of the Supreme Andean Council\n\nMay 8, 2024, 16:20, Lima\n\nThe leaders took part in a meeting of the Supreme Andean Council. ' +
      'The meeting was held in Quito to mark the tenth anniversary of the Treaty of Arica, which was signed in Cusco on May 29, 2014, and entered into force on January 1, 2015.';
    expect(event(text)).toMatchObject({ startDate: '2024-05-08', city: 'Quito' });
  });
});

describe('event: where, when a venue has no city of its own', () => {
  it('a region names a gathering, not a nickname ("East Asia Summit")', () => {
    const text =
      'VIENTIANE, Oct. 14, 2024 (Reuters) - Leaders attended the 19th East Asia Summit on Friday in Vientiane. It followed the 44th and 45th ASEAN Summits, which opened on Wednesday.';
    expect(event(text)).toMatchObject({ name: 'East Asia Summit', edition: 19, startDate: '2024-10-11' });
  });

  it('a day the text names beats "today", the release\'s own day', () => {
    const text = 'VIENTIANE, Oct. 14, 2024 (Reuters) - A research firm today released its review of the 19th East Asia Summit, which leaders attended on Friday.';
    expect(event(text)).toMatchObject({ startDate: '2024-10-11' });
  });

  it('a town written after the venue; a city "-based" institute is not where it met', () => {
    const text =
      'DAKAR, Senegal, Nov. 30, 2021 /PRNewswire/ -- The Eighth Andean Conference, a two-day meeting that opened on Monday at the Abdou Diouf International Conference Centre in Diamniadio, closes today, a Nairobi-based institute says.';
    expect(assembleEvent(contextOf(text))).toMatchObject({ city: 'Diamniadio', country: 'Senegal' });
  });

  it('a newspaper\'s dateline city when the venue has none', () => {
    const text = 'PUNTA CANA, Dominican Republic — The Tenth Summit of the Andes closed on Friday after two days of talks at the Bávaro Convention Centre.';
    expect(assembleEvent(contextOf(text))).toMatchObject({ city: 'Punta Cana', country: 'Dominican Republic' });
  });
});

describe('event: a liveblog\'s names, days and recurrence', () => {
  it('"G20 Summit" in the headline is the "18th G20 Leaders\' Summit" of the body', () => {
    const text =
      'G20 summit live: declaration adopted on day one\n\nNEW DELHI, Sept. 9, 2023 (Reuters) - Leaders adopted a declaration at the G20 summit today. ' +
      'Welcome to our coverage of the 18th G20 Leaders\' Summit, held on 9-10 September at Bharat Mandapam.';
    expect(event(text)).toMatchObject({ name: "G20 Leaders' Summit", edition: 18, startDate: '2023-09-09', endDate: '2023-09-10' });
  });

  it('the cue nearer the day wins; a closing weekday read as last week\'s is the coming one', () => {
    const text =
      'APULIA, June 13, 2024 (Reuters) - Leaders wrapped up the first day of talks today at the 50th G7 summit. The 50th G7 summit runs until Saturday at a resort in Fasano.';
    const e = assembleEvent(contextOf(text, '2024-06-13'));
    expect(e).toMatchObject({ startDate: '2024-06-13', endDate: '2024-06-15' });
  });

  it('an adjective of recurrence inside an object names the noun phrase; one of no gathering is none', () => {
    const note = (text: string) => assembleEvent(contextOf(text))?.recurrence?.note ?? null;
    expect(note('GENEVA, May 2, 2025 (Reuters) - The 50th Alpine Summit opened on Friday. Italy last hosted the annual summit in 2017 in Taormina.')).toBe('the annual summit');
    expect(note('GENEVA, May 2, 2025 (Reuters) - The 50th Alpine Summit opened on Friday. The annual meeting rotates among members.')).toBe('The annual meeting rotates among members');
    expect(note('GENEVA, May 2, 2025 (Reuters) - The 50th Alpine Summit opened on Friday and approved the Mission\'s annual budget.')).toBeNull();
  });
});

describe('event: phrasings of when it met', () => {
  const lead = 'QUITO, Nov. 16, 2024 (Reuters) - ';
  it('"the first to be held in X" is this edition, not a later one', () => {
    expect(event(`${lead}Quito hosted the twelfth Andean Summit on Friday, the first to be held in Ecuador since 2010.`)).toMatchObject({ edition: 12, startDate: '2024-11-15' });
    expect(event(`${lead}The 12th Andean Summit took place on Friday in Quito, the first such summit to be held in Ecuador since 2010.`)).toMatchObject({ startDate: '2024-11-15' });
  });

  it('"runs through", "continues until" close it; "commenced" opens it', () => {
    expect(event(`${lead}The 12th Andean Summit opened in Quito on Friday and runs through Sunday.`)).toMatchObject({ startDate: '2024-11-15', endDate: '2024-11-17' });
    expect(event(`${lead}The 12th Andean Summit commenced in Quito on Thursday and continues until Saturday.`)).toMatchObject({ startDate: '2024-11-14', endDate: '2024-11-16' });
  });

  it('"the next summit is to be held" is still another edition', () => {
    expect(event(`${lead}The 12th Andean Summit opened in Quito on Friday. The next summit is to be held in Lima on Nov. 20.`)).toMatchObject({ startDate: '2024-11-15', endDate: null });
  });
});

describe('event: the recurrence note (conventions: event)', () => {
  const lead = 'QUITO, Nov. 16, 2024 (Reuters) - The 12th Andean Summit opened in Quito on Friday. ';
  const note = (text: string) => assembleEvent(contextOf(`${lead}${text}`))?.recurrence?.note;
  it('ends at a comma and before "until"', () => {
    expect(note('The summit is held every two years, alternately in Lima and in Quito.')).toBe('The summit is held every two years');
    expect(note('The summit has been held annually since 2008 until it stalled in 2019.')).toBe('The summit has been held annually since 2008');
    expect(note('The summit is held every two years, and leaders welcomed it.')).toBe('The summit is held every two years');
  });
});

describe('event: the gathering the release reports', () => {
  it('lower-case references ("the meeting", "the ministerial meeting") count for the one name with that head; a day years before loses to a weekday', () => {
    const text =
      'Andean ministers pledge closer ties at Quito ministerial meeting\n\n' +
      'QUITO, Nov. 16, 2024 (Reuters) - Andean ministers on Wednesday gathered in Quito for the Andean Ministerial Meeting on Trade, vowing to expand trade.\n\n' +
      'The meeting, held on the opening day of the fourth Andean Expo, was chaired by Ecuador. The ministerial meeting comes five years after the eighth Andean summit, which was held in Lima on April 12, 2019.\n\n' +
      'The Andean Expo, first held in 2019, runs until Saturday.';
    expect(event(text)).toMatchObject({ name: 'Andean Ministerial Meeting on Trade', edition: null, startDate: '2024-11-13' });
  });
});
