import { createDoc } from '@pressfacts/document';
import { createSummitPipeline, factsOf } from 'pressfacts';
const text = 'Leaders met in Astana on Tuesday. Trade reached $5 billion in 2024, the minister said. '.repeat(300);
const p = createSummitPipeline();
let doc = createDoc(text);
for (const stage of p.stages) {
  const t = performance.now();
  doc = { ...doc, layers: { ...doc.layers, ...stage.run(doc, { report() {} }) } } as any;
  console.log(stage.name.padEnd(12), (performance.now() - t).toFixed(0), 'ms');
}
const t = performance.now(); factsOf(doc); console.log('validate', (performance.now() - t).toFixed(0), 'ms');
