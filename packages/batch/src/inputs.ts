import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { BatchCommandError } from './command-error.js';
import { readJsonl } from './jsonl.js';
import type { BatchInput } from './types.js';

/** One place documents come from. */
export type InputSpec =
  | { readonly kind: 'text'; readonly path: string; readonly id: string }
  | { readonly kind: 'jsonl'; readonly path: string; readonly id: string }
  | { readonly kind: 'stdin' };

/** Same default as pressfacts' `DEFAULT_MAX_INPUT_LENGTH` (a test keeps them equal). */
export const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;

const posix = (path: string) => path.split(sep).join('/');

/**
 * Expands the command's input arguments: `-` (JSONL on stdin), a directory (its `*.txt` and
 * `*.jsonl`, recursively), a `.jsonl` file, any other file (a text release), or a glob.
 * Text ids are paths with `/`, relative to `cwd` (or absolute when given absolute). Throws an input error for a path that does
 * not exist or a glob that matches nothing.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<InputSpec[]> {
  const specs: InputSpec[] = [];
  // Ids keep the form the path was given in: relative to the cwd, or absolute.
  const fileSpec = (abs: string, given: string): InputSpec => {
    const id = posix(isAbsolute(given) ? abs : relative(cwd, abs));
    return extname(abs).toLowerCase() === '.jsonl' ? { kind: 'jsonl', path: abs, id } : { kind: 'text', path: abs, id };
  };
  for (const arg of args) {
    if (arg === '-') {
      if (specs.some((s) => s.kind === 'stdin')) throw new BatchCommandError('usage', 'stdin (-) can be given once');
      specs.push({ kind: 'stdin' });
      continue;
    }
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob(['**/*.txt', '**/*.jsonl'], { cwd: abs, onlyFiles: true, absolute: true });
      specs.push(...found.sort().map((f) => fileSpec(f, arg)));
    } else if (info !== undefined) {
      specs.push(fileSpec(abs, arg));
    } else if (isDynamicPattern(arg)) {
      const found = await glob(arg, { cwd, onlyFiles: true, absolute: true });
      if (found.length === 0) throw new BatchCommandError('input', `no file matches ${arg}`);
      specs.push(...found.sort().map((f) => fileSpec(f, arg)));
    } else {
      throw new BatchCommandError('input', `cannot read ${arg}: no such file or directory`);
    }
  }
  return specs;
}

/** How many documents the inputs hold (text files plus non-blank JSONL lines), or null with stdin. */
export async function countInputs(specs: readonly InputSpec[]): Promise<number | null> {
  let total = 0;
  for (const spec of specs) {
    if (spec.kind === 'stdin') return null;
    if (spec.kind === 'text') total++;
    else total += await countLines(spec.path);
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x0a) {
        if (!blank) lines++;
        blank = true;
      } else if (byte !== 0x20 && byte !== 0x0d && byte !== 0x09) blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

/** Options of {@link readInputs}. */
export interface ReadInputsOptions {
  readonly stdin: NodeJS.ReadableStream;
  readonly maxInputLength: number;
  /** Ids to leave out (already in the output when resuming). */
  readonly skip?: ReadonlySet<string>;
}

/**
 * Reads the documents, one at a time (the batch pulls them as workers free up). A text file
 * is passed as bytes (decoded in the worker); a file too large to be under `maxInputLength`
 * is not even read; an unreadable one becomes a `read-error` input.
 */
export async function* readInputs(specs: readonly InputSpec[], options: ReadInputsOptions): AsyncGenerator<BatchInput> {
  const { skip } = options;
  for (const spec of specs) {
    if (spec.kind === 'stdin') {
      yield* readJsonl(options.stdin, 'stdin', skip);
    } else if (spec.kind === 'jsonl') {
      yield* readJsonl(createReadStream(spec.path), spec.id, skip);
    } else if (!skip?.has(spec.id)) {
      yield await readTextFile(spec.path, spec.id, options.maxInputLength);
    }
  }
}

async function readTextFile(path: string, id: string, maxInputLength: number): Promise<BatchInput> {
  try {
    const { size } = await stat(path);
    // A UTF-16 code unit takes at most 3 UTF-8 bytes (plus a BOM): past that it cannot fit.
    if (size > maxInputLength * 3 + 3) {
      return { id, error: { code: 'input-too-large', message: `the file is ${size} bytes, more than maxInputLength ${maxInputLength} characters can be` } };
    }
    return { id, bytes: await readFile(path) };
  } catch (error) {
    return { id, error: { code: 'read-error', message: `cannot read ${id}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
}
