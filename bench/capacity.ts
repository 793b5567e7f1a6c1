import { Worker } from 'node:worker_threads';

// How much parallel CPU the machine gives right now: the same busy loop in 1 and then 2
// worker threads. Other load on a shared machine shows here, so the batch ratio can be read
// against it (a ratio of 1.6 where the machine itself gives 1.6 is perfect scaling).
const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const end = Date.now() + workerData; let n = 0;
while (Date.now() < end) { for (let i = 0; i < 1e5; i++) n += i % 7; }
parentPort.postMessage(n);`;

function spin(ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOOP, { eval: true, workerData: ms });
    w.once('message', (n: number) => resolve(n));
    w.once('error', reject);
  });
}

/** Work done by 2 busy threads over work done by 1 in the same time (2.0 on an idle 2-core machine). */
export async function parallelCapacity(ms = 1500): Promise<number> {
  const one = await spin(ms);
  const two = (await Promise.all([spin(ms), spin(ms)])).reduce((a, b) => a + b, 0);
  return two / one;
}
