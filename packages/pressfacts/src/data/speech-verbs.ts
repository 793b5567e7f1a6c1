/**
 * Verbs that attribute speech ("…, Xi said"; "Modi said that …"). Each row: the verb forms and an
 * example sentence that a test runs through the quote rules.
 *
 * `needsThat`: the verb takes a listener before the reported clause ("told reporters that …"), so
 * the clause starts only after "that". `leading: false`: "X announced that China will …" reports
 * an action (a commitment), not a view; the verb still attributes a quote after it ("…, X
 * announced").
 */
export interface SpeechVerbRow {
  readonly forms: readonly string[];
  readonly example: string;
  readonly needsThat?: boolean;
  readonly leading?: boolean;
}

export const SPEECH_VERBS: readonly SpeechVerbRow[] = [
  { forms: ['said', 'says', 'say'], example: 'Trade has doubled in five years, Minister Ana Costa said.' },
  { forms: ['told'], needsThat: true, example: 'Lee Min-ho told reporters that the talks were productive.' },
  { forms: ['added', 'adds'], example: 'More work lies ahead, Ana Costa added.' },
  { forms: ['noted', 'notes'], example: 'Ana Costa noted that the region has seen rapid growth.' },
  { forms: ['stressed', 'stresses'], example: 'Dialogue remains the only path, Ana Costa stressed.' },
  { forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises'], example: 'Unity matters most, Ana Costa emphasized.' },
  { forms: ['underlined', 'underscored'], example: 'The bloc stands together, Ana Costa underlined.' },
  { forms: ['wrote', 'writes', 'posted', 'tweeted'], example: 'Ana Costa wrote on social media that the talks had been frank.' },
  { forms: ['announced', 'announces'], leading: false, example: 'The fund will open next year, Ana Costa announced.' },
  { forms: ['stated', 'states'], example: 'The summit met its goals, Ana Costa stated.' },
  { forms: ['reiterated', 'confirmed', 'cautioned', 'claimed', 'predicted'], example: 'Ana Costa reiterated that the border would stay open.' },
  {
    forms: ['remarked', 'observed', 'explained', 'declared', 'affirmed', 'insisted', 'argued', 'warned', 'pointed out', 'acknowledged', 'recalled'],
    example: 'The region faces new risks, Ana Costa warned.',
  },
];

export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS.flatMap((r) => r.forms));

/** Forms that take a listener before the clause ("told reporters that …"). */
export const LISTENER_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS.filter((r) => r.needsThat).flatMap((r) => r.forms));

/** Forms that report a view when they open the clause ("X said (that) …"). */
export const LEADING_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS.filter((r) => r.leading !== false).flatMap((r) => r.forms));
