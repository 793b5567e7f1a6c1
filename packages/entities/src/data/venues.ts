/**
 * Well-known venues of diplomatic meetings, with the city and country (alpha-2) they are in
 * when that is fixed (null when the same name exists in several cities: "Independence Palace").
 * `example` is a sentence a test runs: the tagger must find the venue in it.
 */
export interface VenueRow {
  readonly name: string;
  readonly forms?: readonly string[];
  readonly city: string | null;
  readonly country: string | null;
  /**
   * The seat of a body that the name also stands for ("Kremlin spokesman", "the White House
   * said"): an organisation unless a locative word puts it on the map ("at the Kremlin").
   */
  readonly seat?: true;
  readonly example: string;
}

export const VENUES: readonly VenueRow[] = [
  { name: 'Great Hall of the People', city: 'Beijing', country: 'CN', example: 'A welcome ceremony was held at the Great Hall of the People.' },
  { name: 'Diaoyutai State Guesthouse', forms: ['Diaoyutai State Guest House'], city: 'Beijing', country: 'CN', example: 'The talks took place at the Diaoyutai State Guesthouse.' },
  { name: 'Zhongnanhai', city: 'Beijing', country: 'CN', seat: true, example: 'Xi met him at Zhongnanhai.' },
  { name: 'Kremlin', city: 'Moscow', country: 'RU', seat: true, example: 'The two leaders met at the Kremlin.' },
  { name: 'White House', city: 'Washington D.C.', country: 'US', seat: true, example: 'He was received at the White House.' },
  { name: 'Élysée Palace', forms: ['Elysee Palace', 'Élysée'], city: 'Paris', country: 'FR', seat: true, example: 'Macron hosted him at the Elysee Palace.' },
  { name: 'Palace of Nations', forms: ['Palais des Nations'], city: 'Geneva', country: 'CH', example: 'The talks were held at the Palais des Nations.' },
  { name: 'Akorda', forms: ['Akorda Presidential Palace'], city: 'Astana', country: 'KZ', example: 'Tokayev received him at Akorda.' },
  { name: 'Palace of Independence', forms: ['Independence Palace'], city: null, country: null, example: 'The summit was held at the Palace of Independence in Astana.' },
  { name: 'Palace of Peace and Reconciliation', city: 'Astana', country: 'KZ', example: 'The congress met at the Palace of Peace and Reconciliation.' },
  { name: 'Bharat Mandapam', city: 'New Delhi', country: 'IN', example: 'The G20 summit was held at Bharat Mandapam.' },
  { name: 'Rashtrapati Bhavan', city: 'New Delhi', country: 'IN', example: 'He was welcomed at Rashtrapati Bhavan.' },
  { name: 'Hyderabad House', city: 'New Delhi', country: 'IN', example: 'The two prime ministers held talks at Hyderabad House.' },
  { name: 'Itamaraty Palace', city: 'Brasília', country: 'BR', example: 'Ministers met at Itamaraty Palace.' },
  { name: 'Planalto Palace', city: 'Brasília', country: 'BR', example: 'Lula received him at the Planalto Palace.' },
  { name: 'Downing Street', forms: ['10 Downing Street'], city: 'London', country: 'GB', seat: true, example: 'The prime minister spoke in Downing Street.' },
  { name: 'Lancaster House', city: 'London', country: 'GB', example: 'The conference opened at Lancaster House.' },
  { name: 'Federal Chancellery', city: 'Berlin', country: 'DE', example: 'Scholz hosted him at the Federal Chancellery.' },
  { name: 'Berlaymont', city: 'Brussels', country: 'BE', example: 'The commission met at the Berlaymont.' },
  { name: 'Malacañang Palace', forms: ['Malacanang Palace', 'Malacañang'], city: 'Manila', country: 'PH', example: 'The deal was signed at Malacanang Palace.' },
  { name: 'Istana', city: 'Singapore', country: 'SG', example: 'Talks were held at the Istana.' },
  { name: 'Blue House', city: 'Seoul', country: 'KR', seat: true, example: 'The summit took place at the Blue House.' },
  { name: 'Union Buildings', city: 'Pretoria', country: 'ZA', example: 'Ramaphosa received him at the Union Buildings.' },
  { name: 'Sandton Convention Centre', city: 'Johannesburg', country: 'ZA', example: 'The BRICS summit opened at the Sandton Convention Centre.' },
  { name: 'UN Headquarters', forms: ['United Nations Headquarters', 'U.N. Headquarters'], city: 'New York City', country: 'US', example: 'The vote took place at UN Headquarters.' },
];

/**
 * Head words that make a capitalised phrase a venue ("Kazan Expo Center", "Hilton Hotel").
 * `example` is a sentence a test runs; `expected` is the venue the tagger must find.
 */
export interface VenueHeadRow {
  readonly head: string;
  readonly example: string;
  readonly expected: string;
}

export const VENUE_HEADS: readonly VenueHeadRow[] = [
  { head: 'Palace', example: 'They met at the Ak Orda Palace.', expected: 'Ak Orda Palace' },
  { head: 'Hall', example: 'The ceremony took place in the Grand Ceremonial Hall.', expected: 'Grand Ceremonial Hall' },
  { head: 'Stadium', example: 'Crowds filled the Olympic Stadium.', expected: 'Olympic Stadium' },
  { head: 'Arena', example: 'The concert was held at the Barys Arena.', expected: 'Barys Arena' },
  { head: 'Hotel', example: 'Delegates stayed at the Rixos President Hotel.', expected: 'Rixos President Hotel' },
  { head: 'Guesthouse', example: 'They dined at the Xijiao State Guesthouse.', expected: 'Xijiao State Guesthouse' },
  { head: 'Square', example: 'A rally was held in Independence Square.', expected: 'Independence Square' },
  { head: 'Convention Center', example: 'The forum opened at the Kazan Convention Center.', expected: 'Kazan Convention Center' },
  { head: 'Convention Centre', example: 'The summit met at the Cape Town International Convention Centre.', expected: 'Cape Town International Convention Centre' },
  { head: 'Exhibition Center', example: 'The expo filled the National Exhibition Center.', expected: 'National Exhibition Center' },
  { head: 'Exhibition Centre', example: 'The fair opened at the Astana Exhibition Centre.', expected: 'Astana Exhibition Centre' },
  { head: 'Conference Center', example: 'Leaders met at the Shaanxi Conference Center.', expected: 'Shaanxi Conference Center' },
  { head: 'Conference Centre', example: 'Talks resumed at the Queen Elizabeth II Conference Centre.', expected: 'Queen Elizabeth II Conference Centre' },
  { head: 'Expo Center', example: 'The fair was held at the Kazan Expo Center.', expected: 'Kazan Expo Center' },
  { head: 'Auditorium', example: 'The treaty was signed in the Andrew W. Mellon Auditorium.', expected: 'Andrew W. Mellon Auditorium' },
];

/**
 * Lower-case venue words after a capitalised name and "the": "the KINTEX convention center",
 * "the Kazan Expo center", "the Burgenstock resort". The name keeps the word as written.
 * `example` is a sentence a test runs; `expected` is the venue the tagger must find.
 */
export const LOWER_CASE_VENUE_HEADS: readonly VenueHeadRow[] = [
  { head: 'convention center', example: 'Talks opened at the BEXCO convention center in Busan.', expected: 'BEXCO convention center' },
  { head: 'convention centre', example: 'Talks opened at the Harbourside convention centre.', expected: 'Harbourside convention centre' },
  { head: 'exhibition center', example: 'The fair filled the Nanhai exhibition center.', expected: 'Nanhai exhibition center' },
  { head: 'exhibition centre', example: 'The fair filled the Olympia exhibition centre.', expected: 'Olympia exhibition centre' },
  { head: 'conference center', example: 'Leaders met at the Lakeside conference center.', expected: 'Lakeside conference center' },
  { head: 'conference centre', example: 'Leaders met at the Riverside conference centre.', expected: 'Riverside conference centre' },
  { head: 'center', example: 'The forum was held at the Novi Expo center.', expected: 'Novi Expo center' },
  { head: 'centre', example: 'The forum was held at the Marina Expo centre.', expected: 'Marina Expo centre' },
  { head: 'resort', example: 'Delegations gathered at the Montreux Riviera resort.', expected: 'Montreux Riviera resort' },
  { head: 'hotel', example: 'Ministers stayed at the Grand Hyatt hotel.', expected: 'Grand Hyatt hotel' },
  { head: 'palace', example: 'They were received at the Ak Saray palace.', expected: 'Ak Saray palace' },
];
