import { PressfactsError } from './errors.js';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Document id; default: a stable hash of the text. */
  readonly id?: string;
  /** `YYYY-MM-DD`: resolves relative dates when the release has no dated dateline or header. */
  readonly referenceDate?: string;
  /** Longest input accepted, in UTF-16 code units (default 2,000,000). */
  readonly maxInputLength?: number;
}

/**
 * The default `maxInputLength` of {@link extract}: 2,000,000 UTF-16 code units.
 *
 * @example
 * extract(text, { maxInputLength: DEFAULT_MAX_INPUT_LENGTH * 2 });
 */
export const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;

const KNOWN = new Set(['id', 'referenceDate', 'maxInputLength']);

/** Checks the input and options of `extract`; throws a typed {@link PressfactsError} naming the problem. */
export function checkExtractArguments(text: unknown, options: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new PressfactsError('invalid-input', `extract(text) needs a string, got ${describe(text)}`);
  }
  if (options === undefined) {
    checkLength(text, DEFAULT_MAX_INPUT_LENGTH);
    return;
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PressfactsError('invalid-option', `extract options must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) throw new PressfactsError('invalid-option', `unknown option "${key}" (known: ${[...KNOWN].join(', ')})`);
  }
  if (o.id !== undefined && (typeof o.id !== 'string' || o.id.length === 0)) {
    throw new PressfactsError('invalid-option', 'option "id" must be a non-empty string');
  }
  if (o.referenceDate !== undefined) {
    const d = o.referenceDate;
    if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`))) {
      throw new PressfactsError('invalid-option', `option "referenceDate" must be a YYYY-MM-DD date, got ${describe(d)}`);
    }
  }
  if (o.maxInputLength !== undefined) {
    const m = o.maxInputLength;
    if (typeof m !== 'number' || !Number.isInteger(m) || m <= 0) {
      throw new PressfactsError('invalid-option', 'option "maxInputLength" must be a positive integer');
    }
  }
  checkLength(text, (o.maxInputLength as number | undefined) ?? DEFAULT_MAX_INPUT_LENGTH);
}

const PIPELINE_KNOWN = new Set(['stages', 'vocabularies']);

/** Checks the options of `createSummitPipeline`; throws a typed {@link PressfactsError} naming the problem. */
export function checkPipelineOptions(options: unknown): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PressfactsError('invalid-option', `createSummitPipeline options must be an object, got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!PIPELINE_KNOWN.has(key)) {
      throw new PressfactsError('invalid-option', `unknown pipeline option "${key}" (known: ${[...PIPELINE_KNOWN].join(', ')})`);
    }
  }
  if (o.stages !== undefined) {
    if (!Array.isArray(o.stages)) throw new PressfactsError('invalid-option', `option "stages" must be an array of stages, got ${describe(o.stages)}`);
    o.stages.forEach((stage: unknown, i) => {
      const s = stage as Record<string, unknown> | null;
      const ok =
        s !== null &&
        typeof s === 'object' &&
        typeof s.name === 'string' &&
        s.name.length > 0 &&
        Array.isArray(s.requires) &&
        Array.isArray(s.provides) &&
        typeof s.run === 'function';
      if (!ok) {
        throw new PressfactsError('invalid-option', `option "stages[${i}]" must be a stage { name, requires, provides, run }, got ${describe(stage)}`);
      }
    });
  }
  if (o.vocabularies !== undefined) {
    const v = o.vocabularies;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      throw new PressfactsError('invalid-option', `option "vocabularies" must be an object of tables, got ${describe(v)}`);
    }
    for (const [table, rows] of Object.entries(v)) {
      if (!VOCABULARY_TABLES.includes(table)) {
        throw new PressfactsError('invalid-option', `unknown vocabulary table "vocabularies.${table}" (known: ${VOCABULARY_TABLES.join(', ')})`);
      }
      if (rows !== undefined && !Array.isArray(rows)) {
        throw new PressfactsError('invalid-option', `option "vocabularies.${table}" must be an array of rows, got ${describe(rows)}`);
      }
    }
  }
}

/** The tables of `SummitVocabularies`: the entity tagger's and the number extractor's. */
const VOCABULARY_TABLES: readonly string[] = ['countryAliases', 'organizations', 'eventKinds', 'agreementKinds', 'regions', 'titles', 'currencies'];

function checkLength(text: string, max: number): void {
  if (text.length > max) {
    throw new PressfactsError(
      'input-too-large',
      `input is ${text.length} characters, more than maxInputLength ${max}; split it or raise the limit`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value;
}
