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
type AnyMentionFields = {
  -readonly [K in Mention extends infer M ? (M extends unknown ? keyof M : never) : never]?: unknown;
};

/**
 * The mention as an object of the one shape all mentions share: every kind's fields, in one
 * order, those of other kinds undefined. Seven kinds built at a dozen places come in more shapes
 * than V8 keeps fast reads for: every `.start`, `.kind` or `.name` read in the overlap, acronym,
 * person-collision and grouping passes otherwise takes the slow (megamorphic) lookup. The fields
 * are read kind by kind (each read then sees the few shapes of one kind), and only `kind` once
 * for all.
 *
 * @example inOneShape({ kind: 'region', start: 0, end: 12, name: 'Central Asia', rule: 'places/region', confidence: 0.85 }).code // undefined
 */
export function inOneShape(m: Mention): Mention {
  let o: AnyMentionFields;
  switch (m.kind) {
    case 'country':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      o.code = m.code;
      o.form = m.form;
      break;
    case 'city':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      o.country = m.country;
      break;
    case 'region':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      break;
    case 'venue':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      o.country = m.country;
      o.city = m.city;
      break;
    case 'organization':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      o.acronym = m.acronym;
      o.source = m.source;
      break;
    case 'event':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      o.edition = m.edition;
      o.year = m.year;
      o.eventType = m.eventType;
      o.acronym = m.acronym;
      break;
    case 'agreement':
      o = common(m.kind, m.start, m.end, m.name, m.rule, m.confidence);
      o.agreementKind = m.agreementKind;
      o.generic = m.generic;
      break;
  }
  return o as Mention;
}

/** The fields every kind has, and every other kind's, undefined: the one shape. */
function common(kind: Mention['kind'], start: number, end: number, name: string, rule: string, confidence: number): AnyMentionFields {
  return {
    kind,
    start,
    end,
    name,
    rule,
    confidence,
    code: undefined,
    form: undefined,
    country: undefined,
    city: undefined,
    acronym: undefined,
    source: undefined,
    edition: undefined,
    year: undefined,
    eventType: undefined,
    agreementKind: undefined,
    generic: undefined,
  };
}
