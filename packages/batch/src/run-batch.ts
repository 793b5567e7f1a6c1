import { resolve } from 'node:path';
import { BatchCommandError } from './command-error.js';
import { countInputs, DEFAULT_MAX_INPUT_LENGTH, expandInputs, readInputs } from './inputs.js';
import { openLineSink, type LineSink } from './output.js';
import { createBatchPool } from './pool.js';
import { createProgress } from './progress.js';
import { readPreviousRun, type PreviousRun } from './resume.js';
import { BatchStats, formatFailures } from './stats.js';

/** Options of {@link runBatchCommand} (what `pressfacts batch` parses from its arguments). */
export interface BatchCommandOptions {
  /** Directories, files (`.txt`, `.jsonl`), globs, or `-` for JSONL on stdin. */
  readonly inputs: readonly string[];
  /** Output JSONL path, or `-` for stdout. */
  readonly output: string;
  readonly workers?: number;
  /** Documents per worker task (see `BatchPoolOptions.groupSize`; default 8). */
  readonly groupSize?: number;
  readonly resume?: boolean;
  readonly timeoutMs?: number;
  readonly ordered?: boolean;
  readonly referenceDate?: string;
  readonly maxInputLength?: number;
  readonly extractModule?: string;
  /** Quiet progress line period when stderr is not a terminal (default 10 s). */
  readonly progressIntervalMs?: number;
  /** Where relative paths (and text ids) start (default `process.cwd()`). */
  readonly cwd?: string;
}

/**
 * The streams of a batch command run (process.stdout/stderr/stdin in the CLI; PassThroughs in tests).
 *
 * @example
 * const io: BatchCommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, isTTY: Boolean(process.stderr.isTTY) };
 */
export interface BatchCommandIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly isTTY: boolean;
}

/** What a run did: its counts, and the exit code (0 all ok, 1 some document failed). */
export interface BatchSummary {
  readonly exitCode: 0 | 1;
  readonly docs: number;
  readonly ok: number;
  readonly failures: ReadonlyMap<string, number>;
  /** Documents skipped because the output already had them (`resume`). */
  readonly skipped: number;
  readonly seconds: number;
}

/**
 * Runs a batch from files/stdin to JSONL (the `pressfacts batch` command): one output line
 * per input document, written as results complete; progress and a summary on stderr. Throws
 * {@link BatchCommandError} for a usage error or a missing input.
 *
 * @example
 * await runBatchCommand({ inputs: ['releases/'], output: 'facts.jsonl', resume: true }, io);
 */
export async function runBatchCommand(options: BatchCommandOptions, io: BatchCommandIO): Promise<BatchSummary> {
  const cwd = options.cwd ?? process.cwd();
  const toStdout = options.output === '-';
  if (toStdout && options.resume) throw new BatchCommandError('usage', '--resume needs an output file (-o FILE), not stdout');
  if (options.inputs.length === 0) throw new BatchCommandError('usage', 'give at least one input: a directory, a file, a glob or - for stdin');
  const specs = await expandInputs(options.inputs, cwd);
  const outputPath = toStdout ? '' : resolve(cwd, options.output);
  let previous: PreviousRun | undefined;
  if (options.resume) {
    try {
      previous = await readPreviousRun(outputPath);
    } catch (error) {
      throw new BatchCommandError('input', `cannot read ${options.output} to resume: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (previous.truncatedBytes > 0) io.stderr.write(`pressfacts batch: dropped an unfinished last line (${previous.truncatedBytes} bytes) of ${options.output}\n`);
    if (previous.unreadableLines > 0) io.stderr.write(`pressfacts batch: warning: ${previous.unreadableLines} lines of ${options.output} are not records; their documents are run again\n`);
  }
  let sink: LineSink;
  try {
    sink = await openLineSink(toStdout ? io.stdout : { path: outputPath, append: options.resume === true });
  } catch (error) {
    throw new BatchCommandError('input', `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  const skip = previous?.ids;
  const total = await countInputs(specs);
  const stats = new BatchStats();
  const progress = createProgress(stats, {
    stream: io.stderr,
    isTTY: io.isTTY,
    total: total === null ? null : Math.max(0, total - (skip?.size ?? 0)),
    ...(options.progressIntervalMs !== undefined ? { intervalMs: options.progressIntervalMs } : {}),
  });
  const maxInputLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  const pool = createBatchPool({
    format: 'lines',
    maxInputLength,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.groupSize !== undefined ? { groupSize: options.groupSize } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
    ...(options.extractModule !== undefined ? { extractModule: resolve(cwd, options.extractModule) } : {}),
  });
  try {
    const inputs = readInputs(specs, { stdin: io.stdin, maxInputLength, ...(skip !== undefined ? { skip } : {}) });
    for await (const result of pool.extractLines(inputs, { ordered: options.ordered ?? false })) {
      await sink.write(result.line);
      stats.record(result.ok, result.code);
      progress.update();
    }
  } finally {
    progress.stop();
    await Promise.allSettled([pool.close(), sink.close()]);
  }

  const failures = new Map(stats.failures);
  for (const [code, n] of previous?.failures ?? []) failures.set(code, (failures.get(code) ?? 0) + n);
  const summary: BatchSummary = {
    exitCode: failures.size > 0 ? 1 : 0,
    docs: stats.done,
    ok: stats.ok,
    failures: stats.failures,
    skipped: skip?.size ?? 0,
    seconds: stats.seconds,
  };
  io.stderr.write(`${formatSummary(summary, toStdout ? 'stdout' : options.output, previous)}\n`);
  return summary;
}

function formatSummary(s: BatchSummary, output: string, previous: PreviousRun | undefined): string {
  const failed = s.docs - s.ok;
  const parts = [
    `pressfacts batch: ${s.docs} docs in ${s.seconds.toFixed(1)} s (${(s.seconds > 0 ? s.docs / s.seconds : 0).toFixed(1)} docs/s)`,
    `${s.ok} ok, ${failed} failed${failed > 0 ? ` (${formatFailures(s.failures)})` : ''}`,
  ];
  if (previous !== undefined) {
    const before = [...previous.failures.values()].reduce((a, b) => a + b, 0);
    parts.push(`${previous.ids.size} already in ${output}${before > 0 ? ` (${before} failed: ${formatFailures(previous.failures)})` : ''}`);
  }
  return `${parts.join('; ')} -> ${output}`;
}
