import type { WinkTokens } from './wink.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['.,-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/**
 * A plain regex tokenizer used only when wink-nlp fails on a text: words, numbers and single
 * other characters, with a sentence break after `. ! ?`. Part of speech is `X`.
 */
export function readWithoutWink(text: string): WinkTokens {
  const values: string[] = [];
  const sentences: [number, number][] = [];
  let first = 0; // first token of the current sentence
  for (const m of text.matchAll(TOKEN)) {
    const value = m[0];
    values.push(value);
    if (value === '.' || value === '!' || value === '?') {
      sentences.push([first, values.length - 1]);
      first = values.length;
    }
  }
  if (first < values.length) sentences.push([first, values.length - 1]);
  return { values, pos: values.map(() => 'X'), sentences };
}
