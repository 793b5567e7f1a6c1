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

/** Every field of every kind of mention, each optional (see {@link inOneShape}). */
type AnyMentionFields = Partial<{
  [K in Mention extends infer M ? (M extends unknown ? keyof M : never) : never]: unknown;
}>;

/**
 * The mention as an object of the one shape all mentions share: every kind's fields, in one
 * order, those of other kinds undefined. Seven kinds built at a dozen places come in more shapes
 * than V8 keeps fast reads for: every `.start`, `.kind` or `.name` read in the overlap, acronym,
 * person-collision and grouping passes otherwise takes the slow (megamorphic) lookup.
 *
 * @example inOneShape({ kind: 'region', start: 0, end: 12, name: 'Central Asia', rule: 'places/region', confidence: 0.85 }).code // undefined
 */
export function inOneShape(m: Mention): Mention {
  const x = m as AnyMentionFields;
  return {
    kind: m.kind,
    start: m.start,
    end: m.end,
    name: m.name,
    rule: m.rule,
    confidence: m.confidence,
    code: x.code,
    form: x.form,
    country: x.country,
    city: x.city,
    acronym: x.acronym,
    source: x.source,
    edition: x.edition,
    year: x.year,
    eventType: x.eventType,
    agreementKind: x.agreementKind,
    generic: x.generic,
  } as Mention;
}
