/**
 * CPU time of the dates and numbers stages on the golden article, next to chrono alone.
 * Run: cd /work/main && node --conditions=pressfacts-source --import tsx packages/dates-numbers/test/bench-golden.ts
 */
import { casual } from 'chrono-node';
import { createDateExtractor, createNumberExtractor, extractDates, extractQuantities } from '@pressfacts/dates-numbers';
import { dateParser } from '../src/dates/chrono-instance.js';
import { GOLDEN, testDoc } from './helpers.js';

const doc = testDoc(GOLDEN, {
  dateHeader: { line: 'date 2025-06-18', date: '2025-06-18' },
  dateline: { line: 'BEIJING, June 18, 2025 (GLOBE NEWSWIRE) --', dateText: 'June 18, 2025' },
});
const ctx = { report: () => undefined };
const dates = createDateExtractor();
const numbers = createNumberExtractor();
const withDates = { ...doc, layers: { ...doc.layers, ...dates.run(doc, ctx) } };
const ref = { instant: new Date(Date.UTC(2025, 5, 18, 12)), timezone: 0 };

/** CPU time of this process (not wall time, which other load on the machine inflates), in ms. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Best and median CPU time per run over 25 batches of 100 runs. */
function time(label: string, fn: () => unknown): void {
  for (let i = 0; i < 300; i++) fn();
  const batches: number[] = [];
  for (let b = 0; b < 25; b++) {
    const t0 = cpuMs();
    for (let i = 0; i < 100; i++) fn();
    batches.push((cpuMs() - t0) / 100);
  }
  batches.sort((x, y) => x - y);
  const median = batches[Math.floor(batches.length / 2)] ?? NaN;
  console.log(`${label.padEnd(36)} best ${(batches[0] ?? NaN).toFixed(3)} ms/doc   median ${median.toFixed(3)} ms/doc`);
}

console.log(`golden article: ${GOLDEN.length} chars`);
time('chrono.casual.parse (stock)', () => casual.parse(GOLDEN, ref));
time('chrono parse (our configuration)', () => dateParser().parse(GOLDEN, ref));
time('extractDates', () => extractDates(GOLDEN, { referenceDate: '2025-06-18' }));
time('dates stage (run)', () => dates.run(doc, ctx));
time('extractQuantities', () => extractQuantities(GOLDEN));
time('numbers stage (run)', () => numbers.run(withDates, ctx));
