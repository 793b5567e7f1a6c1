/**
 * World regions and their adjectives. `forms` are matched as names (capitalised in text);
 * a form may start with a lower-case "the" when the region is only named that way ("the Gulf").
 * `example` is a sentence a test runs: the tagger must find the region in it.
 */
export interface RegionRow {
  readonly name: string;
  readonly forms: readonly string[];
  readonly example: string;
}

export const REGIONS: readonly RegionRow[] = [
  { name: 'Central Asia', forms: ['Central Asia', 'Central Asian'], example: 'Leaders of five Central Asian nations met.' },
  { name: 'Southeast Asia', forms: ['Southeast Asia', 'South-East Asia', 'South East Asia', 'Southeast Asian', 'South-East Asian'], example: 'Trade with Southeast Asia grew.' },
  { name: 'South Asia', forms: ['South Asia', 'South Asian'], example: 'South Asian economies recovered.' },
  { name: 'East Asia', forms: ['East Asia', 'East Asian'], example: 'The East Asia Summit opened.' },
  { name: 'Northeast Asia', forms: ['Northeast Asia', 'North-East Asia', 'Northeast Asian'], example: 'Security in Northeast Asia was discussed.' },
  { name: 'West Asia', forms: ['West Asia', 'Western Asia', 'West Asian'], example: 'The crisis in West Asia deepened.' },
  { name: 'Asia', forms: ['Asia', 'Asian'], example: 'Asian markets rose.' },
  { name: 'Asia-Pacific', forms: ['Asia-Pacific', 'Asia Pacific', 'Asia and the Pacific'], example: 'Growth in the Asia-Pacific slowed.' },
  { name: 'Indo-Pacific', forms: ['Indo-Pacific'], example: 'A free and open Indo-Pacific was the theme.' },
  { name: 'Middle East', forms: ['Middle East', 'Middle Eastern', 'Mideast'], example: 'Peace in the Middle East was on the agenda.' },
  { name: 'Gulf', forms: ['the Gulf', 'Persian Gulf', 'Arabian Gulf'], example: 'Investors from the Gulf attended.' },
  { name: 'Arab world', forms: ['Arab world', 'Arab region', 'Arab States'], example: 'Ministers from the Arab world gathered.' },
  { name: 'Latin America and the Caribbean', forms: ['Latin America and the Caribbean', 'Latin American and Caribbean'], example: 'CELAC unites Latin America and the Caribbean.' },
  { name: 'Latin America', forms: ['Latin America', 'Latin American'], example: 'Latin American leaders met in Brasilia.' },
  { name: 'Caribbean', forms: ['Caribbean'], example: 'Caribbean states face rising seas.' },
  { name: 'Central America', forms: ['Central America', 'Central American'], example: 'Central American migrants were discussed.' },
  { name: 'South America', forms: ['South America', 'South American'], example: 'South American trade rose.' },
  { name: 'North America', forms: ['North America', 'North American'], example: 'North American leaders met.' },
  { name: 'Americas', forms: ['the Americas'], example: 'The Summit of the Americas opened.' },
  { name: 'Global South', forms: ['Global South'], example: 'The voice of the Global South grew louder.' },
  { name: 'Global North', forms: ['Global North'], example: 'The Global North pledged funds.' },
  { name: 'Eurasia', forms: ['Eurasia', 'Eurasian'], example: 'Connectivity across Eurasia improved.' },
  { name: 'Europe', forms: ['Europe', 'European'], example: 'European leaders welcomed the plan.' },
  { name: 'Eastern Europe', forms: ['Eastern Europe', 'Eastern European'], example: 'Eastern Europe faces an energy crunch.' },
  { name: 'Western Europe', forms: ['Western Europe', 'Western European'], example: 'Western Europe imports gas.' },
  { name: 'Central Europe', forms: ['Central Europe', 'Central European'], example: 'Central European states agreed.' },
  { name: 'Northern Europe', forms: ['Northern Europe', 'Nordic', 'Nordics', 'Scandinavia', 'Scandinavian'], example: 'The Nordic countries signed the pact.' },
  { name: 'Southern Europe', forms: ['Southern Europe', 'Southern European'], example: 'Southern Europe suffered a heatwave.' },
  { name: 'Balkans', forms: ['Balkans', 'Western Balkans', 'Balkan'], example: 'The Western Balkans seek EU membership.' },
  { name: 'Baltic', forms: ['Baltic', 'Baltics'], example: 'The Baltic states raised defence spending.' },
  { name: 'Caucasus', forms: ['Caucasus', 'South Caucasus', 'North Caucasus', 'Caucasian'], example: 'Stability in the South Caucasus matters.' },
  { name: 'Mediterranean', forms: ['Mediterranean'], example: 'Migration across the Mediterranean rose.' },
  { name: 'Africa', forms: ['Africa', 'African'], example: 'African countries joined the initiative.' },
  { name: 'North Africa', forms: ['North Africa', 'North African', 'Maghreb'], example: 'North African exports rose.' },
  { name: 'West Africa', forms: ['West Africa', 'West African'], example: 'West African states met in Abuja.' },
  { name: 'East Africa', forms: ['East Africa', 'East African'], example: 'Drought hit East Africa.' },
  { name: 'Central Africa', forms: ['Central Africa', 'Central African'], example: 'Forests in Central Africa are at risk.' },
  { name: 'Southern Africa', forms: ['Southern Africa', 'Southern African'], example: 'Southern African leaders met.' },
  { name: 'Sub-Saharan Africa', forms: ['Sub-Saharan Africa', 'sub-Saharan Africa'], example: 'Growth in Sub-Saharan Africa rose.' },
  { name: 'Horn of Africa', forms: ['Horn of Africa'], example: 'Famine threatens the Horn of Africa.' },
  { name: 'Sahel', forms: ['Sahel'], example: 'Insecurity in the Sahel worsened.' },
  { name: 'Pacific Islands', forms: ['Pacific Islands', 'Pacific Island'], example: 'Pacific Islands leaders met in Suva.' },
  { name: 'South Pacific', forms: ['South Pacific'], example: 'Fisheries in the South Pacific were discussed.' },
  { name: 'Oceania', forms: ['Oceania'], example: 'Oceania was represented by Fiji.' },
  { name: 'South China Sea', forms: ['South China Sea'], example: 'Tensions in the South China Sea eased.' },
  { name: 'East China Sea', forms: ['East China Sea'], example: 'Patrols in the East China Sea rose.' },
  { name: 'Black Sea', forms: ['Black Sea'], example: 'Grain shipments across the Black Sea resumed.' },
  { name: 'Red Sea', forms: ['Red Sea'], example: 'Attacks in the Red Sea disrupted trade.' },
  { name: 'Caspian Sea', forms: ['Caspian Sea', 'Caspian'], example: 'Caspian Sea states met in Ashgabat.' },
  { name: 'Korean Peninsula', forms: ['Korean Peninsula'], example: 'Peace on the Korean Peninsula was discussed.' },
  { name: 'Taiwan Strait', forms: ['Taiwan Strait'], example: 'Stability across the Taiwan Strait matters.' },
  { name: 'Indian Ocean', forms: ['Indian Ocean'], example: 'Piracy in the Indian Ocean fell.' },
  { name: 'Arctic', forms: ['Arctic'], example: 'Shipping routes in the Arctic opened.' },
  { name: 'Levant', forms: ['Levant'], example: 'Water scarcity in the Levant grew.' },
];
