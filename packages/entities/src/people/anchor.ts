import type { PeopleContext } from './context.js';

/**
 * One place where a rule saw a person: the name's words `[start, end)` and what the rule read
 * around it. Anchors are grouped into people afterwards.
 */
export interface Anchor {
  readonly start: number;
  readonly end: number;
  readonly titles: readonly string[];
  readonly affiliation: string | null;
  readonly country: string | null;
  readonly rule: string;
  readonly confidence: number;
  /** Weak evidence (a lone sentence-initial word before "said"): it may join a person, never make one. */
  readonly weak: boolean;
}

/** A people rule as a typed definition object: a stable id and a finder. */
export interface PersonRule {
  readonly id: string;
  readonly find: (ctx: PeopleContext) => Anchor[];
}
