import { BROKEN_KINDS, breakRelease, type BrokenKind } from './broken.js';
import { createRandom, documentSeed } from './random.js';
import { rewriteRelease } from './rewrite.js';
import type { SourceRelease } from './sources.js';

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** How many documents; `Infinity` for an endless stream. */
  readonly count: number;
  /** Same seed, same corpus (default 1). */
  readonly seed?: number;
  /** Releases to rewrite (see `loadFixtureSources`); at least one. */
  readonly sources: readonly SourceRelease[];
  /** Inject broken inputs: a share in [0, 1] of the documents, cycling through `kinds`. */
  readonly broken?: { readonly rate: number; readonly kinds?: readonly BrokenKind[]; readonly hugeLength?: number };
  /** Prefix of the ids (default `gen`): ids are `gen-000001`, `gen-000002`, … */
  readonly idPrefix?: string;
}

/** One generated document. */
export interface CorpusDocument {
  readonly id: string;
  /** The text (for byte-level breakage, what a lenient UTF-8 reader sees). */
  readonly text: string;
  /** The exact bytes, for broken inputs whose bytes are not the UTF-8 of `text`. */
  readonly bytes?: Uint8Array;
  /** The source release it was made from. */
  readonly source: string;
  /** How it was broken on purpose, if it was. */
  readonly broken?: BrokenKind;
}

/** One more than pressfacts' default `maxInputLength` (2,000,000 code units). */
export const DEFAULT_HUGE_LENGTH = 2_000_001;

/**
 * Generates `count` varied releases by rewriting the `sources` (other people, countries,
 * cities, dates, amounts, currency; see `rewriteRelease`), deterministically from `seed`.
 * Lazy: an endless corpus costs constant memory.
 *
 * @example
 * for (const doc of generateCorpus({ count: 1000, seed: 7, sources: loadFixtureSources('fixtures') })) {
 *   doc.id; // 'gen-000001'
 * }
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusDocument> {
  const { count, seed = 1, sources, broken, idPrefix = 'gen' } = options;
  if (sources.length === 0) throw new RangeError('generateCorpus needs at least one source release');
  if (broken !== undefined && !(broken.rate >= 0 && broken.rate <= 1)) throw new RangeError('broken.rate must be in [0, 1]');
  const kinds = broken?.kinds ?? BROKEN_KINDS;
  const hugeLength = broken?.hugeLength ?? DEFAULT_HUGE_LENGTH;
  let brokenSoFar = 0;
  for (let i = 0; i < count; i++) {
    const random = createRandom(documentSeed(seed, i));
    const source = random.pick(sources);
    const id = `${idPrefix}-${String(i + 1).padStart(6, '0')}`;
    const text = rewriteRelease(source.text, random);
    if (broken !== undefined && kinds.length > 0 && random.chance(broken.rate)) {
      const kind = kinds[brokenSoFar++ % kinds.length]!;
      const input = breakRelease(text, kind, random, hugeLength);
      yield { id, text: input.text, bytes: input.bytes, source: source.id, broken: kind };
    } else {
      yield { id, text, source: source.id };
    }
  }
}

/**
 * The bytes a file of this document holds.
 *
 * @example
 * corpusBytes({ id: 'gen-000001', text: 'Café', source: 'golden' }); // Uint8Array [67, 97, 102, 195, 169]
 * for (const doc of generateCorpus({ count: 10, sources })) writeFileSync(`${doc.id}.txt`, corpusBytes(doc));
 */
export function corpusBytes(doc: CorpusDocument): Uint8Array {
  return doc.bytes ?? new TextEncoder().encode(doc.text);
}
