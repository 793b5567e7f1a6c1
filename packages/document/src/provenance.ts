/**
 * Which rule produced a fact, and how far to trust it. `rule` is a stable, greppable id such as
 * `participants/president-of-country`; `confidence` is in [0, 1] and is used to rank and filter.
 */
export interface Provenance {
  readonly rule: string;
  readonly confidence: number;
}
