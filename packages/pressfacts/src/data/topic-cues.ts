/**
 * Phrases that introduce a list of cooperation areas or agenda items; the list that follows is
 * split into topics. Matched case-insensitively.
 */
export interface TopicCueRow {
  readonly cue: string;
  readonly example: string;
}

export const TOPIC_CUES: readonly TopicCueRow[] = [
  { cue: 'focus cooperation on', example: 'They agreed to focus cooperation on energy, health and tourism.' },
  { cue: 'focusing cooperation on', example: 'Focusing cooperation on energy, health and tourism, the sides met.' },
  { cue: 'cooperation in areas such as', example: 'They will deepen cooperation in areas such as energy, health and tourism.' },
  { cue: 'cooperation in the fields of', example: 'They expanded cooperation in the fields of energy, health and tourism.' },
  { cue: 'cooperation in the areas of', example: 'They expanded cooperation in the areas of energy, health and tourism.' },
  { cue: 'priority areas including', example: 'The plan names priority areas including energy, health and tourism.' },
  { cue: 'priority areas of', example: 'The plan sets out the priority areas of energy, health and tourism.' },
  { cue: 'agenda included', example: 'The agenda included energy, health and tourism.' },
  { cue: 'agenda covered', example: 'The agenda covered energy, health and tourism.' },
  { cue: 'talks covered', example: 'The talks covered energy, health and tourism.' },
  { cue: 'discussions focused on', example: 'Discussions focused on energy, health and tourism.' },
  { cue: 'discussed', example: 'The leaders discussed energy, health and tourism.' },
  { cue: 'topics such as', example: 'They covered topics such as energy, health and tourism.' },
  { cue: 'issues such as', example: 'They covered issues such as energy, health and tourism.' },
  { cue: 'sectors such as', example: 'They invested in sectors such as energy, health and tourism.' },
  { cue: 'cooperation on', example: 'They agreed to step up cooperation on energy, health and tourism.' },
];
