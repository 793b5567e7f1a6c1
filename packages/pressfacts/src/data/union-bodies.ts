/**
 * Bodies whose president represents a union of countries at a summit, as the hand-read facts do
 * for the EU ("European Council President António Costa" → participant `European Union`). The
 * union takes part like a country; its leaders keep `country: null` as people.
 */
export interface UnionBodyRow {
  /** The affiliation as the people recogniser writes it. */
  readonly body: string;
  readonly union: string;
  readonly example: string;
}

export const UNION_BODIES: readonly UnionBodyRow[] = [
  { body: 'European Council', union: 'European Union', example: 'European Council President António Costa attended the summit.' },
  { body: 'European Commission', union: 'European Union', example: 'European Commission President Ursula von der Leyen attended the summit.' },
  { body: 'EU Commission', union: 'European Union', example: 'EU Commission President Ursula von der Leyen attended the summit.' },
];

const byBody = new Map(UNION_BODIES.map((r) => [r.body.toLowerCase(), r.union]));

/** The union a body's leader represents ("European Commission" → "European Union"), or null. */
export function unionOfBody(affiliation: string | null): string | null {
  return affiliation === null ? null : (byBody.get(affiliation.toLowerCase()) ?? null);
}
