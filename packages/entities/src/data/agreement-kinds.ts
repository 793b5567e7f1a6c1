import type { AgreementKind } from '@pressfacts/document';

/**
 * Head words of titled documents and the kind each maps to. A title is a capitalised phrase that
 * ends in the head ("Astana Declaration") or starts with it and goes on with of/on/for/between
 * and capitalised words ("Treaty of Friendship and Cooperation"). `example` is a sentence a test
 * runs; `expected` is the title the tagger must find.
 *
 * A bare multi-word head is a title too ("signed a Memorandum of Understanding"), at lower
 * confidence. "Statement" alone is no head: "Safe Harbor Statement" is boilerplate.
 *
 * Mapping of the heads without an obvious kind: Convention → treaty (conventions are treaties);
 * Accord, Pact, Protocol → agreement; Communique → statement; Roadmap, Programme, Agenda,
 * Strategy, Vision → plan; Charter, Framework, Resolution, Initiative → other.
 *
 * `cue: 'document-verb'` marks heads that name a document only right after a verb of
 * `DOCUMENT_VERBS` ("adopted the Lima Statement"): "Statement" alone is mostly boilerplate
 * ("Safe Harbor Statement") and "Initiative" mostly a programme, i.e. an organisation ("Belt and
 * Road Initiative"); without the verb such a name takes the head's other meaning, if it has one.
 */
export interface AgreementKindRow {
  readonly head: string;
  readonly kind: AgreementKind;
  readonly cue?: 'document-verb';
  readonly example: string;
  readonly expected: string;
}

/** Verbs (folded) that make the titled name right after them a document: "adopted the X Initiative". */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  'adopt', 'adopts', 'adopted', 'adopting', 'approve', 'approves', 'approved', 'approving', 'endorse', 'endorses',
  'endorsed', 'endorsing', 'issue', 'issues', 'issued', 'issuing', 'sign', 'signs', 'signed', 'signing', 'ratified',
]);

export const AGREEMENT_KINDS: readonly AgreementKindRow[] = [
  { head: 'Treaty', kind: 'treaty', example: 'They signed the Treaty of Friendship and Cooperation.', expected: 'Treaty of Friendship and Cooperation' },
  { head: 'Convention', kind: 'treaty', example: 'The Paris Convention was ratified.', expected: 'Paris Convention' },
  { head: 'Declaration', kind: 'declaration', example: 'Leaders adopted the Astana Declaration.', expected: 'Astana Declaration' },
  { head: 'Joint Declaration', kind: 'declaration', example: 'They issued a Joint Declaration on Strategic Partnership.', expected: 'Joint Declaration on Strategic Partnership' },
  { head: 'Joint Statement', kind: 'statement', example: 'The Joint Statement of the Ministers was released.', expected: 'Joint Statement of the Ministers' },
  { head: 'Joint Press Statement', kind: 'statement', example: 'They released a Joint Press Statement on Trade.', expected: 'Joint Press Statement on Trade' },
  { head: "Chair's Statement", kind: 'statement', example: "The Chair's Statement of the 44th ASEAN Summit was issued.", expected: "Chair's Statement of the 44th ASEAN Summit" },
  { head: "Leaders' Statement", kind: 'statement', example: "The G7 Leaders' Statement on Ukraine was issued.", expected: "G7 Leaders' Statement on Ukraine" },
  { head: 'Communique', kind: 'statement', example: 'The Final Communique was adopted.', expected: 'Final Communique' },
  { head: 'Communiqué', kind: 'statement', example: 'The Leaders\' Communiqué was adopted.', expected: "Leaders' Communiqué" },
  { head: 'Agreement', kind: 'agreement', example: 'The Paris Agreement entered into force.', expected: 'Paris Agreement' },
  { head: 'Accord', kind: 'agreement', example: 'The Dayton Accord ended the war.', expected: 'Dayton Accord' },
  { head: 'Accords', kind: 'agreement', example: 'The Abraham Accords were signed.', expected: 'Abraham Accords' },
  { head: 'Pact', kind: 'agreement', example: 'The Stability and Growth Pact was reformed.', expected: 'Stability and Growth Pact' },
  { head: 'Protocol', kind: 'agreement', example: 'The Kyoto Protocol expired.', expected: 'Kyoto Protocol' },
  { head: 'Memorandum of Understanding', kind: 'memorandum', example: 'They signed a Memorandum of Understanding on Green Development.', expected: 'Memorandum of Understanding on Green Development' },
  { head: 'Memorandum', kind: 'memorandum', example: 'The Budapest Memorandum was cited.', expected: 'Budapest Memorandum' },
  { head: 'MoU', kind: 'memorandum', example: 'They signed an MoU on Digital Trade.', expected: 'MoU on Digital Trade' },
  { head: 'MOU', kind: 'memorandum', example: 'They signed an MOU on Trade.', expected: 'MOU on Trade' },
  { head: 'Letter of Intent', kind: 'other', example: 'The ministers signed a Letter of Intent on Green Hydrogen.', expected: 'Letter of Intent on Green Hydrogen' },
  { head: 'Action Plan', kind: 'plan', example: 'The Beijing Action Plan was adopted.', expected: 'Beijing Action Plan' },
  { head: 'Plan', kind: 'plan', example: 'The Marshall Plan rebuilt Europe.', expected: 'Marshall Plan' },
  { head: 'Roadmap', kind: 'plan', example: 'The Digital Roadmap was endorsed.', expected: 'Digital Roadmap' },
  { head: 'Programme', kind: 'plan', example: 'The Vienna Programme of Action was adopted.', expected: 'Vienna Programme of Action' },
  { head: 'Program', kind: 'plan', example: 'The Istanbul Program of Action was adopted.', expected: 'Istanbul Program of Action' },
  { head: 'Agenda', kind: 'plan', example: 'The 2030 Agenda for Sustainable Development guides the plan.', expected: '2030 Agenda for Sustainable Development' },
  { head: 'Strategy', kind: 'plan', example: 'The Global Counter-Terrorism Strategy was reviewed.', expected: 'Global Counter-Terrorism Strategy' },
  { head: 'Charter', kind: 'other', example: 'The Charter of the United Nations was signed in 1945.', expected: 'Charter of the United Nations' },
  { head: 'Framework', kind: 'other', example: 'The Sendai Framework for Disaster Risk Reduction was cited.', expected: 'Sendai Framework for Disaster Risk Reduction' },
  { head: 'Resolution', kind: 'other', example: 'Security Council Resolution 2231 was cited.', expected: 'Security Council Resolution 2231' },
  { head: 'Statement', kind: 'statement', cue: 'document-verb', example: 'Ministers issued the Valparaiso Statement on fisheries.', expected: 'Valparaiso Statement' },
  { head: 'Vision', kind: 'plan', cue: 'document-verb', example: 'The leaders adopted the "Andes Vision 2040" on Friday.', expected: 'Andes Vision 2040' },
  { head: 'Guidelines', kind: 'other', cue: 'document-verb', example: 'Leaders issued the Lima Guidelines for Cooperation between Chile and Peru.', expected: 'Lima Guidelines for Cooperation between Chile and Peru' },
  { head: 'Consensus', kind: 'other', cue: 'document-verb', example: 'The ministers adopted the Quito Consensus on Water.', expected: 'Quito Consensus on Water' },
  { head: 'Initiative', kind: 'other', cue: 'document-verb', example: 'The council adopted the Nairobi Initiative on Water Security for Smallholder Farmers.', expected: 'Nairobi Initiative on Water Security for Smallholder Farmers' },
];
