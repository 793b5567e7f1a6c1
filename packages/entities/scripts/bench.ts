// Measures the entities stage (without people) on the golden article: data load time and the
// per-document cost after warm-up, in CPU time (robust on a busy machine).
// Run: node --conditions=pressfacts-source --import tsx packages/entities/scripts/bench.ts
import { readFileSync } from 'node:fs';
import { identityView } from '@pressfacts/document';
import { findEntities } from '../src/find-entities.js';
import { compileVocabularies } from '../src/vocabularies.js';

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const golden = new URL('../../../../shared/golden/china-central-asia-summit-2025.txt', import.meta.url);
const text = readFileSync(process.argv[2] ?? golden, 'utf8');
let t = cpu();
const vocab = compileVocabularies();
const load = cpu() - t;
const view = identityView(text);
t = cpu();
findEntities({ view }, vocab);
const first = cpu() - t;
const runs = 3000;
for (let i = 0; i < 500; i++) findEntities({ view }, vocab);
t = cpu();
for (let i = 0; i < runs; i++) findEntities({ view }, vocab);
const per = (cpu() - t) / runs;
console.log(`data load ${load.toFixed(1)} ms CPU; first document ${first.toFixed(1)} ms; warm ${per.toFixed(3)} ms per ${(text.length / 1024).toFixed(1)} KB document`);
