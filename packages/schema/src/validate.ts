import type { ErrorObject } from 'ajv';
import type { SummitFacts } from './summit-facts.js';
import { validate as generatedValidate } from './validate.generated.js';
import { validate as generatedFastValidate } from './validate-fast.generated.js';

/** One schema violation: where (a JSON Pointer into the document) and what. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The result of {@link validateSummitFacts}: the typed value, or every issue found.
 *
 * @example
 * const result = validateSummitFacts(JSON.parse(json));
 * if (!result.valid) console.error(result.issues.map(formatIssue).join('\n'));
 */
export type ValidationResult =
  | { readonly valid: true; readonly value: SummitFacts }
  | { readonly valid: false; readonly issues: readonly SchemaIssue[] };

/**
 * Thrown by {@link assertSummitFacts}; `issues` lists every violation.
 *
 * @example
 * try {
 *   assertSummitFacts({ ...facts, topics: [1] });
 * } catch (error) {
 *   if (error instanceof SchemaValidationError) error.issues; // [{ path: '/topics/0', message: 'must be string' }]
 * }
 */
export class SchemaValidationError extends Error {
  override readonly name = 'SchemaValidationError';
  constructor(readonly issues: readonly SchemaIssue[]) {
    super(`output does not match the SummitFacts schema:\n${issues.map(formatIssue).join('\n')}`);
  }
}

/** An ajv validate function: true when valid, else its `errors` say why. */
interface ValidateFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

// Compiled ahead of time by scripts/generate-validator.ts (ajv standalone code, same options
// as `new Ajv2020({ allErrors: true, strict: true })`): compiling at start took ~200 ms.
const compiled = generatedValidate as ValidateFunction;
function validator(): ValidateFunction {
  return compiled;
}
// The same schema in cheaper keywords, stopping at the first error (scripts/generate-validator.ts,
// `fastSchema`): valid facts, the usual case, are told at about half the cost; only a value it
// rejects goes through the full validator, for every issue.
const fast = generatedFastValidate as ValidateFunction;

/**
 * Validates a value against the SummitFacts schema. Returns a plain result object (no hidden
 * state), with every issue as path + message.
 *
 * @example
 * const result = validateSummitFacts(JSON.parse(json));
 * if (!result.valid) console.error(result.issues.map(formatIssue).join('\n'));
 */
export function validateSummitFacts(value: unknown): ValidationResult {
  const validate = validator();
  if (fast(value) || validate(value)) return { valid: true, value: value as SummitFacts };
  return { valid: false, issues: (validate.errors ?? []).map(toIssue) };
}

/**
 * Like {@link validateSummitFacts} but throws a {@link SchemaValidationError}.
 *
 * @example
 * const facts = assertSummitFacts(JSON.parse(readFileSync('expected.json', 'utf8'))); // typed SummitFacts
 * assertSummitFacts({ ...facts, topics: [1] }); // throws SchemaValidationError: /topics/0: must be string
 */
export function assertSummitFacts(value: unknown): SummitFacts {
  const result = validateSummitFacts(value);
  if (!result.valid) throw new SchemaValidationError(result.issues);
  return result.value;
}

/**
 * `"/event/edition: must be integer"`.
 *
 * @example
 * formatIssue({ path: '/topics/0', message: 'must be string' }); // '/topics/0: must be string'
 * const result = validateSummitFacts(value);
 * if (!result.valid) console.error(result.issues.map(formatIssue).join('\n'));
 */
export function formatIssue(issue: SchemaIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function toIssue(error: ErrorObject): SchemaIssue {
  const path = error.instancePath === '' ? '/' : error.instancePath;
  const detail =
    error.keyword === 'additionalProperties'
      ? ` ("${String((error.params as { additionalProperty?: string }).additionalProperty)}")`
      : '';
  return { path, message: `${error.message ?? error.keyword}${detail}` };
}
