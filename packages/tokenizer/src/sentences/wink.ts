import { createRequire } from 'node:module';
import type { ItsHelpers, Model, WinkMethods } from 'wink-nlp';

/** The annotations the tokenizer needs: sentence boundaries and part of speech, nothing else. */
const PIPE = ['sbd', 'pos'];

/**
 * How many documents one wink-nlp instance reads before a new one replaces it. wink adds every
 * lexeme it has not seen (a new figure, name or address) to its instance's vocabulary for good,
 * about 40 bytes each, so over an endless stream of releases its memory would grow without end.
 * A new instance costs one model load (~150 ms), under 3 µs per document at this interval.
 */
export const WINK_READS_PER_INSTANCE = 50_000;

let loaded: { readonly nlp: WinkMethods; reads: number } | null = null;

/**
 * The wink-nlp instance, loaded on first use and then shared by the whole process (loading the
 * English lite model takes ~150 ms; reading a 5 KB document takes ~1 ms), replaced by a new one
 * after `readsPerInstance` calls (see {@link WINK_READS_PER_INSTANCE}). Each call counts as one
 * document read.
 */
export function getWink(readsPerInstance: number = WINK_READS_PER_INSTANCE): WinkMethods {
  if (loaded === null || loaded.reads >= readsPerInstance) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    loaded = { nlp: winkNLP(model, PIPE), reads: 0 };
  }
  loaded.reads++;
  return loaded.nlp;
}

/** The tokens wink read, before offsets are known, as parallel arrays. */
export interface WinkTokens {
  readonly values: readonly string[];
  readonly pos: readonly string[];
  /** wink's sentences as `[first, last]` token indices, in order. */
  readonly sentences: readonly (readonly [number, number])[];
}

/** Runs wink over `text` and reads back what the tokenizer needs, as parallel arrays (`readsPerInstance`: see {@link getWink}). */
export function readWithWink(text: string, readsPerInstance: number = WINK_READS_PER_INSTANCE): WinkTokens {
  const nlp = getWink(readsPerInstance);
  const its: ItsHelpers = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as unknown as string[];
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][];
  return { values, pos, sentences };
}
