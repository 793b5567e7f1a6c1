import type { AgreementKind } from '@pressfacts/document';
import { createCountryIndex, defaultCountryIndex, type CountryIndex } from './countries.js';
import { AGREEMENT_KINDS, type AgreementKindRow } from './data/agreement-kinds.js';
import type { CountryAliasRow } from './data/country-aliases.js';
import { EVENT_KINDS, type EventKindRow } from './data/event-kinds.js';
import { ORGANIZATION_HEADS } from './data/organization-heads.js';
import { LOWER_CASE_CUES, WordCue, wordCues } from './data/word-cues.js';
import { ORGANIZATIONS, type OrganizationRow } from './data/organizations.js';
import { REGIONS, type RegionRow } from './data/regions.js';
import type { TitleRow } from './people/data/titles.js';
import { compilePeopleLexicon, type PeopleLexicon } from './people/lexicon.js';
import { VENUE_HEADS, VENUES, type VenueRow } from './data/venues.js';
import { defaultCityIndex, type CityRow } from './cities.js';
import { buildFirstWords, buildPhraseIndex, phraseIndexBuilder, type FirstWords, type PhraseIndex } from './text/phrase-index.js';
import { foldWord } from './text/words.js';

/**
 * Extra vocabulary rows a caller adds to the built-in tables (the extension point of
 * `createEntityTagger`). Rows have the same shape as the built-in ones, `example` included.
 */
export interface EntityVocabularies {
  readonly countryAliases?: readonly CountryAliasRow[];
  readonly organizations?: readonly OrganizationRow[];
  readonly eventKinds?: readonly EventKindRow[];
  readonly agreementKinds?: readonly AgreementKindRow[];
  readonly regions?: readonly RegionRow[];
  /**
   * Titles and offices of people, as in the built-in title table: `{ title: 'Grand Duke',
   * beforeName: true, example: 'Grand Duke Henri opened the session.', person: 'Henri' }`.
   */
  readonly titles?: readonly TitleRow[];
}

/**
 * Thrown by `createEntityTagger` for an invalid vocabulary row (a configuration error).
 *
 * @example createEntityTagger({ vocabularies: { regions: [{ name: 'R', forms: [], example: 'x' }] } }) // throws "vocabularies.regions[0]: `forms` ..."
 */
export class EntityVocabularyError extends Error {
  override readonly name = 'EntityVocabularyError';
}

/** What a gazetteer word sequence can name; the recogniser picks one. */
export interface PlaceEntry {
  readonly country?: { readonly name: string; readonly code: string; readonly kind: 'name' | 'official' | 'alias' | 'demonym' };
  readonly region?: RegionRow;
  readonly cities?: readonly CityRow[];
  readonly venue?: VenueRow;
}

export interface OrgEntry {
  readonly row: OrganizationRow;
  /** True when the text matched the acronym rather than a name. */
  readonly viaAcronym: boolean;
}

/** A head word (or words) of a name, recognised by its last word. */
export interface HeadRow<K> {
  /** Folded words of the head, e.g. ["memorandum", "of", "understanding"]. */
  readonly words: readonly string[];
  readonly value: K;
}

export type HeadValue =
  | { readonly kind: 'organization' }
  | { readonly kind: 'event'; readonly eventType: string; readonly dual: boolean }
  | {
      readonly kind: 'agreement';
      readonly agreementKind: AgreementKind;
      /** Set for heads that name a document only after a document verb (`cue` in the table);
       * `otherwise` is the head's other meaning ("Initiative" → organisation), or null. */
      readonly cued?: { readonly otherwise: HeadValue | null };
    }
  | { readonly kind: 'venue' };

/**
 * The lookups the recognisers use, built by {@link compileVocabularies} from the built-in tables and your rows.
 *
 * @example
 * const vocab = compileVocabularies({ regions: [{ name: 'Great Steppe', forms: ['Great Steppe'], example: 'Across the Great Steppe.' }] });
 * findEntities({ view: identityView(text) }, vocab);
 */
export interface CompiledVocabularies {
  readonly countries: CountryIndex;
  readonly places: PhraseIndex<PlaceEntry>;
  readonly organizations: PhraseIndex<OrgEntry>;
  /**
   * The first words of `places` (bits 1, 2) and `organizations` (bits 4, 8), and the cue words of
   * data/word-cues.ts (bits 8 and up): see `buildFirstWords`.
   */
  readonly firstWords: FirstWords;
  /** Heads by their last folded word; longer heads first. */
  readonly heads: ReadonlyMap<string, readonly HeadRow<HeadValue>[]>;
  readonly regions: readonly RegionRow[];
  /** The people recogniser's tables (titles, honorifics, name words) with your titles. */
  readonly people: PeopleLexicon;
}

let defaults: CompiledVocabularies | null = null;

/**
 * Builds (and for no extra rows, caches) the lookups the recognisers use; validates `extra`.
 *
 * @example findEntities({ view }, compileVocabularies({ regions: [{ name: 'Steppe', forms: ['Great Steppe'], example: 'Across the Great Steppe.' }] }))
 */
export function compileVocabularies(extra: EntityVocabularies = {}): CompiledVocabularies {
  validateVocabularies(extra);
  const isEmpty = Object.values(extra).every((rows) => rows === undefined || (rows as readonly unknown[]).length === 0);
  if (isEmpty && defaults !== null) return defaults;
  const countries = isEmpty ? defaultCountryIndex() : createCountryIndex(extra.countryAliases ?? []);
  const regions = [...(extra.regions ?? []), ...REGIONS];
  const places = buildPlaceIndex(countries, regions);
  const organizations = buildOrgIndex([...(extra.organizations ?? []), ...ORGANIZATIONS]);
  const heads = buildHeads(extra);
  const compiled: CompiledVocabularies = {
    countries,
    places,
    organizations,
    firstWords: buildFirstWords([places, organizations], { words: wordCues(heads.keys()), lowerCase: LOWER_CASE_CUES, possessive: WordCue.HEAD }),
    heads,
    regions,
    people: compilePeopleLexicon(extra.titles ?? []),
  };
  if (isEmpty) defaults = compiled;
  return compiled;
}

function buildPlaceIndex(countries: CountryIndex, regions: readonly RegionRow[]): PhraseIndex<PlaceEntry> {
  const places = phraseIndexBuilder<PlaceEntry>((a, b) => ({
    country: a.country ?? b.country,
    region: a.region ?? b.region,
    cities: a.cities === undefined ? b.cities : b.cities === undefined ? a.cities : [...a.cities, ...b.cities.filter((c) => !a.cities?.includes(c))],
    venue: a.venue ?? b.venue,
  } as PlaceEntry));
  for (const [form, match] of countries.forms) places.add(form, { country: match });
  for (const region of regions) for (const form of region.forms) places.add(form, { region });
  for (const { form, key, rows: cities } of defaultCityIndex().entries.values()) places.add(form, { cities }, key);
  for (const venue of VENUES) for (const form of [venue.name, ...(venue.forms ?? [])]) places.add(form, { venue });
  return places.build();
}

function buildOrgIndex(rows: readonly OrganizationRow[]): PhraseIndex<OrgEntry> {
  const entries: [string, OrgEntry][] = [];
  for (const row of rows) {
    entries.push([row.name, { row, viaAcronym: row.acronym === row.name }]);
    for (const alias of row.aliases ?? []) entries.push([alias, { row, viaAcronym: false }]);
    if (row.acronym !== null && row.acronym !== row.name) entries.push([row.acronym, { row, viaAcronym: true }]);
  }
  return buildPhraseIndex(entries);
}

function buildHeads(extra: EntityVocabularies): Map<string, HeadRow<HeadValue>[]> {
  const heads = new Map<string, HeadRow<HeadValue>[]>();
  const add = (head: string, value: HeadValue): void => {
    const words = head.split(/\s+/).map(foldWord);
    const last = words[words.length - 1] ?? '';
    const list = heads.get(last) ?? [];
    const same = list.findIndex((h) => h.words.join(' ') === words.join(' '));
    if (same >= 0) {
      // First definition wins; a cued document head keeps the next one as its other meaning.
      const first = (list[same] as HeadRow<HeadValue>).value;
      if (first.kind === 'agreement' && first.cued !== undefined && first.cued.otherwise === null) {
        list[same] = { words, value: { ...first, cued: { otherwise: value } } };
      }
      return;
    }
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    heads.set(last, list);
  };
  for (const row of VENUE_HEADS) add(row.head, { kind: 'venue' });
  for (const row of [...(extra.agreementKinds ?? []), ...AGREEMENT_KINDS]) {
    add(row.head, row.cue === undefined ? { kind: 'agreement', agreementKind: row.kind } : { kind: 'agreement', agreementKind: row.kind, cued: { otherwise: null } });
  }
  for (const row of [...(extra.eventKinds ?? []), ...EVENT_KINDS]) {
    add(row.head, { kind: 'event', eventType: row.eventType, dual: row.dual === true });
  }
  for (const row of ORGANIZATION_HEADS) add(row.head, { kind: 'organization' });
  return heads;
}

const AGREEMENT_KIND_VALUES: ReadonlySet<string> = new Set(['treaty', 'declaration', 'agreement', 'memorandum', 'plan', 'statement', 'other']);

const TABLES: readonly string[] = ['countryAliases', 'organizations', 'eventKinds', 'agreementKinds', 'regions', 'titles'];

/** Checks caller rows; throws an EntityVocabularyError naming the first bad row. */
export function validateVocabularies(extra: EntityVocabularies): void {
  const fail = (table: string, i: number, why: string): never => {
    throw new EntityVocabularyError(`vocabularies.${table}[${i}]: ${why}`);
  };
  const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
  const known = new Set<string>(Object.keys(extra));
  for (const k of known) {
    if (!TABLES.includes(k)) {
      throw new EntityVocabularyError(`vocabularies.${k}: unknown table (expected one of ${TABLES.join(', ')})`);
    }
    if (!Array.isArray((extra as Record<string, unknown>)[k])) throw new EntityVocabularyError(`vocabularies.${k}: must be an array of rows`);
  }
  const countries = defaultCountryIndex();
  (extra.countryAliases ?? []).forEach((r, i) => {
    if (!text(r.alias)) fail('countryAliases', i, '`alias` must be a non-empty string');
    if (!text(r.code) || countries.byCode(r.code) === null) fail('countryAliases', i, `\`code\` "${String(r.code)}" is not an ISO 3166-1 alpha-2 code`);
    if (r.kind !== 'alias' && r.kind !== 'demonym') fail('countryAliases', i, '`kind` must be "alias" or "demonym"');
    if (!text(r.example)) fail('countryAliases', i, '`example` must be a sentence that uses the alias');
  });
  (extra.organizations ?? []).forEach((r, i) => {
    if (!text(r.name)) fail('organizations', i, '`name` must be a non-empty string');
    if (r.acronym !== null && !text(r.acronym)) fail('organizations', i, '`acronym` must be a non-empty string or null');
    if (r.aliases !== undefined && (!Array.isArray(r.aliases) || !r.aliases.every(text))) fail('organizations', i, '`aliases` must be an array of non-empty strings');
    if (!text(r.example)) fail('organizations', i, '`example` must be a sentence that names the organisation');
  });
  (extra.eventKinds ?? []).forEach((r, i) => {
    if (!text(r.head)) fail('eventKinds', i, '`head` must be a non-empty string');
    if (!text(r.eventType)) fail('eventKinds', i, '`eventType` must be a non-empty string');
    if (!text(r.example)) fail('eventKinds', i, '`example` must be a sentence that names an event');
  });
  (extra.agreementKinds ?? []).forEach((r, i) => {
    if (!text(r.head)) fail('agreementKinds', i, '`head` must be a non-empty string');
    if (!AGREEMENT_KIND_VALUES.has(r.kind)) fail('agreementKinds', i, `\`kind\` "${String(r.kind)}" is not one of ${[...AGREEMENT_KIND_VALUES].join(', ')}`);
    if (!text(r.example)) fail('agreementKinds', i, '`example` must be a sentence that names a document');
    if (r.cue !== undefined && r.cue !== 'document-verb') fail('agreementKinds', i, '`cue` must be "document-verb" or absent');
  });
  (extra.regions ?? []).forEach((r, i) => {
    if (!text(r.name)) fail('regions', i, '`name` must be a non-empty string');
    if (!Array.isArray(r.forms) || r.forms.length === 0 || !r.forms.every(text)) fail('regions', i, '`forms` must be a non-empty array of strings');
    if (!text(r.example)) fail('regions', i, '`example` must be a sentence that names the region');
  });
  (extra.titles ?? []).forEach((r, i) => {
    if (!text(r.title)) fail('titles', i, '`title` must be a non-empty string');
    if (typeof r.beforeName !== 'boolean') fail('titles', i, '`beforeName` must be true (written before a name) or false');
    if (r.takesPortfolio !== undefined && typeof r.takesPortfolio !== 'boolean') fail('titles', i, '`takesPortfolio` must be a boolean or absent');
    if (!text(r.example)) fail('titles', i, '`example` must be a sentence that uses the title');
    if (!text(r.person)) fail('titles', i, '`person` must be the name the example yields');
    if (r.written !== undefined && !text(r.written)) fail('titles', i, '`written` must be a non-empty string or absent');
  });
}
