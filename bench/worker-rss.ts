// Run in a child process by batch.ts: the peak RSS of a process with one extraction worker
// (the worker's models and heap) over the baseline of the same process without it.
import { loadCode } from './code.js';
import { benchCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 200);
const extractModule = process.argv[3];
const { createBatchPool } = await loadCode(process.argv[4] === 'source' ? 'source' : 'built');
const docs = benchCorpus(count);
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const pool = createBatchPool({ workers: 1, format: 'lines', ...(extractModule ? { extractModule } : {}) });
await pool.ready();
const afterLoad = process.memoryUsage().rss;
for await (const _ of pool.extractLines(docs.map((d) => ({ id: d.id, text: d.text })))) peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(sampler);
await pool.close();
peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
process.stdout.write(JSON.stringify({ baselineRssMb: baseline / 2 ** 20, afterLoadRssMb: afterLoad / 2 ** 20, peakRssMb: peak / 2 ** 20 }));
