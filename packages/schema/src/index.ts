export {
  SummitFactsSchema,
  DocumentInfoSchema,
  DatelineSchema,
  EventSchema,
  ParticipantSchema,
  PersonSchema,
  OrganizationSchema,
  PlaceSchema,
  AgreementSchema,
  FigureSchema,
  QuoteSchema,
  TimelineEntrySchema,
  CommitmentSchema,
  DiagnosticSchema,
} from './summit-facts.js';
export type {
  SummitFacts,
  DocumentInfo,
  Dateline,
  SummitEvent,
  Recurrence,
  Participant,
  Person,
  Organization,
  Place,
  PlaceKind,
  Agreement,
  AgreementKind,
  AgreementAction,
  Comparator,
  Figure,
  Quote,
  TimelineEntry,
  Commitment,
  FactDiagnostic,
} from './summit-facts.js';
export { SpanSchema, IsoDateSchema, ProvenanceSchema } from './primitives.js';
export type { Span, IsoDate, Provenance } from './primitives.js';
export type { SchemaIssue, ValidationResult } from './validate.js';
export { validateSummitFacts, assertSummitFacts, formatIssue, SchemaValidationError } from './validate.js';
export type { DishonestSpan } from './spans.js';
export { findDishonestSpans } from './spans.js';
/** Version of the output model this package describes. */
export const SCHEMA_VERSION = '1' as const;
