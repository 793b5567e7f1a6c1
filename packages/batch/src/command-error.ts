/** A user error of the batch command: `usage` (bad options) or `input` (missing input). */
export class BatchCommandError extends Error {
  override readonly name = 'BatchCommandError';
  constructor(
    readonly kind: 'usage' | 'input',
    message: string,
  ) {
    super(message);
  }
}
