import type { AgreementAction } from '@pressfacts/schema';

/** What was done with an agreement, read from the verb near its title. */
export interface AgreementActionRow {
  readonly action: AgreementAction;
  readonly forms: readonly string[];
  /** A sentence a test runs: the agreement in it must get `action`. */
  readonly example: string;
}

export const AGREEMENT_ACTIONS: readonly AgreementActionRow[] = [
  { action: 'signed', forms: ['signed', 'sign', 'signs', 'signing', 'inked', 'concluded', 'sealed', 'initialled', 'initialed', 'clinched', 'exchanged', 'signature', 'signatures', 'ink', 'inks', 'inking', 'seal', 'seals', 'sealing', 'conclude', 'concludes', 'concluding', 'exchange of', 'conclusion of'], example: 'The two leaders signed the Treaty of Friendship.' },
  // A noun for the act nearer the title than the clause's verb: "concluded with the adoption of the X Declaration".
  { action: 'adopted', forms: ['adoption'], example: 'The summit concluded with the adoption of the Lima Declaration.' },
  { action: 'adopted', forms: ['adopted', 'adopt', 'adopts', 'adopting', 'endorsed', 'endorse', 'endorses', 'approved', 'approve', 'approves', 'agreed on', 'agreed', 'ratified', 'ratify', 'ratifies', 'endorsing', 'approving', 'ratifying', 'rubber-stamped', 'endorsement of', 'approval of', 'approval to', 'ratification of', 'signed off', 'signs off'], example: 'The summit adopted the Kazan Declaration.' },
  { action: 'issued', forms: ['issued', 'issue', 'issues', 'issuing', 'released', 'release', 'releases', 'published', 'publish', 'issuance', 'release of', 'publication of'], example: 'The ministers issued a Joint Statement on Trade.' },
  { action: 'announced', forms: ['announced', 'announce', 'announces', 'announcing', 'unveiled', 'unveil', 'unveils', 'launched', 'launch', 'launches', 'launching', 'launch of', 'unveiling of'], example: 'The leaders announced the Action Plan for Green Growth.' },
  { action: 'proposed', forms: ['proposed', 'propose', 'proposes', 'put forward', 'drafted', 'tabled'], example: 'Brazil proposed the Charter for Ocean Protection.' },
];

/**
 * Words right before an action verb that make the action not done yet ("to conclude the
 * Framework Agreement by the end of the year", "will sign the accord"): the action is `other`.
 */
export const NOT_YET: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'to', example: 'Ministers were asked to conclude the Digital Economy Framework Agreement.' },
  { word: 'will', example: 'The two sides will sign the Trade Agreement next year.' },
  { word: 'would', example: 'Officials said they would sign the Security Pact.' },
  { word: 'could', example: 'Leaders could adopt the Ocean Declaration later.' },
  { word: 'may', example: 'They may endorse the Action Plan in June.' },
];

/**
 * Nouns for the act ("the adoption of", "the signing of"): done, except after "for"/"to"/"towards"
 * ("called for the adoption of the X", "looked forward to the signing of the Y"), where it is not done yet.
 */
export const ACT_NOUNS: readonly { readonly word: string; readonly example: string }[] = [
  { word: 'adoption', example: 'Leaders called for the adoption of the Andes Charter on Water.' },
  { word: 'signing', example: 'The ministers looked forward to the signing of the Treaty of Arica.' },
  { word: 'signature', example: 'The text is open for signature of the Lima Protocol on Trade.' },
  { word: 'issuance', example: 'They worked towards the issuance of a Joint Statement on Health.' },
  { word: 'conclusion', example: 'Both sides looked forward to the conclusion of the Andes Free Trade Agreement.' },
  { word: 'exchange', example: 'They prepared for the exchange of the Memorandum of Understanding on Health.' },
  { word: 'endorsement', example: 'Peru pressed for the endorsement of the Lima Charter on Water.' },
  { word: 'approval', example: 'The ministers submitted the text for approval of the Andes Action Plan.' },
  { word: 'ratification', example: 'Chile called for the ratification of the Treaty of Arica.' },
  { word: 'launch', example: 'The sides worked towards the launch of the Pacific Action Plan.' },
  { word: 'release', example: 'Officials pointed to the release of a Joint Statement on Trade.' },
  { word: 'publication', example: 'They looked forward to the publication of the Lima Declaration.' },
];
