import type { AgreementKind } from '@pressfacts/document';

/** What a recogniser found, in normalised offsets, before mentions are grouped into entities. */
interface MentionBase {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly rule: string;
  readonly confidence: number;
}

export type Mention =
  | (MentionBase & { readonly kind: 'country'; readonly code: string; readonly form: 'name' | 'official' | 'alias' | 'demonym' })
  | (MentionBase & { readonly kind: 'city'; readonly country: string | null })
  | (MentionBase & { readonly kind: 'region' })
  | (MentionBase & { readonly kind: 'venue'; readonly country: string | null; readonly city: string | null })
  | (MentionBase & { readonly kind: 'organization'; readonly acronym: string | null; readonly source: 'table' | 'head' | 'acronym' })
  | (MentionBase & {
      readonly kind: 'event';
      readonly edition: number | null;
      readonly year: number | null;
      readonly eventType: string;
      readonly acronym: string | null;
    })
  | (MentionBase & { readonly kind: 'agreement'; readonly agreementKind: AgreementKind; readonly generic: boolean });

export type MentionKind = Mention['kind'];
