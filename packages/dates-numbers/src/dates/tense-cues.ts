/**
 * Words that tell whether the clause around a bare weekday speaks of the future ("will meet on
 * Thursday" → the coming Thursday) or of the past ("met on Thursday" → the last one). Each row has
 * an example that a test runs with the reference date 2025-06-18 (a Wednesday): `future` rows
 * must resolve the weekday forward, `past` rows backward. Besides these rows, a lower-case word
 * ending in "-ed" counts as past ("signed", "opened"), unless a row reads it otherwise.
 */
export interface TenseCueRow {
  /** One or two words, lower case. */
  readonly phrase: string;
  readonly tense: 'future' | 'past';
  readonly example: string;
}

export const TENSE_CUES: readonly TenseCueRow[] = [
  { phrase: 'will', tense: 'future', example: 'Business leaders will gather on Monday.' },
  { phrase: 'shall', tense: 'future', example: 'The council shall convene on Monday.' },
  { phrase: "'ll", tense: 'future', example: "They'll sign the accord on Friday." },
  { phrase: 'is to', tense: 'future', example: 'The envoy is to arrive on Friday.' },
  { phrase: 'are to', tense: 'future', example: 'The ministers are to meet on Friday.' },
  { phrase: 'is due', tense: 'future', example: 'The report is due on Monday.' },
  { phrase: 'due', tense: 'future', example: 'Final communique due on Friday.' },
  { phrase: 'be', tense: 'future', example: 'The statement is expected to be issued on Friday.' },
  { phrase: 'are due', tense: 'future', example: 'Results are due on Monday.' },
  { phrase: 'is planned', tense: 'future', example: 'The final press conference is planned for Saturday.' },
  { phrase: 'are planned', tense: 'future', example: 'Talks are planned for Saturday.' },
  { phrase: 'is scheduled', tense: 'future', example: 'A vote is scheduled for Friday.' },
  { phrase: 'are scheduled', tense: 'future', example: 'Bilateral talks are scheduled for Friday.' },
  { phrase: 'is expected', tense: 'future', example: 'The secretary-general is expected to join Thursday\'s session.' },
  { phrase: 'are expected', tense: 'future', example: 'Leaders are expected to arrive on Thursday.' },
  { phrase: 'is set', tense: 'future', example: 'The bloc is set to adopt the plan on Friday.' },
  { phrase: 'are set', tense: 'future', example: 'Leaders are set to adopt the plan on Friday.' },
  { phrase: 'plans to', tense: 'future', example: 'The minister plans to visit Nairobi on Monday.' },
  { phrase: 'upcoming', tense: 'future', example: 'Delegates prepared for the upcoming session on Friday.' },
  { phrase: 'was', tense: 'past', example: 'The summit was opened on Tuesday.' },
  { phrase: 'were', tense: 'past', example: 'The deals were signed on Tuesday.' },
  { phrase: 'had', tense: 'past', example: 'The ministers had prepared the text on Monday.' },
  { phrase: 'did', tense: 'past', example: 'They did so on Monday.' },
  { phrase: 'met', tense: 'past', example: 'The leaders met on Tuesday.' },
  { phrase: 'held', tense: 'past', example: 'The sides held talks on Tuesday.' },
  { phrase: 'said', tense: 'past', example: 'The ministry said on Tuesday that trade grew.' },
  { phrase: 'told', tense: 'past', example: 'He told reporters on Tuesday that trade grew.' },
  { phrase: 'began', tense: 'past', example: 'The forum began on Tuesday.' },
  { phrase: 'took', tense: 'past', example: 'The leaders took part on Tuesday.' },
  { phrase: 'made', tense: 'past', example: 'He made the remarks on Tuesday.' },
  { phrase: 'gave', tense: 'past', example: 'She gave a speech on Tuesday.' },
  { phrase: 'spoke', tense: 'past', example: 'He spoke on Tuesday.' },
  { phrase: 'went', tense: 'past', example: 'They went to the capital on Tuesday.' },
  { phrase: 'came', tense: 'past', example: 'The deal came on Tuesday.' },
  { phrase: 'led', tense: 'past', example: 'She led the delegation on Tuesday.' },
  { phrase: 'sent', tense: 'past', example: 'They sent a note on Tuesday.' },
  { phrase: 'won', tense: 'past', example: 'The motion won backing on Tuesday.' },
  { phrase: 'wrote', tense: 'past', example: 'He wrote to them on Tuesday.' },
];
