/**
 * Phrases that introduce a list of cooperation areas or agenda items; the list that follows is
 * split into topics. Cue syntax (see `cueSource`): `{a|b}` a choice, `*` up to three words; matched
 * case-insensitively. `minItems` (default 2) asks for a longer list where the cue alone says
 * little ("in" before five areas is a list of sectors; before two it is anything).
 *
 * Only cues of intent or agenda count: "have seen robust cooperation in trade" reports the past
 * and "centers focusing on X" describes what a thing does; neither lists agenda items.
 */
export interface TopicCueRow {
  readonly cue: string;
  readonly example: string;
  readonly minItems?: number;
}

export const TOPIC_CUES: readonly TopicCueRow[] = [
  { cue: '{focus|focused|focuses} cooperation on', example: 'They agreed to focus cooperation on energy, health and tourism.' },
  { cue: 'focusing cooperation on', example: 'Focusing cooperation on energy, health and tourism, the sides met.' },
  { cue: '{focus|focused|focuses} on', example: 'The presidency will focus on energy, health and tourism.' },
  {
    cue: '{deepen|deepening|deeper|expand|expanding|expanded|strengthen|strengthening|stronger|enhance|enhancing|enhanced|boost|boosting|step up|broaden|broader|intensify|closer|practical|promote|prioritize|prioritise} {cooperation|collaboration|ties|partnership} {in|on}',
    example: 'The leaders agreed to deepen cooperation in energy, health and tourism.',
  },
  { cue: 'cooperation in {areas|fields|sectors} such as', example: 'They will work together in cooperation in areas such as energy, health and tourism.' },
  { cue: 'cooperation in the {fields|areas|sectors} of', example: 'They expanded cooperation in the fields of energy, health and tourism.' },
  { cue: 'priority {areas|sectors} {including|of|such as}', example: 'The plan names priority areas including energy, health and tourism.' },
  { cue: '{agenda|talks|discussions|meeting|summit} {included|covered|spanned}', example: 'The agenda included energy, health and tourism.' },
  { cue: '{discussed|discussing}', minItems: 3, example: 'The leaders discussed energy, health and tourism.' },
  { cue: '{topics|issues|sectors|areas|fields|themes} such as', example: 'They covered topics such as energy, health and tourism.' },
  { cue: '{covers|covered|cover}', minItems: 3, example: 'The declaration covers energy, health and tourism.' },
  { cue: '{addressed|addresses|tackled|tackles|examined|reviewed}', minItems: 3, example: 'The ministers addressed energy, health and tourism.' },
  { cue: '{covering|will cover|to cover|would cover}', minItems: 3, example: 'The ten actions, covering energy, health and tourism, start next year.' },
  { cue: '{session|sessions|talks|discussions|dialogue|panel|panels}{,|} on', example: 'The first working session, on energy, health and tourism, is under way.' },
  { cue: '{organized|organised|centred|centered|built|structured} * {around|on}', example: 'The presidency organized its year around energy, health and tourism.' },
  { cue: '{priorities|priority areas|agenda|topics|themes} * {include|included|includes|are|were|covered}', example: 'Priorities for the coming year include energy, health and tourism.' },
  { cue: '{issues|topics|areas|priorities|themes|pillars|sectors}:', example: 'The plan sets three priorities: energy, health and tourism.' },
  { cue: ', in', minItems: 5, example: 'It will launch eight initiatives, in energy, health, tourism, culture and sport.' },
];

/**
 * Phrases that close a list of priorities ("make A, B and C the priorities of its term"): the list
 * runs back from the cue to the verb that governs it.
 */
export const TOPIC_TRAILING_CUES: readonly TopicCueRow[] = [
  { cue: 'as {the|its|their|key|main|top} {sectors|priorities|priority areas|areas|topics|themes|issues}', example: 'The report highlights energy, health and tourism as the sectors most likely to benefit.' },
  { cue: 'as {priorities|priority areas|key priorities|key areas|key sectors}', example: 'The bloc named energy, health and tourism as key priorities.' },
  { cue: 'the {priorities|priority areas|focus} of', example: 'Colombia will make energy, health and tourism the priorities of its term.' },
  { cue: '{dominated|topped|headlined|led} the {agenda|talks|discussions}', minItems: 1, example: 'Energy, health and tourism topped the agenda.' },
];

/**
 * Words that end the last item of a list: what follows them is the rest of the clause ("… and
 * tourism over the next three years", "… and tourism, which …"), not part of a topic.
 */
export const TOPIC_LIST_STOPS: ReadonlySet<string> = new Set([
  'as', 'at', 'over', 'by', 'with', 'within', 'until', 'during', 'through', 'throughout', 'so', 'because', 'while',
  'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'including', 'since', 'after', 'before', 'amid',
  'despite', 'than', 'via', 'under', 'into', 'toward', 'towards', 'if', 'unless', 'although', 'though',
]);
