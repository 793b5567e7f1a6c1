/**
 * A stage of your own: it declares the layers it reads (`requires`) and the layer it adds
 * (`provides`); `createSummitPipeline({ stages })` runs it after the entity tagger and before the
 * facts are assembled, and checks the chain when the pipeline is built. This one finds watch
 * words ("sanctions", "ceasefire", …) sentence by sentence, as honest spans, in a new `watchWords`
 * layer, and reports a diagnostic when a release mentions none.
 *
 * Run: pnpm --filter @pressfacts/examples stage
 */
import assert from 'node:assert/strict';
import { PipelineError, requireLayer, type Span, type Stage } from '@pressfacts/document';
import { createSummitPipeline, factsOf } from 'pressfacts';

// 1. Declare the new layer: declaration merging adds it to the layer map, so `provides`,
//    `requires` and `doc.layers.watchWords` are typed.
declare module '@pressfacts/document' {
  interface Layers {
    watchWords: readonly WatchWord[];
  }
}

/** One watch word in the text, with the sentence it is in. */
interface WatchWord extends Span {
  readonly word: string;
  readonly sentence: number;
}

// 2. The vocabulary is data, compiled once (not per document). No nested quantifiers: linear time.
const WATCH_WORDS = ['sanctions', 'ceasefire', 'tariffs', 'embargo', 'maritime security'] as const;
const WATCH = new RegExp(`\\b(?:${WATCH_WORDS.join('|')})\\b`, 'gi');

// 3. The stage: reads `sentences`, returns exactly the layer it provides, never throws for a bad document.
const watchWords: Stage<'watchWords', 'sentences'> = {
  name: 'watch-words',
  requires: ['sentences'],
  provides: ['watchWords'],
  run(doc, ctx) {
    const found: WatchWord[] = [];
    for (const sentence of requireLayer(doc, 'sentences')) {
      // `sentence.text` is `doc.text.slice(sentence.start, sentence.end)`: offsets add up.
      for (const m of sentence.text.matchAll(WATCH)) {
        const start = sentence.start + m.index;
        found.push({ start, end: start + m[0].length, text: m[0], word: m[0].toLowerCase(), sentence: sentence.index });
      }
    }
    if (found.length === 0)
      ctx.report({ level: 'info', code: 'no-watch-words', message: 'no watch word in this release', span: null });
    return { watchWords: found };
  },
};

const pipeline = createSummitPipeline({ stages: [watchWords] });
console.log('stages:', pipeline.stages.map((s) => s.name).join(' → '));

const text = `GENEVA, March 4, 2025 -- Foreign ministers met in Geneva on Tuesday to discuss a ceasefire.

The talks also covered tariffs and the easing of sanctions, officials said.`;
const doc = pipeline.process(text);
for (const w of doc.layers.watchWords ?? []) {
  console.log(`watch word ${JSON.stringify(w.text)} at [${w.start}, ${w.end}) in sentence ${w.sentence}`);
  assert.equal(text.slice(w.start, w.end), w.text);
}
// The facts are assembled as usual; a stage's diagnostics travel with them.
const facts = factsOf(doc);
console.log(
  'event:',
  facts.event?.name ?? null,
  '| diagnostics:',
  facts.diagnostics.map((d) => d.code),
);
const quiet = factsOf(pipeline.process('Nothing to watch here.'));
console.log(
  'quiet release diagnostics:',
  quiet.diagnostics.map((d) => d.code),
);

// 4. The chain is checked when the pipeline is built, not when it runs.
const tooLate: Stage<'watchWords', 'facts'> = { ...watchWords, name: 'too-late', requires: ['facts'] };
try {
  createSummitPipeline({ stages: [tooLate] });
} catch (error) {
  if (error instanceof PipelineError) console.log(`refused: ${error.code}: ${error.message}`);
}

assert.deepEqual(
  doc.layers.watchWords?.map((w) => w.word),
  ['ceasefire', 'tariffs', 'sanctions'],
);
assert.ok(quiet.diagnostics.some((d) => d.code === 'no-watch-words'));
assert.throws(() => createSummitPipeline({ stages: [tooLate] }), PipelineError);
