import type { Diagnostic } from './diagnostic.js';
import type { LayerName, Layers } from './layers.js';

/**
 * The one document type that flows through every stage (spaCy's `Doc`, unified's `VFile`).
 * `text` is the raw input exactly as the caller passed it and is never changed; stages add layers.
 * A Doc is immutable: a stage's run yields new layers and the pipeline makes a new Doc that
 * reuses every untouched layer.
 */
export interface Doc {
  readonly text: string;
  readonly id: string;
  /** `YYYY-MM-DD` given by the caller for resolving relative dates, if any. */
  readonly referenceDate: string | null;
  readonly layers: Readonly<Partial<Layers>>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options of {@link createDoc} (and of `Pipeline.process`): the document id (default: a hash of the text) and the date to resolve relative dates against.
 *
 * @example
 * pipeline.process(text, { id: 'release-42', referenceDate: '2025-06-18' });
 */
export interface CreateDocOptions {
  readonly id?: string;
  readonly referenceDate?: string | null;
}

/**
 * Makes a fresh document with no layers.
 *
 * @example createDoc('BEIJING, June 18, 2025 -- ...', { referenceDate: '2025-06-18' })
 */
export function createDoc(text: string, options: CreateDocOptions = {}): Doc {
  return {
    text,
    id: options.id ?? stableId(text),
    referenceDate: options.referenceDate ?? null,
    layers: {},
    diagnostics: [],
  };
}

/**
 * Reads a layer that a stage declared it requires; throws if the pipeline was mis-built.
 *
 * @example
 * // inside a stage that declared `requires: ['view', 'sentences']`
 * const sentences = requireLayer(doc, 'sentences');
 * // on a document without it: throws 'layer "sentences" is missing: add a stage that provides it before this one'
 */
export function requireLayer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const layer = doc.layers[name];
  if (layer === undefined) {
    throw new Error(`layer "${name}" is missing: add a stage that provides it before this one`);
  }
  return layer as Layers[K];
}

/**
 * A stable id for a text: FNV-1a 64-bit over its UTF-16 code units, as 16 hex digits.
 *
 * @example
 * stableId('Leaders met in Astana.'); // '535de86a9affde57' (the same on every run and machine)
 */
export function stableId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ (c + i), 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
