/**
 * Who acted on an agreement. A collective subject ("the leaders adopted", "the six countries
 * signed") makes every participant a party; a dissent cue ("Argentina and Paraguay distanced
 * themselves from the text") takes the countries it names out again. Each row has an example
 * sentence a test runs.
 */
export interface PartyCueRow {
  readonly pattern: string;
  readonly example: string;
}

/** Plural or group nouns that, as the subject of the action verb, stand for all participants. */
export const COLLECTIVE_SUBJECTS: readonly PartyCueRow[] = [
  { pattern: 'leaders', example: 'Leaders adopted the Lima Declaration.' },
  { pattern: 'heads of state', example: 'The heads of state signed the Astana Declaration.' },
  { pattern: 'heads of government', example: 'The heads of government endorsed the Apia Charter.' },
  { pattern: 'presidents', example: 'The Lima Charter was signed by all three presidents.' },
  { pattern: 'prime ministers', example: 'The prime ministers adopted the Nordic Declaration.' },
  { pattern: 'countries', example: 'The six countries signed the Treaty of Friendship.' },
  { pattern: 'nations', example: 'All member nations endorsed the Action Plan.' },
  { pattern: 'members', example: 'The members approved the Cooperation Plan.' },
  { pattern: 'member states', example: 'Member states adopted the Kigali Declaration.' },
  { pattern: 'states', example: 'The states parties adopted the Final Declaration.' },
  { pattern: 'sides', example: 'The two sides issued a Joint Statement on Trade.' },
  { pattern: 'parties', example: 'The parties signed the Peace Accord.' },
  { pattern: 'allies', example: 'Allies issued the Vilnius Summit Communiqué.' },
  { pattern: 'delegations', example: 'Delegations approved the Work Programme.' },
  { pattern: 'participants', example: 'Participants endorsed the Riga Declaration.' },
  { pattern: 'they', example: 'They also approved the Regional Cooperation Plan.' },
  { pattern: 'summit', example: 'The summit adopted the Kazan Declaration.' },
];

/** Verbs after which the countries named are not parties to the agreement the text just named. */
export const DISSENT_CUES: readonly PartyCueRow[] = [
  { pattern: 'distanced themselves', example: 'Argentina and Paraguay distanced themselves from the text.' },
  { pattern: 'dissociated', example: 'Hungary dissociated itself from the declaration.' },
  { pattern: 'did not.', example: 'India and Brazil were among those that did not.' },
  { pattern: 'did not sign', example: 'Mexico did not sign the communiqué.' },
  { pattern: 'did not endorse', example: 'Peru did not endorse the declaration.' },
  { pattern: 'did not back', example: 'Hungary did not back the statement.' },
  { pattern: 'did not join', example: 'Turkey did not join the declaration.' },
  { pattern: 'declined to', example: 'Saudi Arabia declined to sign the statement.' },
  { pattern: 'refused to', example: 'Turkey refused to endorse the text.' },
  { pattern: 'abstained', example: 'Chile abstained.' },
  { pattern: 'withheld', example: 'Japan withheld its support for the declaration.' },
  { pattern: 'opted out', example: 'Poland opted out of the plan.' },
];

/**
 * Words that say a country takes part without being a member ("observer states", "dialogue
 * partners", "which is completing its accession"): the countries the sentence names after the
 * cue (in its clause), the one its relative clause is about, or the subject that takes part "as"
 * one ("Mexico attended as a guest"), are no party to what "the
 * leaders" adopt. Matched in lower case only ("The Silk Road Observer" is a name).
 */
export const NON_MEMBER_CUES: readonly PartyCueRow[] = [
  { pattern: 'observer', example: 'The leaders of the observer states, President of Mexico Jane Doe, also attended.' },
  { pattern: 'observer', example: 'Mexico took part as an observer.' },
  { pattern: 'observers', example: 'The observers included Mexico.' },
  { pattern: 'dialogue partners', example: 'The meeting brought together dialogue partners, including Mexico.' },
  { pattern: 'dialogue partner', example: 'Mexico joined the talks as a dialogue partner.' },
  { pattern: 'guests', example: 'The guests included the President of Mexico.' },
  { pattern: 'guest', example: 'Mexico attended as a guest.' },
  { pattern: 'accession', example: 'Mexico, which is completing its accession to the bloc, sent its Foreign Minister.' },
  { pattern: 'acceding', example: 'The acceding state Mexico sent a delegation.' },
  { pattern: 'invited countries', example: 'The invited countries included Mexico.' },
];
