import type { Provenance } from './provenance.js';
import type { Segment } from './span.js';
import type { TextView } from './text-view.js';

/** `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`: as precise as the text allows, never more. */
export type IsoDate = string;

// ---------------------------------------------------------------- tokenizer layers

export interface Paragraph extends Segment {
  readonly index: number;
  /** A short line without closing punctuation that titles a section ("Upholding the Spirit"). */
  readonly heading: boolean;
}

export interface Sentence extends Segment {
  readonly index: number;
  /** Index of the paragraph that holds the sentence. */
  readonly paragraph: number;
}

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

export interface Token extends Segment {
  /** The token's normalised text (e.g. curly quotes made straight). */
  readonly value: string;
  readonly kind: TokenKind;
  /** Universal part-of-speech tag from wink-nlp (`PROPN`, `NOUN`, `VERB`, …). */
  readonly pos: string;
  /** Index of the sentence that holds the token. */
  readonly sentence: number;
}

/** A leading `date YYYY-MM-DD` line, as some feeds put before a release. */
export interface DateHeader {
  readonly date: IsoDate;
  readonly segment: Segment;
}

/**
 * The dateline that opens a release body: `BEIJING, June 18, 2025 (GLOBE NEWSWIRE) --`,
 * `WASHINGTON, Sept. 5, 2024 /PRNewswire/ --`, `ASTANA, July 4 (Xinhua) --`.
 * The tokenizer finds its parts; the date stage resolves `dateText` to a date.
 */
export interface Dateline {
  readonly segment: Segment;
  readonly place: Segment | null;
  readonly dateText: Segment | null;
  readonly wire: Segment | null;
  readonly provenance: Provenance;
}

export interface Header {
  readonly dateHeader: DateHeader | null;
  /** The summary or headline paragraph before the body, when the release has one. */
  readonly headline: Segment | null;
  readonly dateline: Dateline | null;
  /** Normalised offset where the body text starts (after header lines and dateline). */
  readonly bodyStart: number;
}

// ---------------------------------------------------------------- date and number layers

/** The date a document speaks from, used to resolve "on Tuesday" and "last year". */
export interface DocumentDate {
  readonly date: IsoDate;
  readonly source: 'dateline' | 'header' | 'reference';
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateMention extends Segment {
  /** Start of the date (or of the range); null when it could not be resolved. */
  readonly value: IsoDate | null;
  /** End of a range ("from September 9 to 10, 2023"); null for a single date. */
  readonly endValue: IsoDate | null;
  readonly precision: DatePrecision;
  /** True when the text names the date relative to the document ("on Tuesday", "last year"). */
  readonly relative: boolean;
  readonly provenance: Provenance;
}

export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx';

interface QuantityBase extends Segment {
  readonly comparator: Comparator;
  readonly provenance: Provenance;
}

export interface MoneyQuantity extends QuantityBase {
  readonly kind: 'money';
  readonly value: number;
  /** ISO 4217 code, e.g. `USD`, `CNY`, `EUR`. */
  readonly currency: string;
  /** Upper bound for a range of money ("$2 billion to $3 billion"); null otherwise. */
  readonly upperValue: number | null;
}

export interface PercentQuantity extends QuantityBase {
  readonly kind: 'percent';
  readonly value: number;
}

export interface CardinalQuantity extends QuantityBase {
  readonly kind: 'cardinal';
  readonly value: number;
  /** The counted noun that follows, lower-cased ("countries", "centers"), if any. */
  readonly unit: string | null;
}

export interface OrdinalQuantity extends QuantityBase {
  readonly kind: 'ordinal';
  /** "second" → 2, "24th" → 24, "inaugural" → 1. */
  readonly value: number;
}

export interface RecurrenceQuantity extends QuantityBase {
  readonly kind: 'recurrence';
  /** "every two years" → 2, "annual" → 1. */
  readonly everyYears: number;
}

export type Quantity =
  | MoneyQuantity
  | PercentQuantity
  | CardinalQuantity
  | OrdinalQuantity
  | RecurrenceQuantity;

// ---------------------------------------------------------------- entity layer

interface EntityBase {
  /** Stable id within the document, e.g. `person:xi-jinping`. */
  readonly id: string;
  /** Canonical name: the fullest form for people, English short name for countries. */
  readonly name: string;
  /** Every place in the text the entity is mentioned, in order. */
  readonly mentions: readonly Segment[];
  readonly provenance: Provenance;
}

export interface PersonEntity extends EntityBase {
  readonly kind: 'person';
  /** Titles as written, e.g. `President`, `secretary-general`. */
  readonly titles: readonly string[];
  /** Organization or office the person speaks for, if stated. */
  readonly affiliation: string | null;
  /** Country (English short name) the person represents, if stated or implied. */
  readonly country: string | null;
}

export interface CountryEntity extends EntityBase {
  readonly kind: 'country';
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
}

export interface PlaceEntity extends EntityBase {
  readonly kind: 'city' | 'region' | 'venue';
  /** Country (English short name) the place lies in, if known. */
  readonly country: string | null;
}

export interface OrganizationEntity extends EntityBase {
  readonly kind: 'organization';
  readonly acronym: string | null;
}

export interface EventEntity extends EntityBase {
  readonly kind: 'event';
  /** Ordinal edition when the mention gives one ("second", "18th", "inaugural" → 1). */
  readonly edition: number | null;
  /** Kind of gathering: `summit`, `forum`, `meeting`, `conference`, … */
  readonly eventType: string;
}

export type AgreementKind = 'treaty' | 'declaration' | 'agreement' | 'memorandum' | 'plan' | 'statement' | 'other';

export interface AgreementEntity extends EntityBase {
  readonly kind: 'agreement';
  readonly agreementKind: AgreementKind;
}

export type Entity =
  | PersonEntity
  | CountryEntity
  | PlaceEntity
  | OrganizationEntity
  | EventEntity
  | AgreementEntity;

export type EntityKind = Entity['kind'];

// ---------------------------------------------------------------- the layer map

/**
 * Every named layer a stage can provide. Stages outside this package add their own layers by
 * declaration merging:
 *
 * @example
 * declare module '@pressfacts/document' {
 *   interface Layers { sentiment: number }
 * }
 */
export interface Layers {
  view: TextView;
  header: Header;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  documentDate: DocumentDate | null;
  dates: readonly DateMention[];
  quantities: readonly Quantity[];
  entities: readonly Entity[];
}

export type LayerName = keyof Layers & string;
