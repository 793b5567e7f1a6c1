/**
 * Confidence of each fact rule: how often the rule's facts were right on the tuning fixtures
 * (correct / produced, rounded down to 0.05; rules not yet measured start at 0.5). Regenerate with
 * `pnpm pressfacts test --against facts --json` and the calibration note in docs/conventions.md.
 */
export const RULE_CONFIDENCE: Readonly<Record<string, number>> = {
  'document/dateline': 0.95,
  'document/wire-table': 0.95,
  'document/publisher-agency': 0.9,
  'document/publisher-verb': 0.7,
  'event/named-main': 0.85,
  'event/visit': 0.7,
  'participants/person-with-leader-title': 0.85,
  'participants/role-list': 0.85,
  'participants/name-of-country-list': 0.7,
  'participants/leaders-of-list': 0.8,
  'participants/represented-by': 0.8,
  'participants/host-leader': 0.8,
  'participants/attendance': 0.5,
  'participants/home-leader': 0.5,
  'participants/visit-side': 0.5,
  'people/entity': 0.85,
  'organizations/entity': 0.75,
  'places/entity': 0.85,
  'agreements/titled': 0.2,
  'figures/money': 0.85,
  'figures/money-range': 0.5,
  'figures/percent': 0.9,
  'figures/percent-range': 0.5,
  'figures/count': 0.8,
  'quotes/direct': 0.85,
  'quotes/indirect-said-after': 0.95,
  'quotes/indirect-said-that': 0.9,
  'quotes/indirect-said-inverted': 0.8,
  'quotes/according-to': 0.9,
  'timeline/dated-clause': 0.75,
  'commitments/cue': 0.9,
  'commitments/modal': 0.95,
  'commitments/proposal': 0.5,
  'topics/cue-list': 0.7,
};

/** Provenance for a rule id, with its calibrated confidence. */
export function provenance(rule: string): { rule: string; confidence: number } {
  return { rule, confidence: RULE_CONFIDENCE[rule] ?? 0.5 };
}
