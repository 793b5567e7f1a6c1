import type { WinkTokens } from './wink.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['.,-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/**
 * A plain regex tokenizer used only when wink-nlp fails on a text: words, numbers and single
 * other characters, with a sentence break after `. ! ?`. Part of speech is `X`.
 */
export function readWithoutWink(text: string): WinkTokens {
  const values: string[] = [];
  const sentences: number[] = [];
  let sentence = 0;
  for (const m of text.matchAll(TOKEN)) {
    const value = m[0];
    values.push(value);
    sentences.push(sentence);
    if (value === '.' || value === '!' || value === '?') sentence++;
  }
  return { values, pos: values.map(() => 'X'), sentence: Int32Array.from(sentences) };
}
