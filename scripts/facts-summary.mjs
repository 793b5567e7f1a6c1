// Prints a SummitFacts JSON (file or stdin) without evidence and provenance, one fact per line.
import { readFileSync } from 'node:fs';
const facts = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
const strip = (v) => JSON.stringify(v, (k, x) => (k === 'evidence' || k === 'provenance' ? undefined : x));
for (const [key, value] of Object.entries(facts)) {
  if (Array.isArray(value)) {
    console.log(`${key}: ${value.length}`);
    for (const item of value) console.log(`  ${strip(item)}`);
  } else console.log(`${key}: ${strip(value)}`);
}
