import type { Span } from './span.js';

/**
 * How serious a diagnostic is: `info` (worth knowing), `warning` (results may be incomplete), `error` (a stage could not do its work).
 *
 * @example
 * const level: DiagnosticLevel = 'warning';
 */
export type DiagnosticLevel = 'info' | 'warning' | 'error';

/**
 * A message about one document, as data (vfile-message / ajv ErrorObject style).
 * Stages report diagnostics instead of throwing for a bad document.
 */
export interface Diagnostic {
  readonly level: DiagnosticLevel;
  /** Stable kebab-case code, e.g. `unresolved-relative-date`. */
  readonly code: string;
  readonly message: string;
  readonly span: Span | null;
  /** The stage that reported it (filled in by the pipeline). */
  readonly source?: string;
}
