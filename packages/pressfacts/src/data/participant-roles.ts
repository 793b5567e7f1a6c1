/**
 * Plural role words in participant lists ("attended by the presidents of A, B and C") and the
 * singular title each participant gets (null: the role says nothing about the office).
 */
export interface ParticipantRoleRow {
  readonly plural: string;
  readonly title: string | null;
  readonly example: string;
}

export const PARTICIPANT_ROLES: readonly ParticipantRoleRow[] = [
  { plural: 'presidents', title: 'President', example: 'The meeting was attended by the presidents of Chile and Peru.' },
  { plural: 'prime ministers', title: 'Prime Minister', example: 'The prime ministers of Spain and Portugal took part.' },
  { plural: 'premiers', title: 'Premier', example: 'The premiers of China and Japan met.' },
  { plural: 'chancellors', title: 'Chancellor', example: 'The chancellors of Germany and Austria attended.' },
  { plural: 'kings', title: 'King', example: 'The kings of Jordan and Morocco attended.' },
  { plural: 'foreign ministers', title: 'Foreign Minister', example: 'The foreign ministers of Fiji and Samoa met.' },
  { plural: 'heads of state', title: 'Head of State', example: 'The heads of state of Ghana and Togo met.' },
  { plural: 'heads of government', title: 'Head of Government', example: 'The heads of government of Canada and Kenya met.' },
  { plural: 'heads of state and government', title: null, example: 'The heads of state and government of Brazil and India met.' },
  { plural: 'leaders', title: null, example: 'Leaders of Brazil, India and South Africa gathered.' },
  { plural: 'delegations', title: null, example: 'Delegations from Chad and Niger attended.' },
  { plural: 'representatives', title: null, example: 'Representatives of Cuba and Mexico attended.' },
  { plural: 'ministers', title: null, example: 'Ministers from Chile and Peru attended.' },
  { plural: 'senior officials', title: null, example: 'Ministers and senior officials from Chile and Peru also attended.' },
];

/**
 * Titles that make a person with a country a summit participant for that country (heads of state
 * or government and their stand-ins).
 */
export const LEADER_TITLES: readonly string[] = [
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'amir',
  'sultan',
  'crown prince',
  'vice president',
  'chairman',
  'supreme leader',
  // Heads of interim and military governments ("Chief Adviser Muhammad Yunus of Bangladesh").
  'chief adviser',
  'senior general',
  'head of state',
  'taoiseach',
  'general secretary',
];

/**
 * Words that say the countries or people of a clause took part ("Peru, Chile and Ecuador took
 * part", "Attending were Chilean President X, Colombia's Y …"). Cue syntax (`{a|b}` a choice);
 * each example is run by a test and must give `countries` as participants.
 */
export interface AttendanceCueRow {
  readonly cue: string;
  readonly example: string;
  readonly countries: readonly string[];
}

export const ATTENDANCE_CUES: readonly AttendanceCueRow[] = [
  { cue: '{took|take|takes} part', example: 'The summit opened in Quito. Peru, Chile and Ecuador took part.', countries: ['Peru', 'Chile', 'Ecuador'] },
  { cue: '{attended|attend|attends|participated|participate|were present|was present}', example: 'The summit opened in Quito. Bolivia and Paraguay also attended.', countries: ['Bolivia', 'Paraguay'] },
  { cue: '{attending|present|participating} {were|was}', example: "The summit opened in Quito. Attending were Colombia's Gustavo Petro and Ecuador's Daniel Noboa.", countries: ['Colombia', 'Ecuador'] },
  { cue: '{co-chaired|chaired|co-hosted} by', example: "The summit opened in Quito. The meeting was co-chaired by Colombia's Gustavo Petro and Ecuador's Daniel Noboa.", countries: ['Colombia', 'Ecuador'] },
  { cue: '{joined|join|joins} host', example: "The summit opened in Quito. Colombia's Gustavo Petro joined host Daniel Noboa.", countries: ['Colombia'] },
];
