/**
 * Adding a vocabulary: a new kind of event ("Retreat"), an alternative country name and an
 * organisation, without forking. The rows go into `createSummitPipeline({ vocabularies })`
 * (see my-extractor.ts); they are validated when the pipeline is built, and they flow end to
 * end: entity tagger → event fact → scoring.
 *
 * Run: pnpm --filter @pressfacts/examples vocabulary
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EntityVocabularyError } from '@pressfacts/entities';
import { extract as builtIn, createSummitPipeline } from 'pressfacts';
import { extract, MY_VOCABULARIES } from './my-extractor.js';

const text = readFileSync(new URL('./regression/fixtures/asean-retreat-2025/input.txt', import.meta.url), 'utf8');

// Built-in tables: "Retreat" is not a kind of event, so the release names no event.
const before = builtIn(text);
console.log('built-in:        event =', before.event?.name ?? null);

// With the rows: the event, its date, and the evidence span in the text.
const after = extract(text);
const event = after.event;
assert.ok(event !== null);
const span = event.evidence.find((s) => s.text.includes('Retreat'));
assert.ok(span !== undefined, 'the event name is part of its evidence');
console.log('with vocabulary: event =', event.name, '| starts', event.startDate, '| rule', event.provenance.rule);
for (const e of event.evidence) {
  console.log(`                 evidence [${e.start}, ${e.end}) = ${JSON.stringify(text.slice(e.start, e.end))}`);
}

// Each row's own example sentence must be matched by the row: check them like the built-in tables do.
for (const row of MY_VOCABULARIES.eventKinds ?? []) {
  const found = extract(`LANGKAWI, May 27, 2025 -- ${row.example}`).event;
  console.log(`example row "${row.head}": ${found?.name ?? '(not found)'}`);
  assert.equal(found?.name, row.expected.name);
}

// The country alias and the organisation: read the entities layer off the pipeline's document.
const pipeline = createSummitPipeline({ vocabularies: MY_VOCABULARIES });
const doc = pipeline.process('BAKU, March 3, 2025 -- Hellas joined the Caspian Economic Council. The CEC met in Baku.');
for (const entity of doc.layers.entities ?? []) {
  if (entity.kind === 'country' || entity.kind === 'organization') {
    console.log(
      `entity ${entity.id}: ${entity.name} <- ${entity.mentions.map((m) => JSON.stringify(m.text)).join(', ')}`,
    );
  }
}

// A bad row is refused when the pipeline is built, naming the table, row and field.
try {
  createSummitPipeline({
    vocabularies: {
      eventKinds: [{ head: '', eventType: 'retreat', example: '', expected: { name: '', edition: null } }],
    },
  });
} catch (error) {
  if (error instanceof EntityVocabularyError) console.log('invalid row:    ', error.message);
}

assert.equal(before.event, null);
assert.equal(event.name, "ASEAN Leaders' Retreat");
assert.equal(text.slice(span.start, span.end), span.text);
