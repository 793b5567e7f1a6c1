/**
 * Words that, right after a comma, open a new clause: the clause before ends at the comma.
 * `coordinator` and `subordinator` cues are dropped from the clause they open ("…, and Colombia
 * will host…" → "Colombia will host…"); a `relative` cue stays (the clause reads "which opened on
 * Friday"); an `attribution` ("according to …") is a clause of its own. Coordinators and
 * subordinators end the clause for good (`hard`); a relative clause is a parenthesis that a
 * subject may be looked up across. A `parenthesis` cue ("…, including X, Y and Z, is priced …") is
 * dropped but, like a relative, does not end the clause.
 */
export type ClauseCueRole = 'coordinator' | 'subordinator' | 'parenthesis' | 'relative' | 'attribution';

export interface ClauseCueRow {
  readonly words: readonly string[];
  readonly role: ClauseCueRole;
  /** A sentence with the cue after a comma; `opens` is the first word of the clause it opens. */
  readonly example: string;
  readonly opens: string;
}

export const CLAUSE_CUES: readonly ClauseCueRow[] = [
  { words: ['and'], role: 'coordinator', example: 'The talks ended on Monday, and Chile will host the next round.', opens: 'Chile' },
  { words: ['but'], role: 'coordinator', example: 'Exports rose in 2023, but imports fell.', opens: 'imports' },
  { words: ['yet'], role: 'coordinator', example: 'Forty states signed the pact, yet trade stayed low.', opens: 'trade' },
  { words: ['while'], role: 'subordinator', example: 'Exports rose by 4 percent, while imports fell by 2 percent.', opens: 'imports' },
  { words: ['whereas'], role: 'subordinator', example: 'Oil output rose, whereas gas output fell.', opens: 'gas' },
  { words: ['as'], role: 'subordinator', example: 'Leaders met on Tuesday, as protests continued outside.', opens: 'protests' },
  { words: ['with'], role: 'subordinator', example: 'Deliveries begin in May, with exports planned for 2026.', opens: 'exports' },
  { words: ['because'], role: 'subordinator', example: 'Sales fell, because demand weakened.', opens: 'demand' },
  { words: ['although'], role: 'subordinator', example: 'The deal was signed, although two members objected.', opens: 'two' },
  { words: ['though'], role: 'subordinator', example: 'The bloc grew, though slowly.', opens: 'slowly' },
  { words: ['including'], role: 'parenthesis', example: 'It served 200 summits, including the 2023 Delhi summit.', opens: 'the' },
  { words: ['according', 'to'], role: 'attribution', example: 'Trade reached $5 billion, according to customs data.', opens: 'according' },
  { words: ['which'], role: 'relative', example: 'Brazil, which chairs the group, will host the summit.', opens: 'which' },
  { words: ['who'], role: 'relative', example: 'Ms Lee, who has led the agency since 2019, will retire.', opens: 'who' },
  { words: ['whom'], role: 'relative', example: 'The forum honoured its founders, whom it invited to Lima.', opens: 'whom' },
  { words: ['whose'], role: 'relative', example: 'Peru, whose president chaired the meeting, signed first.', opens: 'whose' },
  { words: ['where'], role: 'relative', example: 'Leaders met in Lima, where the port opened in 2024.', opens: 'where' },
  { words: ['when'], role: 'relative', example: 'Ties cooled after the 2023 summit, when the bloc warned of overcapacity.', opens: 'when' },
];

/** Words that start a relative clause (also after a preposition: "in which"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
