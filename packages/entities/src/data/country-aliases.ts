/**
 * Country surface forms that `world-countries` lacks (or spells differently from press usage).
 * Each row maps a form to an ISO 3166-1 alpha-2 code; `example` is a sentence a test runs
 * through the tagger, which must find the country from that form.
 *
 * `kind`: `alias` is a name of the country ("Britain"), `demonym` an adjective or people
 * ("Kyrgyz"). All-capital forms of up to five letters ("UK", "DPRK") match only in capitals.
 */
export interface CountryAliasRow {
  readonly alias: string;
  readonly code: string;
  readonly kind: 'alias' | 'demonym';
  readonly example: string;
}

export const COUNTRY_ALIASES: readonly CountryAliasRow[] = [
  { alias: 'US', code: 'US', kind: 'alias', example: 'The US and China resumed talks.' },
  { alias: 'U.S.', code: 'US', kind: 'alias', example: 'The U.S. delegation arrived on Monday.' },
  { alias: 'U.S.A.', code: 'US', kind: 'alias', example: 'Exports to the U.S.A. rose.' },
  { alias: 'America', code: 'US', kind: 'alias', example: 'Trade with America grew last year.' },
  { alias: 'Britain', code: 'GB', kind: 'alias', example: 'Britain joined the talks.' },
  { alias: 'U.K.', code: 'GB', kind: 'alias', example: 'The U.K. government welcomed the deal.' },
  { alias: 'PRC', code: 'CN', kind: 'alias', example: 'The PRC delegation was led by the premier.' },
  { alias: 'Korea', code: 'KR', kind: 'alias', example: 'Korea hosted the APEC meetings.' },
  { alias: 'ROK', code: 'KR', kind: 'alias', example: 'The ROK and Japan held talks.' },
  { alias: 'Korean', code: 'KR', kind: 'demonym', example: 'Korean officials attended the forum.' },
  { alias: 'Turkey', code: 'TR', kind: 'alias', example: 'Turkey hosted the meeting in Antalya.' },
  { alias: 'Kyrgyz', code: 'KG', kind: 'demonym', example: 'The Kyrgyz president spoke first.' },
  { alias: 'Kyrgyzstani', code: 'KG', kind: 'demonym', example: 'Kyrgyzstani exporters benefit.' },
  { alias: 'Kazakh', code: 'KZ', kind: 'demonym', example: 'The Kazakh capital hosted the summit.' },
  { alias: 'Uzbek', code: 'UZ', kind: 'demonym', example: 'Uzbek cotton exports doubled.' },
  { alias: 'Tajik', code: 'TJ', kind: 'demonym', example: 'The Tajik delegation signed the plan.' },
  { alias: 'Tajikistani', code: 'TJ', kind: 'demonym', example: 'Tajikistani officials agreed.' },
  { alias: 'Turkmenistani', code: 'TM', kind: 'demonym', example: 'Turkmenistani gas flows east.' },
  { alias: 'Azeri', code: 'AZ', kind: 'demonym', example: 'Azeri gas reaches Europe.' },
  { alias: 'Belarussian', code: 'BY', kind: 'demonym', example: 'The Belarussian leader attended.' },
  { alias: 'Argentinian', code: 'AR', kind: 'demonym', example: 'The Argentinian minister spoke.' },
  { alias: 'Philippine', code: 'PH', kind: 'demonym', example: 'The Philippine president arrived.' },
  { alias: 'Lao', code: 'LA', kind: 'demonym', example: 'The Lao government hosted ASEAN.' },
  { alias: 'Cabo Verde', code: 'CV', kind: 'alias', example: 'Cabo Verde signed the charter.' },
  { alias: 'Cape Verdean', code: 'CV', kind: 'demonym', example: 'A Cape Verdean envoy attended.' },
  { alias: 'Czech Republic', code: 'CZ', kind: 'alias', example: 'The Czech Republic joined.' },
  { alias: 'Holy See', code: 'VA', kind: 'alias', example: 'The Holy See sent an observer.' },
  { alias: 'Dominican', code: 'DO', kind: 'demonym', example: 'The Dominican president spoke.' },
  { alias: 'Congolese', code: 'CD', kind: 'demonym', example: 'The Congolese minister attended.' },
  { alias: 'Emirati', code: 'AE', kind: 'demonym', example: 'An Emirati delegation arrived.' },
  { alias: 'Saudi', code: 'SA', kind: 'demonym', example: 'Saudi Crown Prince Mohammed bin Salman spoke.' },
  { alias: 'Kazakhstani', code: 'KZ', kind: 'demonym', example: 'Kazakhstani grain exports rose.' },
  { alias: 'Turkmen', code: 'TM', kind: 'demonym', example: 'The Turkmen leader attended.' },
  { alias: 'Russian Federation', code: 'RU', kind: 'alias', example: 'The Russian Federation voted.' },
  { alias: 'Republic of Korea', code: 'KR', kind: 'alias', example: 'The Republic of Korea hosted APEC.' },
  { alias: 'DPRK', code: 'KP', kind: 'alias', example: 'The DPRK did not attend.' },
  { alias: 'Türkiye', code: 'TR', kind: 'alias', example: 'Türkiye hosted the talks.' },
  { alias: 'Viet Nam', code: 'VN', kind: 'alias', example: 'Viet Nam chaired the meeting.' },
  { alias: 'Swaziland', code: 'SZ', kind: 'alias', example: 'Swaziland was renamed Eswatini.' },
  { alias: 'UAE', code: 'AE', kind: 'alias', example: 'The UAE hosted COP28.' },
  { alias: 'Burma', code: 'MM', kind: 'alias', example: 'Burma was renamed Myanmar.' },
  { alias: "Côte d'Ivoire", code: 'CI', kind: 'alias', example: "Côte d'Ivoire joined the pact." },
  { alias: 'Ivorian', code: 'CI', kind: 'demonym', example: 'The Ivorian president attended.' },
  { alias: 'Bosnian', code: 'BA', kind: 'demonym', example: 'The Bosnian delegation left.' },
  { alias: 'Slovenian', code: 'SI', kind: 'demonym', example: 'The Slovenian minister arrived.' },
  { alias: 'Timorese', code: 'TL', kind: 'demonym', example: 'The Timorese leader spoke.' },
  { alias: 'Nepali', code: 'NP', kind: 'demonym', example: 'The Nepali premier attended.' },
  { alias: 'Tanzanian', code: 'TZ', kind: 'demonym', example: 'The Tanzanian president spoke.' },
  { alias: 'Mainland China', code: 'CN', kind: 'alias', example: 'Visitors from Mainland China rose.' },
];

/**
 * `world-countries` alternative spellings that are ordinary words or another thing in English
 * text, so they never name a country on their own ("Island" is Iceland's Icelandic name).
 */
export const EXCLUDED_ALT_SPELLINGS: ReadonlySet<string> = new Set([
  'Island', // Iceland (is): an English common noun
  'Mann', // Isle of Man: a surname
  'Prathet', // Thailand: "country" in Thai
  'Timor', // Timor-Leste: the island is shared with Indonesia
  'Republic of China', // Taiwan: too easily a fragment of "People's Republic of China"
]);
