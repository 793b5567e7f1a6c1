import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** Writes JSONL lines as they come, waiting when the stream is full (backpressure). */
export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

/** Resolves when a full stream can take more (or has closed); leaves no listener behind. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * A sink on a file (`append` when resuming) or on an already open stream such as stdout.
 * Every line is handed to the OS as soon as it is written, so a killed run loses at most
 * the line being written.
 */
export async function openLineSink(target: { path: string; append: boolean } | NodeJS.WritableStream): Promise<LineSink> {
  const ownStream = 'path' in target;
  const stream: NodeJS.WritableStream = ownStream ? createWriteStream(target.path, { flags: target.append ? 'a' : 'w' }) : target;
  if (ownStream) {
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([error]) => Promise.reject(error as Error))]);
  }
  let failed: Error | undefined;
  stream.on('error', (error: Error) => {
    failed = error;
  });
  return {
    async write(line) {
      if (failed !== undefined) throw failed;
      if (!stream.write(`${line}\n`)) await drained(stream);
    },
    async close() {
      if (!ownStream) return;
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    },
  };
}
