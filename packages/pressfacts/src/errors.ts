/** Why a call to the library was refused. */
export type PressfactsErrorCode = 'invalid-input' | 'input-too-large' | 'invalid-option';

/**
 * Thrown for library misuse (a non-string input, a bad option, input past `maxInputLength`).
 * A bad *document* never throws: it yields empty facts with diagnostics.
 *
 * @example
 * try {
 *   extract(text, { referenceDate: '18/06/2025' });
 * } catch (error) {
 *   if (error instanceof PressfactsError) error.code; // 'invalid-option'
 * }
 */
export class PressfactsError extends Error {
  override readonly name = 'PressfactsError';
  constructor(
    readonly code: PressfactsErrorCode,
    message: string,
  ) {
    super(message);
  }
}
