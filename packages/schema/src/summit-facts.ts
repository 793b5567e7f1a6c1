import { Type, type Static } from '@sinclair/typebox';
import { EvidenceSchema, IsoDateSchema, Literals, Nullable, ProvenanceSchema, SpanSchema } from './primitives.js';

// The one source of truth for the output: the JSON Schema below, from which the TypeScript types
// are inferred (TypeBox), so the two can never drift apart. Mirrors ../shared/spec/facts-model.md.

const strict = { additionalProperties: false } as const;
const item = <P extends Parameters<typeof Type.Object>[0]>(properties: P) =>
  Type.Object({ ...properties, evidence: EvidenceSchema, provenance: ProvenanceSchema }, strict);

/**
 * JSON Schema of the dateline: where and when the release says it was issued.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(DatelineSchema, value); // true when `value` matches
 */
export const DatelineSchema = Type.Object(
  {
    place: Nullable(Type.String()),
    date: Nullable(IsoDateSchema),
    evidence: Type.Array(SpanSchema),
    provenance: ProvenanceSchema,
  },
  strict,
);

/**
 * JSON Schema of `document`: id, publisher, wire, dateline and headline.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(DocumentInfoSchema, value); // true when `value` matches
 */
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

/**
 * JSON Schema of `event`: the main gathering the release is about.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(EventSchema, value); // true when `value` matches
 */
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

/**
 * JSON Schema of one participant: a country and who represented it.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(ParticipantSchema, value); // true when `value` matches
 */
export const ParticipantSchema = item({
  country: Type.String(),
  representative: Nullable(Type.String()),
  role: Nullable(Type.String()),
});

/**
 * JSON Schema of one person named in the release.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(PersonSchema, value); // true when `value` matches
 */
export const PersonSchema = item({
  name: Type.String({ minLength: 1 }),
  titles: Type.Array(Type.String()),
  affiliation: Nullable(Type.String()),
  country: Nullable(Type.String()),
});

/**
 * JSON Schema of one organisation named in the release.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(OrganizationSchema, value); // true when `value` matches
 */
export const OrganizationSchema = item({
  name: Type.String({ minLength: 1 }),
  acronym: Nullable(Type.String()),
});

export const PlaceKindSchema = Literals('country', 'city', 'region', 'other');

/**
 * JSON Schema of one place (country, city, region) named in the release.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(PlaceSchema, value); // true when `value` matches
 */
export const PlaceSchema = item({
  name: Type.String({ minLength: 1 }),
  kind: PlaceKindSchema,
  country: Nullable(Type.String()),
});

export const AgreementKindSchema = Literals('treaty', 'declaration', 'agreement', 'memorandum', 'plan', 'statement', 'other');
export const AgreementActionSchema = Literals('signed', 'adopted', 'issued', 'announced', 'proposed', 'other');

/**
 * JSON Schema of one agreement or document signed, adopted or announced.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(AgreementSchema, value); // true when `value` matches
 */
export const AgreementSchema = item({
  title: Type.String({ minLength: 1 }),
  kind: AgreementKindSchema,
  action: AgreementActionSchema,
  parties: Type.Array(Type.String()),
  date: Nullable(IsoDateSchema),
});

export const ComparatorSchema = Literals('eq', 'gt', 'gte', 'lt', 'lte', 'approx');

/**
 * JSON Schema of one figure: a value with its unit, comparator, subject and period.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(FigureSchema, value); // true when `value` matches
 */
export const FigureSchema = item({
  value: Type.Number(),
  unit: Type.String({ minLength: 1, description: 'ISO 4217 code, "percent", or a counted noun' }),
  comparator: ComparatorSchema,
  subject: Nullable(Type.String()),
  period: Nullable(IsoDateSchema),
});

/**
 * JSON Schema of one quote, direct or reported, with its speaker.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(QuoteSchema, value); // true when `value` matches
 */
export const QuoteSchema = item({
  speaker: Nullable(Type.String()),
  text: Type.String({ minLength: 1 }),
  direct: Type.Boolean(),
});

/**
 * JSON Schema of one dated event of the history the release recounts.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(TimelineEntrySchema, value); // true when `value` matches
 */
export const TimelineEntrySchema = item({
  date: IsoDateSchema,
  description: Type.String({ minLength: 1 }),
  place: Nullable(Type.String()),
});

/**
 * JSON Schema of one commitment: who pledged what (and how many).
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(CommitmentSchema, value); // true when `value` matches
 */
export const CommitmentSchema = item({
  actor: Nullable(Type.String()),
  description: Type.String({ minLength: 1 }),
  count: Nullable(Type.Integer({ minimum: 0 })),
});

/**
 * JSON Schema of one diagnostic: a message about the document, as data.
 *
 * @example
 * import { Value } from '@sinclair/typebox/value';
 * Value.Check(DiagnosticSchema, value); // true when `value` matches
 */
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

/**
 * The whole output of `extract(text)`: every key always present (unknown is `null` or `[]`), every item with `evidence` and `provenance`.
 *
 * @example
 * const facts: SummitFacts = extract(text);
 * facts.event?.name; facts.participants.length;
 */
export type SummitFacts = Static<typeof SummitFactsSchema>;
/**
 * What the release says about itself: id, publisher, wire, dateline and headline.
 *
 * @example
 * facts.document; // { id: '9f9c…', publisher: 'CGTN', wire: 'GLOBE NEWSWIRE', dateline: { place: 'Beijing', date: '2025-06-18', … }, headline: '…' }
 */
export type DocumentInfo = Static<typeof DocumentInfoSchema>;
/**
 * Where and when the release was issued, as its dateline says.
 *
 * @example
 * facts.document.dateline; // { place: 'Beijing', date: '2025-06-18', evidence, provenance }
 */
export type Dateline = Static<typeof DatelineSchema>;
/**
 * The main gathering: name, edition, dates, city, country, host, recurrence.
 *
 * @example
 * facts.event; // { name: 'China-Africa Summit', edition: 2, startDate: '2025-06-17', endDate: null, city: 'Astana', country: 'Kazakhstan', host: 'Kazakhstan', recurrence: { everyYears: 2, note: null }, … }
 */
export type SummitEvent = Static<typeof EventSchema>;
/**
 * How often the event recurs.
 *
 * @example
 * facts.event?.recurrence; // { everyYears: 2, note: 'held every two years' }
 */
export type Recurrence = Static<typeof RecurrenceSchema>;
/**
 * A country taking part, and who represented it.
 *
 * @example
 * facts.participants[0]; // { country: 'South Africa', representative: 'Cyril Ramaphosa', role: 'President', evidence, provenance }
 */
export type Participant = Static<typeof ParticipantSchema>;
/**
 * A person named in the release.
 *
 * @example
 * facts.people[0]; // { name: 'Cyril Ramaphosa', titles: ['President'], affiliation: null, country: 'South Africa', … }
 */
export type Person = Static<typeof PersonSchema>;
/**
 * An organisation named in the release.
 *
 * @example
 * facts.organizations[0]; // { name: 'Shanghai Cooperation Organization', acronym: 'SCO', … }
 */
export type Organization = Static<typeof OrganizationSchema>;
/**
 * A place named in the release.
 *
 * @example
 * facts.places[0]; // { name: 'Astana', kind: 'city', country: 'Kazakhstan', … }
 */
export type Place = Static<typeof PlaceSchema>;
/**
 * The kind of a place.
 *
 * @example
 * const kind: PlaceKind = 'region';
 */
export type PlaceKind = Static<typeof PlaceKindSchema>;
/**
 * An agreement or document, with what was done with it, by whom and when.
 *
 * @example
 * facts.agreements[0]; // { title: 'Treaty of Eternal Friendship', kind: 'treaty', action: 'signed', parties: ['China', 'Kazakhstan'], date: '2025-06-17', … }
 */
export type Agreement = Static<typeof AgreementSchema>;
/**
 * The kind of an agreement.
 *
 * @example
 * const kind: AgreementKind = 'declaration';
 */
export type AgreementKind = Static<typeof AgreementKindSchema>;
/**
 * What was done with an agreement.
 *
 * @example
 * const action: AgreementAction = 'signed';
 */
export type AgreementAction = Static<typeof AgreementActionSchema>;
/**
 * How a figure relates to its value (`gt` for "more than").
 *
 * @example
 * const comparator: Comparator = 'approx'; // "about $3 billion"
 */
export type Comparator = Static<typeof ComparatorSchema>;
/**
 * A figure: a value with its unit (ISO 4217 code, `percent`, or a counted noun).
 *
 * @example
 * facts.figures[0]; // { value: 30000000000, unit: 'USD', comparator: 'gt', subject: 'investment', period: null, … }
 */
export type Figure = Static<typeof FigureSchema>;
/**
 * A quote, direct or reported, with its speaker.
 *
 * @example
 * facts.quotes[0]; // { speaker: 'Cyril Ramaphosa', text: 'We are building a future together', direct: true, … }
 */
export type Quote = Static<typeof QuoteSchema>;
/**
 * A dated event of the history the release recounts.
 *
 * @example
 * facts.timeline[0]; // { date: '2023-05', description: 'the first summit was held in Xi\'an', place: "Xi'an", … }
 */
export type TimelineEntry = Static<typeof TimelineEntrySchema>;
/**
 * A commitment: who pledged what, and how many when counted.
 *
 * @example
 * facts.commitments[0]; // { actor: 'China', description: 'train 1,000 technicians', count: 1000, … }
 */
export type Commitment = Static<typeof CommitmentSchema>;
/**
 * A diagnostic in the output: a message about the document, as data.
 *
 * @example
 * facts.diagnostics; // [{ level: 'info', code: 'no-event', message: 'no summit or meeting found in the text', span: null }]
 */
export type FactDiagnostic = Static<typeof DiagnosticSchema>;
