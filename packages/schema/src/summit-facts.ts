import { Type, type Static } from '@sinclair/typebox';
import { EvidenceSchema, IsoDateSchema, Literals, Nullable, ProvenanceSchema, SpanSchema } from './primitives.js';

// The one source of truth for the output: the JSON Schema below, from which the TypeScript types
// are inferred (TypeBox), so the two can never drift apart. Mirrors ../shared/spec/facts-model.md.

const strict = { additionalProperties: false } as const;
const item = <P extends Parameters<typeof Type.Object>[0]>(properties: P) =>
  Type.Object({ ...properties, evidence: EvidenceSchema, provenance: ProvenanceSchema }, strict);

export const DatelineSchema = Type.Object(
  {
    place: Nullable(Type.String()),
    date: Nullable(IsoDateSchema),
    evidence: Type.Array(SpanSchema),
    provenance: ProvenanceSchema,
  },
  strict,
);

export const DocumentInfoSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    publisher: Nullable(Type.String()),
    wire: Nullable(Type.String()),
    dateline: Nullable(DatelineSchema),
    headline: Nullable(Type.String()),
  },
  strict,
);

export const RecurrenceSchema = Type.Object(
  { everyYears: Nullable(Type.Number({ exclusiveMinimum: 0 })), note: Nullable(Type.String()) },
  strict,
);

export const EventSchema = item({
  name: Nullable(Type.String()),
  edition: Nullable(Type.Integer({ minimum: 1 })),
  startDate: Nullable(IsoDateSchema),
  endDate: Nullable(IsoDateSchema),
  city: Nullable(Type.String()),
  country: Nullable(Type.String()),
  host: Nullable(Type.String()),
  recurrence: Nullable(RecurrenceSchema),
});

export const ParticipantSchema = item({
  country: Type.String(),
  representative: Nullable(Type.String()),
  role: Nullable(Type.String()),
});

export const PersonSchema = item({
  name: Type.String({ minLength: 1 }),
  titles: Type.Array(Type.String()),
  affiliation: Nullable(Type.String()),
  country: Nullable(Type.String()),
});

export const OrganizationSchema = item({
  name: Type.String({ minLength: 1 }),
  acronym: Nullable(Type.String()),
});

export const PlaceKindSchema = Literals('country', 'city', 'region', 'other');

export const PlaceSchema = item({
  name: Type.String({ minLength: 1 }),
  kind: PlaceKindSchema,
  country: Nullable(Type.String()),
});

export const AgreementKindSchema = Literals('treaty', 'declaration', 'agreement', 'memorandum', 'plan', 'statement', 'other');
export const AgreementActionSchema = Literals('signed', 'adopted', 'issued', 'announced', 'proposed', 'other');

export const AgreementSchema = item({
  title: Type.String({ minLength: 1 }),
  kind: AgreementKindSchema,
  action: AgreementActionSchema,
  parties: Type.Array(Type.String()),
  date: Nullable(IsoDateSchema),
});

export const ComparatorSchema = Literals('eq', 'gt', 'gte', 'lt', 'lte', 'approx');

export const FigureSchema = item({
  value: Type.Number(),
  unit: Type.String({ minLength: 1, description: 'ISO 4217 code, "percent", or a counted noun' }),
  comparator: ComparatorSchema,
  subject: Nullable(Type.String()),
  period: Nullable(IsoDateSchema),
});

export const QuoteSchema = item({
  speaker: Nullable(Type.String()),
  text: Type.String({ minLength: 1 }),
  direct: Type.Boolean(),
});

export const TimelineEntrySchema = item({
  date: IsoDateSchema,
  description: Type.String({ minLength: 1 }),
  place: Nullable(Type.String()),
});

export const CommitmentSchema = item({
  actor: Nullable(Type.String()),
  description: Type.String({ minLength: 1 }),
  count: Nullable(Type.Integer({ minimum: 0 })),
});

export const DiagnosticSchema = Type.Object(
  {
    level: Literals('info', 'warning', 'error'),
    code: Type.String({ minLength: 1 }),
    message: Type.String(),
    span: Nullable(SpanSchema),
  },
  strict,
);

/** The whole output of `extract(text)`: schema version 1. */
export const SummitFactsSchema = Type.Object(
  {
    schemaVersion: Type.Literal('1'),
    document: DocumentInfoSchema,
    event: Nullable(EventSchema),
    participants: Type.Array(ParticipantSchema),
    people: Type.Array(PersonSchema),
    organizations: Type.Array(OrganizationSchema),
    places: Type.Array(PlaceSchema),
    agreements: Type.Array(AgreementSchema),
    figures: Type.Array(FigureSchema),
    quotes: Type.Array(QuoteSchema),
    timeline: Type.Array(TimelineEntrySchema),
    commitments: Type.Array(CommitmentSchema),
    topics: Type.Array(Type.String()),
    diagnostics: Type.Array(DiagnosticSchema),
  },
  {
    ...strict,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://pressfacts.dev/schema/summit-facts/1.json',
    title: 'SummitFacts',
    description: 'Structured, source-grounded facts of one press release about a diplomatic summit.',
  },
);

export type SummitFacts = Static<typeof SummitFactsSchema>;
export type DocumentInfo = Static<typeof DocumentInfoSchema>;
export type Dateline = Static<typeof DatelineSchema>;
export type SummitEvent = Static<typeof EventSchema>;
export type Recurrence = Static<typeof RecurrenceSchema>;
export type Participant = Static<typeof ParticipantSchema>;
export type Person = Static<typeof PersonSchema>;
export type Organization = Static<typeof OrganizationSchema>;
export type Place = Static<typeof PlaceSchema>;
export type PlaceKind = Static<typeof PlaceKindSchema>;
export type Agreement = Static<typeof AgreementSchema>;
export type AgreementKind = Static<typeof AgreementKindSchema>;
export type AgreementAction = Static<typeof AgreementActionSchema>;
export type Comparator = Static<typeof ComparatorSchema>;
export type Figure = Static<typeof FigureSchema>;
export type Quote = Static<typeof QuoteSchema>;
export type TimelineEntry = Static<typeof TimelineEntrySchema>;
export type Commitment = Static<typeof CommitmentSchema>;
export type FactDiagnostic = Static<typeof DiagnosticSchema>;
