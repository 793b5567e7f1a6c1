// Adversarial shapes (issue 7): one long document of each pathological shape — capitalised words
// without end, commas, digits, quotes, no whitespace at all, one giant sentence, dense sentences
// repeated — timed beside a normal document of the same length (generated releases run together),
// in the same process and the same rounds. The bound: every shape within 3x the ms/MB of normal
// text. Used by batch.ts (`pnpm bench`); `node --import tsx bench/adversarial.ts [chars]` runs it
// alone on the built packages (`node --conditions=pressfacts-source --import tsx …`: on the source).
import { fileURLToPath } from 'node:url';
import { loadCode, SOURCE_CONDITION, type CodeUnderTest } from './code.js';
import { endlessCorpus } from './corpus.js';
import { documentOfSize } from './libraries.js';

/** The bound of issue 7: an adversarial shape may cost at most this many times normal text. */
export const ADVERSARIAL_BOUND = 3;

/** A sentence-ish unit repeated to build each shape (each covers one thing recognisers chase). */
const UNITS: Record<string, string> = {
  'capitalised words': 'Alpha Beta Gamma Delta Summit Council President Minister Republic Union ',
  'comma lists': 'trade, energy, health, climate, security, finance, agriculture, transport, ',
  digits: '12 345 6,789 10.5 2025 3.4% 17 billion 48 million 1,000,000 99 ',
  quotes: '"We agree," said the President. "It is fair," he added, "and it will last." ',
  'no whitespace': 'AlphaBeta,Gamma"Delta"12345,President-Minister;Council:Union.Republic/2025',
  'one giant sentence': 'the leaders of the Union and the Council discussed trade and energy with the President and the Minister in the capital and ',
  'quote-dense': '"Yes," said Smith. "No," Jones said. "We will," added President Brown, "sign it." ',
  'curly quotes': '\u201CWe will, \u201D said Li Wei, \u201Cfor the Union\u201D. ',
  'unbalanced quotes': '"Alpha said "Beta "Gamma said, ',
  'dates and numbers': 'on June 5, 2025, May 6, July 7 2024, on Monday, last week, $3.5 billion, 12%, 1,000 tons, ',
  'about headings': 'About Northwind\nNorthwind is a company.\n\n',
  'agreement titles': 'the Treaty of Astana and the Agreement on Trade and the Declaration of Rio, ',
  'mixed, no whitespace': 'Alpha,12,"Beta",Gamma,3.5,"Delta",President,2025,"Union",Council,',
  'dense sentences':
    'Chinese President Xi Jinping met Russian President Vladimir Putin and Indian Prime Minister Narendra Modi in Astana on July 4, 2024. ' +
    'European Commission President Ursula von der Leyen said, "We agree on $3.5 billion," and the talks went well. ',
};

/** One document of each shape, `chars` long. */
export function adversarialTexts(chars: number): Record<string, string> {
  return Object.fromEntries(Object.entries(UNITS).map(([name, unit]) => [name, unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars)]));
}

export interface AdversarialResult {
  readonly chars: number;
  /** ms per MB (10^6 UTF-8 bytes) of the normal document. */
  readonly normalMsPerMb: number;
  readonly shapes: readonly { readonly name: string; readonly msPerMb: number; readonly ratio: number }[];
  readonly bound: number;
  readonly withinBound: boolean;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Times extract() on each shape and on normal text of the same length, interleaved over `rounds`. */
export function benchAdversarial(chars: number, extract: CodeUnderTest['extract'], rounds = 3): AdversarialResult {
  const normal = documentOfSize((function* () { for (const d of endlessCorpus(5)) yield d.text; })(), chars);
  const texts: Record<string, string> = { normal, ...adversarialTexts(chars) };
  const ms: Record<string, number[]> = {};
  for (const text of Object.values(texts)) extract(text.slice(0, 100_000)); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, text] of Object.entries(texts)) {
      const t0 = performance.now();
      extract(text);
      (ms[name] ??= []).push(performance.now() - t0);
    }
  }
  const perMb = (name: string) => median(ms[name] ?? []) / (Buffer.byteLength(texts[name] ?? '', 'utf8') / 1e6);
  const normalMsPerMb = perMb('normal');
  const shapes = Object.keys(UNITS).map((name) => ({ name, msPerMb: perMb(name), ratio: perMb(name) / normalMsPerMb }));
  return { chars, normalMsPerMb, shapes, bound: ADVERSARIAL_BOUND, withinBound: shapes.every((s) => s.ratio <= ADVERSARIAL_BOUND) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await loadCode(process.execArgv.includes(SOURCE_CONDITION) ? 'source' : 'built');
  const result = benchAdversarial(Number(process.argv[2] ?? 1_000_000), code.extract, Number(process.argv[3] ?? 3));
  console.log(`normal: ${(result.normalMsPerMb / 1000).toFixed(3)} ms/KB`);
  for (const s of result.shapes) console.log(`${s.name.padEnd(20)} ${(s.msPerMb / 1000).toFixed(3)} ms/KB  x${s.ratio.toFixed(2)}`);
  console.log(result.withinBound ? 'within the bound' : `NOT within x${result.bound}`);
}
