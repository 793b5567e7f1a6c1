/**
 * Head words of named gatherings. `eventType` is what the event layer reports. `dual` heads
 * also name bodies ("National People's Congress", "Boao Forum for Asia"): they make an event
 * only when an ordinal, a year or "annual" marks an edition. `example` is a sentence a test runs;
 * `expected` is the event name (and edition) the tagger must find.
 */
export interface EventKindRow {
  readonly head: string;
  readonly eventType: string;
  readonly dual?: boolean;
  readonly example: string;
  readonly expected: { readonly name: string; readonly edition: number | null };
}

export const EVENT_KINDS: readonly EventKindRow[] = [
  { head: 'Summit', eventType: 'summit', example: 'Leaders attended the second China-Africa Summit.', expected: { name: 'China-Africa Summit', edition: 2 } },
  { head: 'Summits', eventType: 'summit', example: 'The 44th and 45th ASEAN Summits opened in Vientiane.', expected: { name: 'ASEAN Summits', edition: 45 } },
  { head: 'Forum', eventType: 'forum', dual: true, example: 'The third Belt and Road Forum opened.', expected: { name: 'Belt and Road Forum', edition: 3 } },
  { head: 'Meeting', eventType: 'meeting', example: 'The 2024 APEC Economic Leaders\' Meeting ended.', expected: { name: "APEC Economic Leaders' Meeting", edition: null } },
  { head: 'Conference', eventType: 'conference', example: 'The 28th UN Climate Change Conference opened.', expected: { name: 'UN Climate Change Conference', edition: 28 } },
  { head: 'Dialogue', eventType: 'dialogue', example: 'The Shangri-La Dialogue opened in Singapore.', expected: { name: 'Shangri-La Dialogue', edition: null } },
  { head: 'Ministerial', eventType: 'ministerial', example: 'The 13th WTO Ministerial ended in Abu Dhabi.', expected: { name: 'WTO Ministerial', edition: 13 } },
  { head: 'Ministerial Conference', eventType: 'conference', example: 'The 12th Ministerial Conference of the WTO ended.', expected: { name: 'Ministerial Conference of the WTO', edition: 12 } },
  { head: 'Session', eventType: 'session', example: 'The 79th Session of the UN General Assembly opened.', expected: { name: 'Session of the UN General Assembly', edition: 79 } },
  { head: 'Congress', eventType: 'congress', dual: true, example: 'The 20th National Congress of the Communist Party of China opened.', expected: { name: 'National Congress of the Communist Party of China', edition: 20 } },
  { head: 'Assembly', eventType: 'assembly', dual: true, example: 'The 77th World Health Assembly closed.', expected: { name: 'World Health Assembly', edition: 77 } },
  { head: 'Talks', eventType: 'talks', example: 'The Astana Talks on Syria resumed.', expected: { name: 'Astana Talks on Syria', edition: null } },
  { head: 'Expo', eventType: 'expo', example: 'The sixth China International Import Expo opened.', expected: { name: 'China International Import Expo', edition: 6 } },
  { head: 'Exhibition', eventType: 'expo', example: 'The China-Eurasia Commodity Exhibition opened.', expected: { name: 'China-Eurasia Commodity Exhibition', edition: null } },
  { head: 'Fair', eventType: 'fair', example: 'The 135th Canton Fair opened.', expected: { name: 'Canton Fair', edition: 135 } },
  { head: 'Games', eventType: 'games', example: 'The 19th Asian Games opened in Hangzhou.', expected: { name: 'Asian Games', edition: 19 } },
  { head: 'Roundtable', eventType: 'roundtable', example: 'The Leaders\' Roundtable adopted a communique.', expected: { name: "Leaders' Roundtable", edition: null } },
  { head: 'Symposium', eventType: 'symposium', example: 'The Eurasian Media Symposium opened.', expected: { name: 'Eurasian Media Symposium', edition: null } },
  { head: 'Consultations', eventType: 'consultations', example: 'The fifth Strategic Consultations were held.', expected: { name: 'Strategic Consultations', edition: 5 } },
  { head: 'Festival', eventType: 'festival', example: 'The Silk Road International Arts Festival opened.', expected: { name: 'Silk Road International Arts Festival', edition: null } },
  { head: 'Week', eventType: 'week', example: 'The 2023 APEC Leaders\' Week ended.', expected: { name: "APEC Leaders' Week", edition: null } },
];

/**
 * Numbered series written as one word: "COP28" is edition 28 of the UN climate conference.
 * `example` is a sentence a test runs; `expected` the event the tagger must find.
 */
export interface EventSeriesRow {
  readonly prefix: string;
  readonly eventType: string;
  readonly example: string;
  readonly expected: { readonly name: string; readonly edition: number };
}

export const EVENT_SERIES: readonly EventSeriesRow[] = [
  { prefix: 'COP', eventType: 'conference', example: 'Leaders met at COP28 in Dubai.', expected: { name: 'COP28', edition: 28 } },
  { prefix: 'MC', eventType: 'ministerial', example: 'WTO members gathered for MC13 in Abu Dhabi.', expected: { name: 'MC13', edition: 13 } },
];

/**
 * Lower-case heads that name an event when a known organisation, country, region or city comes
 * right before them ("the BRICS summit", "the Astana summit"): the name is that word plus the
 * title-cased head ("BRICS Summit", "Astana Summit").
 */
export const PLACE_OR_GROUP_EVENT_HEADS: ReadonlyMap<string, string> = new Map([
  ['summit', 'summit'],
  ['forum', 'forum'],
  ['ministerial', 'ministerial'],
  ['talks', 'talks'],
  ['dialogue', 'dialogue'],
  ['conference', 'conference'],
  ['meeting', 'meeting'],
]);

/**
 * Lower-case heads that name an event when an edition and "of the <organisation>" follow:
 * "the 24th meeting of the Council of Heads of State of the SCO".
 */
export const OF_BODY_EVENT_HEADS: ReadonlyMap<string, string> = new Map([
  ['meeting', 'meeting'],
  ['session', 'session'],
  ['summit', 'summit'],
  ['congress', 'congress'],
  ['conference', 'conference'],
  ['plenary session', 'session'],
]);
