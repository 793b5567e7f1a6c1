/**
 * Phrases that announce or pledge an action ("China has decided to establish …"). The pattern is
 * `<actor> <cue> <verb> <object>`; cues are matched case-insensitively on word boundaries.
 */
export interface CommitmentCueRow {
  readonly cue: string;
  readonly example: string;
}

export const COMMITMENT_CUES: readonly CommitmentCueRow[] = [
  { cue: 'has decided to', example: 'Japan has decided to open two training centers in the region.' },
  { cue: 'have decided to', example: 'The two sides have decided to set up a joint fund.' },
  { cue: 'decided to', example: 'Brazil decided to build a new rail link.' },
  { cue: 'will provide', example: 'India will provide 500 scholarships to students from Africa.' },
  { cue: 'will establish', example: 'The bank will establish a regional office.' },
  { cue: 'will set up', example: 'France will set up a climate fund for the Sahel.' },
  { cue: 'will launch', example: 'Kenya will launch a digital trade corridor.' },
  { cue: 'will build', example: 'Egypt will build three new ports.' },
  { cue: 'will offer', example: 'Korea will offer 1,000 training places.' },
  { cue: 'will host', example: 'Brazil will host the next summit in 2026.' },
  { cue: 'will train', example: 'China will train 5,000 technicians.' },
  { cue: 'will invest', example: 'The fund will invest $2 billion in clean energy.' },
  { cue: 'pledged to', example: 'Germany pledged to double its aid.' },
  { cue: 'pledged', example: 'Norway pledged $500 million for the fund.' },
  { cue: 'committed to', example: 'The members committed to cutting tariffs.' },
  { cue: 'promised to', example: 'Canada promised to send experts.' },
  { cue: 'vowed to', example: 'The leaders vowed to deepen cooperation.' },
  { cue: 'plans to', example: 'Indonesia plans to open a trade office.' },
  { cue: 'is ready to', example: 'China is ready to work with all parties.' },
];
