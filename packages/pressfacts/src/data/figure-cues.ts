/**
 * Vocabulary that decides what a figure measures. Each row has an example sentence a test runs;
 * `subject` is what the figure assembler must read as the figure's subject there.
 */
export interface FigureCueRow {
  readonly words: readonly string[];
  readonly example: string;
  readonly subject: string | null;
}

/**
 * Verbs that state a measure of their subject ("trade reached $5 billion"): the figure measures
 * the clause subject, not the verb's object. Other verbs ("China will provide $5 billion in loans")
 * leave the subject to the phrase after the figure.
 */
export const MEASURE_VERBS: readonly FigureCueRow[] = [
  { words: ['reach', 'reached', 'reaches', 'reaching'], example: 'Bilateral trade reached $9 billion in 2024.', subject: 'Bilateral trade' },
  { words: ['total', 'totaled', 'totalled', 'totals', 'totaling', 'totalling'], example: 'Pledges totaled $2 billion.', subject: 'Pledges' },
  { words: ['amount', 'amounted', 'amounts'], example: 'Exports of goods amounted to $7 billion.', subject: 'Exports of goods' },
  { words: ['exceed', 'exceeded', 'exceeds', 'exceeding'], example: 'Chinese investment in Chile exceeds $3 billion.', subject: 'Chinese investment in Chile' },
  { words: ['cross', 'crossed', 'crosses', 'passed', 'breached'], example: 'Bilateral trade crossed the $10 billion mark last year.', subject: 'Bilateral trade' },
  { words: ['hitting', 'topping', 'surpassing', 'crossing', 'standing', 'averaging', 'accounting', 'representing'], example: 'China remained the top partner, with two-way trade hitting $282 billion in 2023.', subject: 'two-way trade' },
  { words: ['surpass', 'surpassed', 'surpasses', 'top', 'topped', 'tops', 'hit', 'hits'], example: 'Exports to Europe topped $8 billion.', subject: 'Exports to Europe' },
  { words: ['stand', 'stood', 'stands', 'run', 'ran', 'runs'], example: 'The profits on them run at about €3bn a year.', subject: 'profits' },
  { words: ['grow', 'grew', 'grows', 'rise', 'rose', 'rises', 'increase', 'increased', 'increases', 'climb', 'climbed', 'jump', 'jumped', 'widen', 'widened', 'expand', 'expanded'], example: 'Machinery imports increased by 30 percent.', subject: 'Machinery imports' },
  { words: ['grown', 'risen', 'rising', 'growing', 'increasing', 'climbing', 'expanding', 'soar', 'soared', 'soars', 'surge', 'surged', 'surges', 'doubled', 'tripled', 'triple', 'quadruple', 'quadrupled', 'rebounded', 'recovered', 'accelerated', 'edged', 'improved'], example: 'Two-way trade has grown to more than $30 billion a year.', subject: 'Two-way trade' },
  { words: ['fallen', 'falling', 'dropping', 'declining', 'ease', 'eased', 'eases', 'slow', 'slowed', 'slows', 'plunged', 'plummeted', 'slumped', 'tumbled', 'slipped', 'dipped', 'contracted', 'halved'], example: 'Inflation eased to 3.1% in April.', subject: 'Inflation' },
  { words: ['fall', 'fell', 'falls', 'drop', 'dropped', 'decline', 'declined', 'decrease', 'decreased', 'shrink', 'shrank', 'narrow', 'narrowed'], example: 'Food group exports fell by 11 percent.', subject: 'Food group exports' },
  { words: ['gain', 'gained', 'gains', 'advance', 'advanced', 'advances', 'shed', 'sheds', 'lost', 'loses'], example: 'The benchmark index gained 1.5 percent on Friday.', subject: 'benchmark index' },
  { words: ['slid', 'slides', 'sank', 'sinks', 'weakened', 'strengthened', 'depreciated', 'appreciated', 'moderated', 'cooled', 'dived', 'retreated'], example: 'The shilling weakened 4 percent against the dollar.', subject: 'shilling' },
  { words: ['average', 'averaged', 'averages', 'cost', 'costs'], example: 'The rupee averaged 281 rupees per dollar.', subject: 'rupee' },
  { words: ['be', 'is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained'], example: 'In rupee terms, imports were Rs 4,659 billion.', subject: 'imports' },
  { words: ['account', 'accounts', 'accounted', 'represent', 'represents', 'represented', 'make', 'makes', 'made'], example: 'Textile exports accounted for about 60 percent of the total.', subject: 'Textile exports' },
  { words: ['hold', 'holds', 'held'], example: 'The Peace Fund holds nearly $400mn.', subject: 'Peace Fund' },
  { words: ['came', 'come', 'comes', 'coming'], example: 'Earnings per share came in at $1.42, beating estimates.', subject: 'Earnings per share' },
  { words: ['need', 'needs', 'needed', 'require', 'requires', 'required', 'seek', 'seeks', 'sought', 'seeking'], example: 'The resilience facility needs at least US$500m to be viable.', subject: 'resilience facility' },
  { words: ['priced', 'estimated', 'valued', 'put', 'worth', 'set', 'capped', 'forecast', 'projected', 'pegged'], example: 'A starter kit is priced at $4,990.', subject: 'starter kit' },
];

/**
 * Nouns too general to be what a figure measures in "an increase of 4.5 percent", "a baseline of
 * €40 billion in support": the subject is elsewhere (the clause subject, the phrase after the figure,
 * or the noun the phrase is in apposition to).
 */
export const GENERIC_MEASURE_NOUNS: readonly FigureCueRow[] = [
  { words: ['increase', 'rise', 'growth', 'gain', 'jump', 'decrease', 'decline', 'drop', 'fall', 'cut', 'reduction', 'hike', 'boost'], example: 'Exports amounted to $7 billion, an increase of 4.5 percent.', subject: 'Exports' },
  { words: ['rate', 'pace', 'clip'], example: 'Exports grew at an annual rate of 7 percent.', subject: 'Exports' },
  { words: ['investment', 'cost', 'outlay'], example: 'They opened the new port terminal, an investment of $1.3 billion.', subject: 'new port terminal' },
  { words: ['high', 'low', 'peak', 'record'], example: 'Bilateral trade hit a record high of $36 billion.', subject: 'Bilateral trade' },
  { words: ['baseline', 'total', 'sum', 'amount', 'value', 'figure', 'level', 'package', 'minimum', 'maximum', 'mark', 'threshold', 'milestone'], example: 'Allies pledged a baseline of €40 billion in military support.', subject: 'military support' },
];

/**
 * Nouns a count is the size of in "a market of 700 million consumers", "a membership of ten
 * countries": the noun is the subject. Other nouns before "of" ("the exchange of 28 documents",
 * "the fortunes of 3,000 billionaires") are no subject of the count.
 */
export const COUNT_CONTAINERS: readonly FigureCueRow[] = [
  { words: ['market', 'markets'], example: 'The pact creates a market of 450 million consumers.', subject: 'market' },
  { words: ['population'], example: 'The region has a population of 60 million people.', subject: 'population' },
  { words: ['membership'], example: 'The bloc now has a membership of 27 countries.', subject: 'membership' },
  { words: ['workforce', 'labour force', 'labor force'], example: 'The sector has a workforce of 120,000 workers.', subject: 'workforce' },
  { words: ['network', 'community', 'group', 'coalition', 'alliance', 'bloc', 'union', 'club'], example: 'They lead a coalition of 40 countries.', subject: 'coalition' },
  { words: ['delegation', 'audience', 'team'], example: 'He led a delegation of 150 business leaders.', subject: 'delegation' },
];

/**
 * Verbs that send an amount that opens its clause somewhere ("Some €300 million will go to health
 * programmes", "$800 million is earmarked for food security"): what the amount is for, after the
 * preposition, is its subject.
 */
export const ALLOCATION_VERBS: readonly FigureCueRow[] = [
  { words: ['go', 'goes', 'went', 'flow', 'flowed', 'flows'], example: 'Some €300 million will go to health programmes.', subject: 'health programmes' },
  { words: ['earmarked', 'allocated', 'reserved', 'dedicated', 'devoted', 'destined', 'set', 'aside'], example: 'Of the total, $800 million is earmarked for food security.', subject: 'food security' },
  { words: ['used', 'spent', 'invested', 'channelled', 'channeled', 'directed', 'disbursed', 'lent', 'provided'], example: 'About $2 billion will be invested in new rail lines.', subject: 'new rail lines' },
];

/**
 * Passive verbs of change: "by" after them gives the size of the change ("the ratio was reduced by
 * 100 basis points"), not the agent ("was joined by 30 heads of state"). The clause subject is
 * what changed.
 */
export const CHANGE_PASSIVES: readonly FigureCueRow[] = [
  { words: ['reduced', 'cut', 'lowered', 'decreased', 'trimmed', 'slashed', 'lifted', 'raised', 'increased', 'boosted', 'hiked', 'expanded'], example: 'The cash reserve ratio was reduced by 100 basis points.', subject: 'cash reserve ratio' },
];

/**
 * Verbs by which a subject holds a share of a whole ("Indian firms account for nearly 30 per cent of
 * foreign direct investment"): the percentage measures the subject's share, so the subject is what it
 * measures, not the whole after "of".
 */
export const SHARE_VERBS: readonly FigureCueRow[] = [
  { words: ['account', 'accounts', 'accounted', 'accounting'], example: 'The Caribbean accounts for less than 1 per cent of global emissions.', subject: 'Caribbean' },
  { words: ['represent', 'represents', 'represented', 'representing', 'make', 'makes', 'made', 'making', 'comprise', 'comprises', 'comprised', 'constitute', 'constitutes'], example: 'Asia-Pacific terminals represented 38 per cent of group volumes.', subject: 'Asia-Pacific terminals' },
  { words: ['amount', 'amounts', 'amounted', 'amounting', 'equal', 'equals', 'equalled', 'equaled', 'equalling', 'equaling'], example: 'Exports of goods and services amounted to 45 percent of output.', subject: 'Exports of goods and services' },
];

/**
 * Words in -ing that modify a noun rather than act as a verb ("developing countries", "emerging
 * markets"): a verb there is no verb of the figure's clause and no end of a noun phrase.
 */
export const PARTICIPLE_ADJECTIVES: readonly FigureCueRow[] = [
  {
    words: ['developing', 'emerging', 'leading', 'existing', 'remaining', 'ongoing', 'neighbouring', 'neighboring', 'participating', 'founding', 'ruling', 'operating', 'outstanding', 'incoming', 'outgoing', 'underlying', 'prevailing'],
    example: 'It puts the climate finance needs of developing countries at $5.8 trillion.',
    subject: 'climate finance needs of developing countries',
  },
];
