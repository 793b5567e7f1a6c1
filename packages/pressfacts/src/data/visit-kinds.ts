/**
 * Kinds of a bilateral visit: the event of a readout that reports no named gathering ("Xi is
 * paying a state visit to Serbia" → `state visit to Serbia`). The kind word is kept in the name;
 * other words before "visit" ("first", "two-day", "historic") are not. Each `example` is a
 * release body a test runs: its event must be named `name`.
 */
export interface VisitKindRow {
  readonly kind: string;
  readonly example: string;
  readonly name: string;
}

export const VISIT_KINDS: readonly VisitKindRow[] = [
  { kind: 'state', example: 'President Lula began a three-day state visit to France on Monday.', name: 'state visit to France' },
  { kind: 'official', example: 'Prime Minister Modi arrived in Tokyo on an official visit to Japan.', name: 'official visit to Japan' },
  { kind: 'working', example: 'Prime Minister Anwar Ibrahim paid a working visit to Indonesia on Sunday.', name: 'working visit to Indonesia' },
  { kind: 'official goodwill', example: 'The Sultan made an official goodwill visit to Vietnam this week.', name: 'official goodwill visit to Vietnam' },
  { kind: 'official friendly', example: 'President Tokayev concluded his official friendly visit to Mongolia on Friday.', name: 'official friendly visit to Mongolia' },
  { kind: 'goodwill', example: 'The crown prince was on a goodwill visit to Thailand.', name: 'goodwill visit to Thailand' },
  { kind: '', example: 'Chancellor Scholz wrapped up a visit to Kazakhstan on Tuesday.', name: 'visit to Kazakhstan' },
];
