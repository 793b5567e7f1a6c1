// Times the tokenizer stage against wink-nlp readDoc on the golden article, interleaved in the
// same run (medians of 15 rounds of 200 calls each).
// node --conditions=pressfacts-source --import tsx packages/tokenizer/bench/golden.bench.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDoc } from '@pressfacts/document';
import { createTokenizer, findHeader, normalize, splitParagraphs } from '../src/index.js';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const text = readFileSync('/work/shared/golden/china-central-asia-summit-2025.txt', 'utf8');
const winkDefault = winkNLP(model);
const winkSbdPos = winkNLP(model, ['sbd', 'pos']);
const stage = createTokenizer();
const ctx = { report: () => {} };
const doc = createDoc(text);
const view = normalize(text);
const paragraphs = splitParagraphs(view);
const blocks = text.split(/\n\s*\n/);

const cases: Record<string, () => unknown> = {
  'wink readDoc, default pipe': () => winkDefault.readDoc(text),
  'wink readDoc, sbd+pos pipe': () => winkSbdPos.readDoc(text),
  'wink readDoc per paragraph, sbd+pos': () => blocks.forEach((b) => winkSbdPos.readDoc(b)),
  normalize: () => normalize(text),
  splitParagraphs: () => splitParagraphs(view),
  findHeader: () => findHeader(view, paragraphs),
  'tokenizer stage': () => stage.run(doc, ctx),
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const fn of Object.values(cases)) for (let i = 0; i < 100; i++) fn();
for (let round = 0; round < 15; round++) {
  for (const [label, fn] of Object.entries(cases)) {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) fn();
    samples[label]!.push((performance.now() - t0) / 200);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
console.log(`golden article, ${text.length} chars; median ms per call`);
for (const [k, v] of Object.entries(m)) console.log(`  ${k.padEnd(38)} ${v.toFixed(3)}`);
const st = m['tokenizer stage']!;
console.log(`  stage / readDoc(default pipe) = ${(st / m['wink readDoc, default pipe']!).toFixed(2)}`);
console.log(`  stage / readDoc(sbd+pos pipe) = ${(st / m['wink readDoc, sbd+pos pipe']!).toFixed(2)}`);
