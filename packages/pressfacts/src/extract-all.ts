import type { Doc } from '@pressfacts/document';
import type { SummitFacts } from '@pressfacts/schema';
import { SchemaValidationError } from '@pressfacts/schema/validate';
import { PressfactsError } from './errors.js';
import { docOf, factsOf, summitPipeline } from './extract.js';
import { checkExtractArguments, type ExtractOptions } from './options.js';

/** One release for {@link extractAll}: its text and the options {@link extract} takes. */
export interface ExtractInput extends ExtractOptions {
  readonly text: string;
}

/**
 * What {@link extractAll} gives for one input, in input order: its facts, or why there are none.
 * `error` is a `PressfactsError` for a refused input (`code` says why, as `extract` would throw),
 * or a `SchemaValidationError` if the facts broke the schema (a bug in a stage: please report it).
 */
export type ExtractResult =
  | { readonly ok: true; readonly facts: SummitFacts }
  | { readonly ok: false; readonly error: PressfactsError | SchemaValidationError };

/** Options of {@link extractAll}. */
export interface ExtractAllOptions {
  /** Releases run through the stages together (default 8; 1 is `extract` one by one). */
  readonly groupSize?: number;
}

const DEFAULT_GROUP_SIZE = 8;

/**
 * Extracts the facts of many releases in one thread, yielding one result per input in order,
 * the same facts `extract` gives. Releases go through the pipeline in small groups, each stage
 * across the whole group before the next (`Pipeline.runMany`), which costs less CPU per
 * release than calling `extract` in a loop. A refused input is a result (`ok: false`), never a
 * throw that loses the rest. For several threads use `@pressfacts/batch`.
 *
 * @example
 * for (const result of extractAll([text, { text, id: 'second', referenceDate: '2025-06-18' }])) {
 *   if (result.ok) result.facts.event?.name;
 *   else result.error.message;
 * }
 */
export function extractAll(
  inputs: Iterable<string | ExtractInput>,
  options: ExtractAllOptions = {},
): Generator<ExtractResult, void, undefined> {
  // Checked here, not inside the generator, so that a bad call throws where it is made.
  const groupSize = checkGroupSize(options);
  if (inputs === null || typeof (inputs as Partial<Iterable<unknown>>)?.[Symbol.iterator] !== 'function') {
    throw new PressfactsError('invalid-input', 'extractAll needs an iterable of texts (an array, a generator, …)');
  }
  return resultsOf(inputs, groupSize);
}

function* resultsOf(inputs: Iterable<string | ExtractInput>, groupSize: number): Generator<ExtractResult, void, undefined> {
  let group: (Doc | PressfactsError)[] = [];
  for (const input of inputs) {
    group.push(docOrRefusal(input));
    if (group.length === groupSize) {
      yield* runGroup(group);
      group = [];
    }
  }
  if (group.length > 0) yield* runGroup(group);
}

function docOrRefusal(input: string | ExtractInput): Doc | PressfactsError {
  try {
    if (typeof input === 'string') {
      checkExtractArguments(input, undefined);
      return docOf(input, undefined);
    }
    if (input === null || typeof input !== 'object') {
      throw new PressfactsError('invalid-input', `extractAll needs strings or { text, ...options } objects, got ${input === null ? 'null' : typeof input}`);
    }
    const { text, ...rest } = input;
    checkExtractArguments(text, rest);
    return docOf(text, rest);
  } catch (error) {
    if (error instanceof PressfactsError) return error;
    throw error;
  }
}

function runGroup(group: readonly (Doc | PressfactsError)[]): ExtractResult[] {
  const docs = group.filter((item): item is Doc => !(item instanceof PressfactsError));
  const ran = summitPipeline().runMany(docs);
  let next = 0;
  return group.map((item) => (item instanceof PressfactsError ? { ok: false, error: item } : resultOf(ran[next++]!)));
}

function resultOf(doc: Doc): ExtractResult {
  try {
    return { ok: true, facts: factsOf(doc) };
  } catch (error) {
    if (error instanceof SchemaValidationError) return { ok: false, error };
    throw error;
  }
}

function checkGroupSize(options: ExtractAllOptions): number {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PressfactsError('invalid-option', 'extractAll options must be an object');
  }
  const size = options.groupSize ?? DEFAULT_GROUP_SIZE;
  if (!Number.isInteger(size) || size < 1) {
    throw new PressfactsError('invalid-option', 'option "groupSize" must be a positive integer');
  }
  return size;
}
