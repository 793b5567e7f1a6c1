/**
 * Words right before a place name that make it a location even when the name is also a common
 * word or a person's name ("in Nice", "at Victoria"). `example` is a sentence a test runs: the
 * tagger must find the (ambiguous) city in it.
 */
export interface LocationCueRow {
  readonly cue: string;
  readonly example: string;
  readonly expected: string;
}

export const LOCATION_CUES: readonly LocationCueRow[] = [
  { cue: 'in', example: 'The ministers met in Nice on Monday.', expected: 'Nice' },
  { cue: 'at', example: 'The summit opened at Nice.', expected: 'Nice' },
  { cue: 'from', example: 'Delegates flew in from Split.', expected: 'Split' },
  { cue: 'to', example: 'The envoy travelled to Mobile.', expected: 'Mobile' },
  { cue: 'near', example: 'A port was built near Split.', expected: 'Split' },
  { cue: 'outside', example: 'A plant opened outside Reading.', expected: 'Reading' },
  { cue: 'via', example: 'Goods moved via Split.', expected: 'Split' },
  { cue: 'visited', example: 'He visited Victoria last year.', expected: 'Victoria' },
  { cue: 'visiting', example: 'Officials visiting Split praised the port.', expected: 'Split' },
  { cue: 'hosted', example: 'The talks were hosted in Nice.', expected: 'Nice' },
];

/**
 * Lower-case words that may stand between "the", a country word and "city of" / "capital":
 * "the northwestern Chinese city of Xi'an", "the Russian port city of Vladivostok".
 */
export const CITY_DESCRIPTORS: ReadonlySet<string> = new Set(['city', 'town', 'port', 'capital', 'village', 'resort', 'metropolis']);
