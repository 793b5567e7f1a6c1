/**
 * A user error of the batch command: `usage` (bad options) or `input` (missing input).
 *
 * @example
 * try {
 *   await runBatchCommand({ inputs: ['missing-dir/'], output: 'out.jsonl' }, io);
 * } catch (error) {
 *   if (error instanceof BatchCommandError) error.kind; // 'input' ("cannot read missing-dir/: no such file or directory")
 * }
 */
export class BatchCommandError extends Error {
  override readonly name = 'BatchCommandError';
  constructor(
    readonly kind: 'usage' | 'input',
    message: string,
  ) {
    super(message);
  }
}
