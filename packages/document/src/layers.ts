import type { Provenance } from './provenance.js';
import type { Segment } from './span.js';
import type { TextView } from './text-view.js';

/** `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`: as precise as the text allows, never more. */
export type IsoDate = string;

// ---------------------------------------------------------------- tokenizer layers

/**
 * A paragraph of the raw text (lines up to a blank line), as a segment.
 *
 * @example
 * doc.layers.paragraphs?.[0]; // { index: 0, heading: false, start: 0, end: 112, text: 'BEIJING, June 18, 2025 -- …', norm: { … } }
 */
export interface Paragraph extends Segment {
  readonly index: number;
  /** A short line without closing punctuation that titles a section ("Upholding the Spirit"). */
  readonly heading: boolean;
}

/**
 * A sentence, as a segment of the raw text.
 *
 * @example
 * doc.layers.sentences?.[1]; // { index: 1, paragraph: 0, start: 113, end: 190, text: 'The leaders signed …', norm: { … } }
 */
export interface Sentence extends Segment {
  readonly index: number;
  /** Index of the paragraph that holds the sentence. */
  readonly paragraph: number;
}

/**
 * What a token is made of.
 *
 * @example
 * const kind: TokenKind = 'punctuation';
 */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'other';

/**
 * A token (word, number, punctuation…) with its part of speech, as a segment of the raw text.
 *
 * @example
 * { value: 'Astana', kind: 'word', pos: 'PROPN', sentence: 0, start: 50, end: 56, text: 'Astana', norm: { start: 50, end: 56 } }
 */
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

/**
 * What opens a release: an optional date header line, the headline and the dateline (the `header` layer).
 *
 * @example
 * doc.layers.header?.dateline?.place?.text; // 'BEIJING'
 */
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

/**
 * How precise a resolved date is: `2025` is a year, `2025-06` a month, `2025-06-18` a day.
 *
 * @example
 * const precision: DatePrecision = 'month'; // "in June 2025"
 */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A date named in the text (the `dates` layer), resolved against the document date where it is relative.
 *
 * @example
 * { text: 'on Tuesday', value: '2025-06-17', endValue: null, precision: 'day', relative: true, provenance: { rule: 'dates/chrono', confidence: 0.9 }, … }
 */
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

/**
 * How a figure relates to its value: `gt` for "more than $30 billion", `approx` for "about", `eq` when stated flat.
 *
 * @example
 * const comparator: Comparator = 'gte'; // "at least 10 countries"
 */
export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx';

interface QuantityBase extends Segment {
  readonly comparator: Comparator;
  readonly provenance: Provenance;
}

/**
 * An amount of money, in its ISO 4217 currency.
 *
 * @example
 * { kind: 'money', text: '$71.2 billion', value: 71200000000, currency: 'USD', upperValue: null, comparator: 'eq', … }
 */
export interface MoneyQuantity extends QuantityBase {
  readonly kind: 'money';
  readonly value: number;
  /** ISO 4217 code, e.g. `USD`, `CNY`, `EUR`. */
  readonly currency: string;
  /** Upper bound for a range of money ("$2 billion to $3 billion"); null otherwise. */
  readonly upperValue: number | null;
}

/**
 * A percentage (`value` in percent: "12.5%" is 12.5).
 *
 * @example
 * { kind: 'percent', text: '12.5%', value: 12.5, comparator: 'eq', … }
 */
export interface PercentQuantity extends QuantityBase {
  readonly kind: 'percent';
  readonly value: number;
}

/**
 * A count, with the noun it counts when one follows.
 *
 * @example
 * { kind: 'cardinal', text: 'five countries', value: 5, unit: 'countries', comparator: 'eq', … }
 */
export interface CardinalQuantity extends QuantityBase {
  readonly kind: 'cardinal';
  readonly value: number;
  /** The counted noun that follows, lower-cased ("countries", "centers"), if any. */
  readonly unit: string | null;
}

/**
 * An ordinal, as in an edition number.
 *
 * @example
 * { kind: 'ordinal', text: 'second', value: 2, comparator: 'eq', … }
 */
export interface OrdinalQuantity extends QuantityBase {
  readonly kind: 'ordinal';
  /** "second" → 2, "24th" → 24, "inaugural" → 1. */
  readonly value: number;
}

/**
 * How often something recurs, in years.
 *
 * @example
 * { kind: 'recurrence', text: 'every two years', everyYears: 2, comparator: 'eq', … }
 */
export interface RecurrenceQuantity extends QuantityBase {
  readonly kind: 'recurrence';
  /** "every two years" → 2, "annual" → 1. */
  readonly everyYears: number;
}

/**
 * Any quantity of the `quantities` layer; `kind` tells which.
 *
 * @example
 * for (const q of doc.layers.quantities ?? []) if (q.kind === 'money') console.log(q.value, q.currency);
 */
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

/**
 * A person, with the titles, affiliation and country the text gives.
 *
 * @example
 * { kind: 'person', id: 'person:cyril-ramaphosa', name: 'Cyril Ramaphosa', titles: ['President'], affiliation: null, country: 'South Africa', mentions, provenance }
 */
export interface PersonEntity extends EntityBase {
  readonly kind: 'person';
  /** Titles as written, e.g. `President`, `secretary-general`. */
  readonly titles: readonly string[];
  /** Organization or office the person speaks for, if stated. */
  readonly affiliation: string | null;
  /** Country (English short name) the person represents, if stated or implied. */
  readonly country: string | null;
}

/**
 * A country, by its English short name and ISO 3166-1 alpha-2 code.
 *
 * @example
 * { kind: 'country', id: 'country:KZ', name: 'Kazakhstan', code: 'KZ', mentions, provenance }
 */
export interface CountryEntity extends EntityBase {
  readonly kind: 'country';
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
}

/**
 * A city, region or venue, with its country when known.
 *
 * @example
 * { kind: 'city', id: 'city:astana', name: 'Astana', country: 'Kazakhstan', mentions, provenance }
 */
export interface PlaceEntity extends EntityBase {
  readonly kind: 'city' | 'region' | 'venue';
  /** Country (English short name) the place lies in, if known. */
  readonly country: string | null;
}

/**
 * An organisation, with its acronym when the text or the table gives one.
 *
 * @example
 * { kind: 'organization', id: 'org:shanghai-cooperation-organization', name: 'Shanghai Cooperation Organization', acronym: 'SCO', mentions, provenance }
 */
export interface OrganizationEntity extends EntityBase {
  readonly kind: 'organization';
  readonly acronym: string | null;
}

/**
 * A named gathering (summit, forum, meeting…), with its edition when the text gives one.
 *
 * @example
 * { kind: 'event', id: 'event:china-africa-summit#2', name: 'China-Africa Summit', edition: 2, eventType: 'summit', mentions, provenance }
 */
export interface EventEntity extends EntityBase {
  readonly kind: 'event';
  /** Ordinal edition when the mention gives one ("second", "18th", "inaugural" → 1). */
  readonly edition: number | null;
  /** Kind of gathering: `summit`, `forum`, `meeting`, `conference`, … */
  readonly eventType: string;
}

/**
 * The kind of a titled document, from its head word ("Treaty", "Declaration", "Memorandum"…).
 *
 * @example
 * const kind: AgreementKind = 'memorandum'; // "Memorandum of Understanding on …"
 */
export type AgreementKind = 'treaty' | 'declaration' | 'agreement' | 'memorandum' | 'plan' | 'statement' | 'other';

/**
 * A titled agreement or document.
 *
 * @example
 * { kind: 'agreement', id: 'agreement:paris-agreement', name: 'Paris Agreement', agreementKind: 'agreement', mentions, provenance }
 */
export interface AgreementEntity extends EntityBase {
  readonly kind: 'agreement';
  readonly agreementKind: AgreementKind;
}

/**
 * Any entity of the `entities` layer; `kind` tells which.
 *
 * @example
 * const people = (doc.layers.entities ?? []).filter((e) => e.kind === 'person');
 */
export type Entity =
  | PersonEntity
  | CountryEntity
  | PlaceEntity
  | OrganizationEntity
  | EventEntity
  | AgreementEntity;

/**
 * The kinds of entity: `person`, `country`, `city`, `region`, `venue`, `organization`, `event`, `agreement`.
 *
 * @example
 * const kind: EntityKind = 'venue';
 */
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

/**
 * The name of a layer: a key of {@link Layers} (including layers added by declaration merging).
 *
 * @example
 * const needs: readonly LayerName[] = ['sentences', 'entities'];
 */
export type LayerName = keyof Layers & string;
