/**
 * Words that introduce what someone said. A capitalised name right before the cue
 * ("Modi said"), or right after it when `nameAfter` ("…, said Modi."), is read as a person even
 * without a title. Cues are matched in lower case only, word by word.
 */
export interface SpeechCueRow {
  readonly cue: string;
  /** The speaker may stand before the cue: "Ramaphosa said". */
  readonly nameBefore: boolean;
  /** The speaker may follow the cue: "said Ramaphosa". */
  readonly nameAfter: boolean;
  readonly example: string;
  readonly person: string;
}

const before = (cue: string, example: string, person: string): SpeechCueRow => ({
  cue,
  nameBefore: true,
  nameAfter: false,
  example,
  person,
});
const after = (cue: string, example: string, person: string): SpeechCueRow => ({
  cue,
  nameBefore: false,
  nameAfter: true,
  example,
  person,
});
const both = (cue: string, example: string, person: string): SpeechCueRow => ({
  cue,
  nameBefore: true,
  nameAfter: true,
  example,
  person,
});

export const SPEECH_CUES: readonly SpeechCueRow[] = [
  both('said', 'The talks were useful, said Cyril Ramaphosa.', 'Cyril Ramaphosa'),
  both('says', 'The talks are useful, says Cyril Ramaphosa.', 'Cyril Ramaphosa'),
  both('added', 'Trade will grow, added Narendra Modi.', 'Narendra Modi'),
  both('noted', 'Trade has grown, noted Gitanas Nausėda.', 'Gitanas Nausėda'),
  both('stressed', 'Peace matters, stressed Prabowo Subianto.', 'Prabowo Subianto'),
  both('wrote', 'The ties are deep, wrote Temur Umarov.', 'Temur Umarov'),
  both('explained', 'The plan is simple, explained Amina Yusuf.', 'Amina Yusuf'),
  after('according to', 'Exports rose, according to Kwame Mensah.', 'Kwame Mensah'),
  before('told', 'Shavkat Mirziyoyev told reporters that trade grew.', 'Shavkat Mirziyoyev'),
  before('tells', 'Shavkat Mirziyoyev tells reporters that trade grows.', 'Shavkat Mirziyoyev'),
  before('announced', 'In Astana, Sadyr Japarov announced a new fund.', 'Sadyr Japarov'),
  before('urged', 'Later, Emomali Rahmon urged closer ties.', 'Emomali Rahmon'),
  before('hailed', 'On Friday, Serdar Berdimuhamedov hailed the deal.', 'Serdar Berdimuhamedov'),
  before('stressed', 'Anwar Ibrahim stressed the value of trade.', 'Anwar Ibrahim'),
  before('noted', 'Luiz Inácio Lula da Silva noted the progress.', 'Luiz Inácio Lula da Silva'),
  before('added', 'Narendra Modi added that trade grew.', 'Narendra Modi'),
  before('emphasized', 'Prabowo Subianto emphasized the value of trade.', 'Prabowo Subianto'),
  before('emphasised', 'Cyril Ramaphosa emphasised the value of trade.', 'Cyril Ramaphosa'),
  before('underlined', 'Cyril Ramaphosa underlined the value of trade.', 'Cyril Ramaphosa'),
  before('underscored', 'Cyril Ramaphosa underscored the value of trade.', 'Cyril Ramaphosa'),
  before('highlighted', 'Cyril Ramaphosa highlighted the value of trade.', 'Cyril Ramaphosa'),
  before('stated', 'Cyril Ramaphosa stated that trade grew.', 'Cyril Ramaphosa'),
  before('declared', 'Cyril Ramaphosa declared the summit open.', 'Cyril Ramaphosa'),
  before('warned', 'Cyril Ramaphosa warned against protectionism.', 'Cyril Ramaphosa'),
  before('insisted', 'Cyril Ramaphosa insisted that trade grew.', 'Cyril Ramaphosa'),
  before('argued', 'Cyril Ramaphosa argued that trade grew.', 'Cyril Ramaphosa'),
  before('remarked', 'Cyril Ramaphosa remarked that trade grew.', 'Cyril Ramaphosa'),
  before('commented', 'Cyril Ramaphosa commented on the deal.', 'Cyril Ramaphosa'),
  before('recalled', 'Cyril Ramaphosa recalled the first summit.', 'Cyril Ramaphosa'),
  before('reiterated', 'Cyril Ramaphosa reiterated his support.', 'Cyril Ramaphosa'),
  before('affirmed', 'Cyril Ramaphosa affirmed his support.', 'Cyril Ramaphosa'),
  before('pointed out', 'Cyril Ramaphosa pointed out that trade grew.', 'Cyril Ramaphosa'),
  before('called on', 'Cyril Ramaphosa called on members to act.', 'Cyril Ramaphosa'),
  before('called for', 'Cyril Ramaphosa called for closer ties.', 'Cyril Ramaphosa'),
  before('welcomed', 'Cyril Ramaphosa welcomed the deal.', 'Cyril Ramaphosa'),
  before('praised', 'Cyril Ramaphosa praised the hosts.', 'Cyril Ramaphosa'),
  before('expressed', 'Cyril Ramaphosa expressed his thanks.', 'Cyril Ramaphosa'),
  before('pledged', 'Cyril Ramaphosa pledged more aid.', 'Cyril Ramaphosa'),
  before('vowed', 'Cyril Ramaphosa vowed to act.', 'Cyril Ramaphosa'),
  before('proposed', 'Cyril Ramaphosa proposed a new fund.', 'Cyril Ramaphosa'),
  before('asked', 'Cyril Ramaphosa asked for patience.', 'Cyril Ramaphosa'),
  before('replied', 'Cyril Ramaphosa replied that trade grew.', 'Cyril Ramaphosa'),
  before('acknowledged', 'Cyril Ramaphosa acknowledged the risks.', 'Cyril Ramaphosa'),
  before('recognized', 'Cyril Ramaphosa recognized the risks.', 'Cyril Ramaphosa'),
  before('believes', 'Cyril Ramaphosa believes that trade will grow.', 'Cyril Ramaphosa'),
];

/**
 * Short words that may stand between a speaker and the cue: "Modi on Tuesday hailed",
 * "Modi also said". `on` followed by a weekday or a month and day is handled by the rule.
 */
export interface CueFillerRow {
  readonly word: string;
  readonly example: string;
  readonly person: string;
}

export const CUE_FILLERS: readonly CueFillerRow[] = [
  { word: 'also', example: 'Later, Shehbaz Sharif also said trade grew.', person: 'Shehbaz Sharif' },
  { word: 'further', example: 'Later, Shehbaz Sharif further noted the progress.', person: 'Shehbaz Sharif' },
  { word: 'later', example: 'Shehbaz Sharif later told reporters that trade grew.', person: 'Shehbaz Sharif' },
  { word: 'earlier', example: 'Shehbaz Sharif earlier said trade grew.', person: 'Shehbaz Sharif' },
  { word: 'then', example: 'Shehbaz Sharif then announced a new fund.', person: 'Shehbaz Sharif' },
  { word: 'again', example: 'Shehbaz Sharif again urged closer ties.', person: 'Shehbaz Sharif' },
  { word: 'once', example: 'Shehbaz Sharif once said trade would grow.', person: 'Shehbaz Sharif' },
  { word: 'recently', example: 'Shehbaz Sharif recently said trade grew.', person: 'Shehbaz Sharif' },
  { word: 'previously', example: 'Shehbaz Sharif previously said trade grew.', person: 'Shehbaz Sharif' },
  { word: 'reportedly', example: 'Shehbaz Sharif reportedly said trade grew.', person: 'Shehbaz Sharif' },
  { word: 'publicly', example: 'Shehbaz Sharif publicly hailed the deal.', person: 'Shehbaz Sharif' },
  { word: 'repeatedly', example: 'Shehbaz Sharif repeatedly stressed the value of trade.', person: 'Shehbaz Sharif' },
  { word: 'on', example: 'Shehbaz Sharif on Tuesday hailed the deal.', person: 'Shehbaz Sharif' },
];
