/**
 * Unnamed speakers ("Russian officials said", "an EU official said", "Analysts said"): the quote is
 * attributed, its speaker is null. A spokesperson speaks for the organisation named beside them
 * ("A PBS spokesperson said" → the organisation PBS stands for), so those rows name it. An office
 * no table knows speaks for itself ("the Kazakh foreign ministry said" → "Kazakh foreign ministry").
 */
export interface SpeakerNounRow {
  readonly nouns: readonly string[];
  readonly speaksFor: 'nobody' | 'organization' | 'itself';
  readonly example: string;
}

export const SPEAKER_NOUNS: readonly SpeakerNounRow[] = [
  { nouns: ['official', 'officials', 'aide', 'aides', 'diplomat', 'diplomats', 'negotiator', 'negotiators'], speaksFor: 'nobody', example: 'The talks ran late, an EU official said.' },
  { nouns: ['analyst', 'analysts', 'expert', 'experts', 'economist', 'economists', 'observer', 'observers', 'critic', 'critics'], speaksFor: 'nobody', example: 'Analysts said the deal would lift exports.' },
  { nouns: ['source', 'sources', 'organizers', 'organisers', 'delegates', 'participants'], speaksFor: 'nobody', example: 'The venue was full, organizers said.' },
  { nouns: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople'], speaksFor: 'organization', example: 'A WHO spokesperson said the vaccines had arrived.' },
  { nouns: ['ministry', 'presidency', 'government', 'secretariat', 'embassy', 'cabinet', 'commission'], speaksFor: 'itself', example: 'The Kenyan foreign ministry said in a statement that the talks would resume.' },
];
