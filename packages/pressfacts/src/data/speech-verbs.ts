/**
 * Verbs that attribute speech ("…, Xi said"; "Modi said that …"). Each row: the verb forms and an
 * example sentence that a test runs through the quote rules.
 */
export interface SpeechVerbRow {
  readonly forms: readonly string[];
  readonly example: string;
}

export const SPEECH_VERBS: readonly SpeechVerbRow[] = [
  { forms: ['said', 'says', 'say'], example: 'Trade has doubled in five years, Minister Ana Costa said.' },
  { forms: ['told'], example: 'The talks were productive, Lee Min-ho told reporters.' },
  { forms: ['added', 'adds'], example: 'More work lies ahead, Ana Costa added.' },
  { forms: ['noted', 'notes'], example: 'The region has seen rapid growth, Ana Costa noted.' },
  { forms: ['stressed', 'stresses'], example: 'Dialogue remains the only path, Ana Costa stressed.' },
  { forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'], example: 'Unity matters most, Ana Costa emphasized.' },
  { forms: ['underlined', 'underscored'], example: 'The bloc stands together, Ana Costa underlined.' },
  { forms: ['announced', 'announces'], example: 'The fund will open next year, Ana Costa announced.' },
  { forms: ['stated', 'states'], example: 'The summit met its goals, Ana Costa stated.' },
  { forms: ['remarked', 'observed', 'explained', 'declared', 'affirmed', 'insisted', 'argued', 'warned', 'pointed out', 'acknowledged', 'recalled'], example: 'The region faces new risks, Ana Costa warned.' },
];

export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS.flatMap((r) => r.forms));
