import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { createSummitPipeline, factsOf } from '../packages/pressfacts/src/index.js';

// One pipeline reads thousands of documents in a batch worker: no document may change what the
// next one reads (a module-level regex with the global flag keeps its lastIndex between calls,
// a cache may keep an answer). Every tune fixture, read forwards and then backwards by the same
// pipeline, and each one read alone by a fresh one, must give the same facts.
const tune = fileURLToPath(new URL('../fixtures/tune', import.meta.url));
const texts = readdirSync(tune)
  .sort()
  .map((name) => readFileSync(join(tune, name, 'input.txt'), 'utf8'));

test('the facts of a document do not depend on the documents read before it', () => {
  expect(texts.length).toBeGreaterThan(20);
  const pipeline = createSummitPipeline();
  const read = (text: string) => JSON.stringify(factsOf(pipeline.process(text)));
  const forwards = texts.map(read);
  const backwards = [...texts].reverse().map(read).reverse();
  expect(backwards).toEqual(forwards);
  for (const k of [0, Math.floor(texts.length / 2), texts.length - 1]) {
    expect(JSON.stringify(factsOf(createSummitPipeline().process(texts[k] ?? '')))).toBe(forwards[k]);
  }
});

test('a reported quote is read the same after a document whose speech verbs ran late in a sentence', () => {
  // The first document leaves a shared speech-verb pattern positioned past "warned"; the second's
  // "said" stands earlier in its sentence than that position.
  const first =
    'ASTANA, July 4 (Xinhua) -- Kazakh President Kassym-Jomart Tokayev said that the region must trade more, while Uzbek President Shavkat Mirziyoyev warned that tariffs would hurt growth across the region.\n';
  const second = 'ASTANA, July 5 (Xinhua) -- Trade will double, Tokayev said.\n';
  const alone = factsOf(createSummitPipeline().process(second)).quotes;
  expect(alone.map((q) => [q.speaker, q.text])).toEqual([['Tokayev', 'Trade will double']]);
  const pipeline = createSummitPipeline();
  pipeline.process(first);
  expect(factsOf(pipeline.process(second)).quotes).toEqual(alone);
});
