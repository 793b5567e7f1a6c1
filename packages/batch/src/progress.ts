import cliProgress from 'cli-progress';
import type { BatchStats } from './stats.js';

/** Shows how a batch is going on stderr. */
export interface ProgressReporter {
  update(): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream;
  /** A terminal gets a live bar; anything else a quiet line every `intervalMs`. */
  readonly isTTY: boolean;
  /** Documents expected in this run, or null when unknown (stdin). */
  readonly total: number | null;
  readonly intervalMs?: number;
}

const eta = (seconds: number) => (seconds < 90 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`);

/**
 * A progress bar (cli-progress) when stderr is a terminal: done/total, docs/s, ETA, errors.
 * Otherwise (a log, Hadoop, CI) one line every 10 s, so logs stay short.
 */
export function createProgress(stats: BatchStats, options: ProgressOptions): ProgressReporter {
  const { stream, total } = options;
  if (options.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stream as NodeJS.WriteStream,
        format:
          total === null
            ? 'batch {value} docs | {rate} docs/s | {errors} errors'
            : 'batch {bar} {value}/{total} | {rate} docs/s | ETA {eta_formatted} | {errors} errors',
        hideCursor: true,
        // The caller decided this is a terminal (io.isTTY); draw even on a stream that does not say so.
        noTTYOutput: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: '0.0', errors: 0 });
    return {
      update: () => bar.update(stats.done, { rate: stats.pace.toFixed(1), errors: stats.failed }),
      stop: () => {
        bar.update(stats.done, { rate: stats.pace.toFixed(1), errors: stats.failed });
        bar.stop();
      },
    };
  }
  const timer = setInterval(() => {
    const of = total === null ? '' : `/${total}`;
    const left = total === null || stats.pace === 0 ? '' : `, ETA ${eta(Math.max(0, total - stats.done) / stats.pace)}`;
    stream.write(`pressfacts batch: ${stats.done}${of} docs, ${stats.failed} errors, ${stats.pace.toFixed(1)} docs/s${left}\n`);
  }, options.intervalMs ?? 10_000);
  timer.unref();
  return { update: () => {}, stop: () => clearInterval(timer) };
}
