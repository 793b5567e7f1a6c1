// Run in fresh child processes by batch.ts: how the cost per document falls while V8 optimises,
// for extract() and for wink-nlp readDoc alone, each in its own new process, over the
// golden-sized releases read again and again. Prints the ms per document of each block.
import { loadCode } from './code.js';
import { goldenSizedReleases } from './corpus.js';
import { defaultWink } from './libraries.js';

/** The blocks of documents timed, by the position of their last document in the process. */
const WARM_UP_BLOCKS = [1, 10, 100, 300, 1000, 2000, 3000] as const;

const runner = process.argv[2];
const texts = goldenSizedReleases();
let run: (text: string) => unknown;
if (runner === 'wink') {
  const nlp = defaultWink();
  run = (text) => nlp.readDoc(text);
} else {
  const { extract } = await loadCode(process.argv[3] === 'source' ? 'source' : 'built');
  run = (text) => extract(text);
}
const msPerDoc: number[] = [];
let done = 0;
for (const last of WARM_UP_BLOCKS) {
  const t0 = performance.now();
  for (; done < last; done++) run(texts[done % texts.length]!);
  msPerDoc.push((performance.now() - t0) / (last - (WARM_UP_BLOCKS[WARM_UP_BLOCKS.indexOf(last) - 1] ?? 0)));
}
process.stdout.write(JSON.stringify({ runner, blocks: WARM_UP_BLOCKS, msPerDoc }));
