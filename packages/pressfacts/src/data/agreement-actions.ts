import type { AgreementAction } from '@pressfacts/schema';

/** What was done with an agreement, read from the verb near its title. */
export interface AgreementActionRow {
  readonly action: AgreementAction;
  readonly forms: readonly string[];
  readonly example: string;
}

export const AGREEMENT_ACTIONS: readonly AgreementActionRow[] = [
  { action: 'signed', forms: ['signed', 'sign', 'signs', 'signing', 'inked', 'concluded'], example: 'The two leaders signed the Treaty of Friendship.' },
  { action: 'adopted', forms: ['adopted', 'adopt', 'adopts', 'endorsed', 'approved', 'agreed on'], example: 'The summit adopted the Kazan Declaration.' },
  { action: 'issued', forms: ['issued', 'issue', 'released', 'published'], example: 'The ministers issued a Joint Statement on Trade.' },
  { action: 'announced', forms: ['announced', 'unveiled', 'launched'], example: 'The leaders announced the Action Plan for Green Growth.' },
  { action: 'proposed', forms: ['proposed', 'propose', 'proposes', 'put forward', 'drafted'], example: 'Brazil proposed the Charter for Ocean Protection.' },
];
