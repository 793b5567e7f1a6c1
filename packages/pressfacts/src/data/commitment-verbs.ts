/**
 * Phrases that announce or pledge an action ("China has decided to establish …", "Japan will
 * provide …"). The pattern is `<actor> <cue> <object>`; cues use the cue syntax of `cueSource`
 * (`{a|b}` a choice) and are matched case-insensitively on word boundaries.
 *
 * `describe` says where the commitment's description starts:
 * - `cue`: at the cue ("will provide 500 scholarships", "is ready to host a forum");
 * - `after`: after it ("agreed to | launch a dialogue", "pledged | $500 million");
 * - `object`: after the cue and its verb ("has decided to establish | three centers"): the
 *   decision is the item, the verb says nothing a reader needs;
 * - `predicate`: at the verb of the clause the cue opens ("proposed that China and Africa |
 *   jointly carry out ten actions"), whose subject is the actor.
 */
export interface CommitmentCueRow {
  readonly cue: string;
  readonly example: string;
  readonly describe: 'cue' | 'after' | 'object' | 'predicate';
  /** A bare modal ("will") pledges only with an action verb from COMMITMENT_ACTIONS after it. */
  readonly needsAction?: boolean;
  /** "would" reports a pledge only inside an announcement ("announced that X would provide"). */
  readonly announcedOnly?: boolean;
  /** A participle ("…, pledging to …") whose actor is the subject of the sentence's main verb. */
  readonly participle?: boolean;
  /** The object must open with an amount or a count ("announced $50 million …", "unveiled eight initiatives"). */
  readonly needsQuantity?: boolean;
}

export const COMMITMENT_CUES: readonly CommitmentCueRow[] = [
  { cue: '{has|have|had} decided to', describe: 'object', example: 'Japan has decided to open two training centers in the region.' },
  { cue: 'decided to', describe: 'object', example: 'Brazil decided to build a new rail link.' },
  { cue: 'will', describe: 'cue', needsAction: true, example: 'India will provide 500 scholarships to students from Africa.' },
  { cue: 'would', describe: 'cue', needsAction: true, announcedOnly: true, example: 'Kenya announced that it would open a trade office in Accra.' },
  { cue: '{is|are} {ready|willing|prepared} to', describe: 'cue', example: 'Egypt is ready to host a regional forum on water.' },
  { cue: '{stands|stand|stood} ready to', describe: 'cue', example: 'Ghana stands ready to share its vaccine data.' },
  { cue: '{is|are} to', describe: 'cue', needsAction: true, example: 'Chile is to open a trade office in Busan.' },
  { cue: 'will make', describe: 'cue', needsQuantity: true, example: 'Germany will make €1 billion available for the fund.' },
  { cue: '{is|are} set to', describe: 'cue', needsAction: true, example: 'Germany is set to provide an additional €500 million for Ukraine.' },
  {
    cue: '{is|are} {providing|contributing|committing|investing|donating|sending|allocating|offering|giving|supplying|funding|financing|lending|extending|earmarking|mobilizing|mobilising}',
    describe: 'cue',
    needsQuantity: true,
    example: 'Canada is providing C$50 million to the programme.',
  },
  { cue: '{expressed|expresses|voiced|reaffirmed|reiterated} {its|their|his|her} {readiness|willingness} to', describe: 'after', example: 'Egypt expressed its readiness to host a regional center for climate research.' },
  { cue: '{expressed|expresses|voiced} {readiness|willingness} to', describe: 'after', example: 'China expressed willingness to import more farm products from Serbia.' },
  { cue: '{pledged|pledges|pledge|vowed|vows|promised|promises} to', describe: 'after', example: 'Germany pledged to double its climate finance.' },
  { cue: '{pledged|pledges}', describe: 'after', example: 'Norway pledged $500 million for the fund.' },
  { cue: ', {pledging|vowing|promising|committing|agreeing} to', describe: 'after', participle: true, example: 'Nordic leaders closed their meeting in Oslo, pledging to build a joint power grid.' },
  { cue: '{committed|commit|commits} to', describe: 'after', example: 'The members committed to cutting tariffs on medicines.' },
  { cue: '{has|have|had} committed', describe: 'after', needsQuantity: true, example: 'Mexico has committed $300 million to the fund.' },
  { cue: '{offered|offers} to', describe: 'after', needsAction: true, example: 'Brazil offered to fund a regional vaccine plant.' },
  { cue: '{announced|unveiled|launched|put forward}', describe: 'after', needsQuantity: true, example: 'The United States announced eight major initiatives for the region.' },
  { cue: '{promised|offered|offers}', describe: 'after', needsQuantity: true, example: 'Spain offered 200 scholarships to Andean students.' },
  // "agreed to hold the next summit", "agreed to focus cooperation on …" are plans and agendas: only an action verb pledges.
  { cue: '{agreed|agree|agrees} to', describe: 'after', needsAction: true, example: 'The two sides agreed to launch a joint space programme.' },
  { cue: '{undertook|undertakes|undertake} to', describe: 'after', example: 'Ghana undertook to supply power to its neighbours.' },
  { cue: '{set aside|sets aside|earmarked|earmarks|allocated|allocates|committed|commits|approved|mobilized|mobilised|extended}', describe: 'after', needsQuantity: true, example: 'Peru set aside $40 million for a regional seed bank.' },
  { cue: '{plans|planned|intends} to', describe: 'after', example: 'Indonesia plans to open a trade office in Lagos.' },
  { cue: '{proposed|proposes} that', describe: 'predicate', example: 'Peru proposed that the two countries jointly build a new port.' },
];

/**
 * Verbs that make "will"/"would" a pledge: things an actor gives, builds or starts. "China will
 * host the next summit" or "the treaty will enter into force" are plans and facts, not pledges.
 */
export interface CommitmentActionRow {
  readonly verbs: readonly string[];
  readonly example: string;
}

export const COMMITMENT_ACTIONS: readonly CommitmentActionRow[] = [
  { verbs: ['provide', 'offer', 'give', 'grant', 'donate', 'contribute', 'supply', 'deliver', 'send', 'dispatch'], example: 'Korea will offer 1,000 training places.' },
  { verbs: ['establish', 'set up', 'create', 'build', 'construct', 'launch', 'open', 'introduce', 'upgrade'], example: 'France will set up a climate fund for the Sahel.' },
  { verbs: ['develop', 'install', 'equip', 'modernize', 'modernise', 'rehabilitate', 'renovate', 'rebuild', 'restore', 'electrify'], example: 'Kenya will install solar panels in 500 schools.' },
  { verbs: ['pay', 'spend', 'deposit', 'transfer', 'inject', 'commit'], example: 'Saudi Arabia will deposit $3 billion in the central bank.' },
  { verbs: ['invest', 'fund', 'finance', 'co-finance', 'allocate', 'earmark', 'mobilize', 'mobilise', 'set aside', 'sponsor', 'award', 'lend', 'disburse', 'channel', 'underwrite', 'make available'], example: 'Qatar will invest $2 billion in clean energy.' },
  { verbs: ['train', 'invite', 'receive', 'welcome'], example: 'China will train 5,000 technicians.' },
  { verbs: ['import', 'export', 'buy', 'purchase'], example: 'Vietnam will import more rice from Thailand.' },
  { verbs: ['expand', 'increase', 'double', 'triple', 'raise', 'boost', 'scale up', 'step up', 'extend'], example: 'Canada will double its aid to the region.' },
  { verbs: ['cut', 'reduce', 'lower', 'waive', 'cancel', 'forgive', 'remove', 'lift', 'phase out'], example: 'Mexico will cut tariffs on solar panels.' },
  { verbs: ['undertake', 'encourage', 'organize', 'organise'], example: 'China will undertake 10 medical and health projects in Africa.' },
  { verbs: ['implement', 'carry out', 'continue', 'support', 'help', 'assist', 'deploy', 'share', 'release'], example: 'Chile will implement a new visa scheme for students.' },
];

/**
 * Predicates that state goodwill rather than an action anyone could check ("work with all
 * parties", "deepen cooperation"). A pledge made only of these is left out. Cue syntax; matched at
 * the start of the predicate, after the cue.
 */
export interface VaguePredicateRow {
  readonly predicate: string;
  readonly example: string;
}

export const VAGUE_PREDICATES: readonly VaguePredicateRow[] = [
  { predicate: '{work|working|cooperate|cooperating} {with|together|closely|hand}', example: 'China is ready to work with all parties.' },
  {
    predicate: '{deepen|deepening|strengthen|strengthening|expand|expanding|enhance|enhancing|promote|promoting|boost|advance|step up|broaden|intensify|further} * {cooperation|ties|relations|partnership|friendship|communication|coordination|dialogue|exchanges|collaboration}',
    example: 'The two sides agreed to deepen practical cooperation.',
  },
  { predicate: 'continue {to work|working|to cooperate|cooperating|to stand|standing}', example: 'Egypt will continue to work with its partners.' },
  { predicate: '{host|hold|holding|hosting} the {next|following}', example: 'Brazil will host the next summit in 2026.' },
  { predicate: '{meet|meeting} {again|next}', example: 'The leaders agreed to meet again next year.' },
  { predicate: '{stand|standing} {with|together|by}', example: 'Germany vowed to stand with Ukraine.' },
  { predicate: '{maintain|keep|stay in} * {communication|contact|touch}', example: 'The ministers agreed to maintain close communication.' },
];

/**
 * Plural or collective subjects that pledge without being one country ("Leaders committed to …",
 * "the two sides agreed to …"): the commitment is kept with a null actor.
 */
export interface CollectiveActorRow {
  readonly nouns: readonly string[];
  readonly example: string;
}

export const COLLECTIVE_ACTORS: readonly CollectiveActorRow[] = [
  { nouns: ['leaders', 'heads', 'presidents', 'ministers', 'delegations', 'participants'], example: 'Leaders committed to doubling renewable capacity.' },
  { nouns: ['sides', 'parties', 'allies', 'members', 'partners', 'signatories'], example: 'The two sides agreed to launch a joint space programme.' },
  { nouns: ['countries', 'nations', 'states', 'governments', 'economies'], example: 'The five countries pledged to share flood data.' },
  { nouns: ['bloc', 'group', 'grouping', 'alliance'], example: 'The bloc committed to finishing a review of its common tariff.' },
  // "the African side": a side named by a region, not a country ("the Chinese side" is China).
  { nouns: ['side'], example: 'The Latin American side agreed to establish a business council.' },
];
