/**
 * Unnamed speakers ("Russian officials said", "an EU official said", "Analysts said"): the quote is
 * attributed, its speaker is null. A spokesperson speaks for the organisation named beside them
 * ("A PBS spokesperson said" → the organisation PBS stands for), so those rows name it.
 */
export interface SpeakerNounRow {
  readonly nouns: readonly string[];
  readonly speaksFor: 'nobody' | 'organization';
  readonly example: string;
}

export const SPEAKER_NOUNS: readonly SpeakerNounRow[] = [
  { nouns: ['official', 'officials', 'aide', 'aides', 'diplomat', 'diplomats', 'negotiator', 'negotiators'], speaksFor: 'nobody', example: 'The talks ran late, an EU official said.' },
  { nouns: ['analyst', 'analysts', 'expert', 'experts', 'economist', 'economists', 'observer', 'observers', 'critic', 'critics'], speaksFor: 'nobody', example: 'Analysts said the deal would lift exports.' },
  { nouns: ['source', 'sources', 'organizers', 'organisers', 'delegates', 'participants'], speaksFor: 'nobody', example: 'The venue was full, organizers said.' },
  { nouns: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople'], speaksFor: 'organization', example: 'A WHO spokesperson said the vaccines had arrived.' },
];
