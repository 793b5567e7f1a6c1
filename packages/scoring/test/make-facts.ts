import type { Span, SummitFacts } from '@pressfacts/schema';

/** A small hand-written release the hand-made facts below point into. */
export const RELEASE =
  'BEIJING, June 18, 2025 (Xinhua) -- Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev ' +
  'signed the Astana Declaration on Tuesday in Astana, Kazakhstan, at the second Central Asia Forum. ' +
  'Trade reached 94.8 billion U.S. dollars in 2024. "We will open a new chapter," Xi said. ' +
  'China will establish three centers for education exchange.';

/** The span of the `nth` occurrence of `needle` in {@link RELEASE}. */
export function span(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = RELEASE.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`not in release: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const prov = (rule: string, confidence = 0.9) => ({ rule, confidence });

/** A full, schema-valid SummitFacts of {@link RELEASE}. Each call returns a fresh deep copy. */
export function makeFacts(): SummitFacts {
  return structuredClone<SummitFacts>({
    schemaVersion: '1',
    document: {
      id: 'forum-2025',
      publisher: 'Xinhua',
      wire: 'Xinhua',
      dateline: { place: 'Beijing', date: '2025-06-18', evidence: [span('BEIJING, June 18, 2025')], provenance: prov('dateline/agency') },
      headline: null,
    },
    event: {
      name: 'Central Asia Forum',
      edition: 2,
      startDate: '2025-06-17',
      endDate: null,
      city: 'Astana',
      country: 'Kazakhstan',
      host: 'Kazakhstan',
      recurrence: null,
      evidence: [span('second Central Asia Forum')],
      provenance: prov('event/ordinal-name'),
    },
    participants: [
      { country: 'China', representative: 'Xi Jinping', role: 'President', evidence: [span('Chinese President Xi Jinping')], provenance: prov('participants/title-person') },
      {
        country: 'Kazakhstan',
        representative: 'Kassym-Jomart Tokayev',
        role: 'President',
        evidence: [span('Kazakh President Kassym-Jomart Tokayev')],
        provenance: prov('participants/title-person'),
      },
    ],
    people: [
      { name: 'Xi Jinping', titles: ['President'], affiliation: null, country: 'China', evidence: [span('Xi Jinping'), span('Xi', 1)], provenance: prov('people/title-name') },
      {
        name: 'Kassym-Jomart Tokayev',
        titles: ['President'],
        affiliation: null,
        country: 'Kazakhstan',
        evidence: [span('Kassym-Jomart Tokayev')],
        provenance: prov('people/title-name'),
      },
    ],
    organizations: [],
    places: [
      { name: 'Beijing', kind: 'city', country: 'China', evidence: [span('BEIJING')], provenance: prov('places/gazetteer') },
      { name: 'Astana', kind: 'city', country: 'Kazakhstan', evidence: [span('Astana', 1)], provenance: prov('places/gazetteer') },
      { name: 'Kazakhstan', kind: 'country', country: 'Kazakhstan', evidence: [span('Kazakhstan')], provenance: prov('places/gazetteer') },
    ],
    agreements: [
      {
        title: 'Astana Declaration',
        kind: 'declaration',
        action: 'signed',
        parties: ['China', 'Kazakhstan'],
        date: '2025-06-17',
        evidence: [span('signed the Astana Declaration')],
        provenance: prov('agreements/titled-document'),
      },
    ],
    figures: [
      {
        value: 94.8e9,
        unit: 'USD',
        comparator: 'eq',
        subject: 'trade',
        period: '2024',
        evidence: [span('94.8 billion U.S. dollars')],
        provenance: prov('money/number-scale-currency'),
      },
    ],
    quotes: [
      { speaker: 'Xi Jinping', text: 'We will open a new chapter', direct: true, evidence: [span('"We will open a new chapter,"')], provenance: prov('quotes/direct-said') },
    ],
    timeline: [
      { date: '2024', description: 'Trade reached 94.8 billion U.S. dollars', place: null, evidence: [span('Trade reached 94.8 billion U.S. dollars in 2024')], provenance: prov('timeline/dated-clause') },
      {
        date: '2025-06-17',
        description: 'signed the Astana Declaration',
        place: 'Astana',
        evidence: [span('signed the Astana Declaration on Tuesday in Astana')],
        provenance: prov('timeline/dated-clause'),
      },
    ],
    commitments: [
      {
        actor: 'China',
        description: 'establish three centers for education exchange',
        count: 3,
        evidence: [span('China will establish three centers for education exchange')],
        provenance: prov('commitments/will-verb'),
      },
    ],
    topics: ['education exchange'],
    diagnostics: [],
  });
}

/** The hand-written, span-free form of the same facts (a fixture's facts.json). */
export function makeHandFacts() {
  return {
    document: { publisher: 'Xinhua', wire: 'Xinhua', dateline: { place: 'Beijing', date: '2025-06-18' }, headline: null },
    event: { name: 'Central Asia Forum', edition: 2, startDate: '2025-06-17', endDate: null, city: 'Astana', country: 'Kazakhstan', host: 'Kazakhstan', recurrence: null },
    participants: [
      { country: 'China', representative: 'Xi Jinping', role: 'President' },
      { country: 'Kazakhstan', representative: 'Kassym-Jomart Tokayev', role: 'President' },
    ],
    figures: [{ value: 94.8e9, unit: 'USD', comparator: 'eq', subject: 'trade', period: '2024' }],
  } as const;
}
