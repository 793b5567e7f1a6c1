/**
 * Adding a vocabulary: a new kind of event ("Retreat"), an alternative country name, an
 * organisation, a title ("Taoiseach") and a currency (the Brunei dollar), without forking. The rows go into `createSummitPipeline({ vocabularies })`
 * (see my-extractor.ts); they are validated when the pipeline is built, and they flow end to
 * end: entity tagger → event fact → scoring.
 *
 * Run: pnpm --filter @pressfacts/examples vocabulary
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { QuantityVocabularyError } from '@pressfacts/dates-numbers';
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

// A title and a currency: the person is named without the title and carries it; the amounts
// become figures in BND. With the built-in tables, "Martin" has no title and the amounts are
// counts of "dollars".
const summit =
  'BRUSSELS, June 26, 2025 /PRNewswire/ -- Taoiseach Micheál Martin joined EU leaders at the European Council summit in Brussels on Thursday. Brunei pledged B$50 million and 20 million Brunei dollars in grants, Martin said.';
const plain = builtIn(summit);
const mine = extract(summit);
const show = (facts: typeof mine) =>
  `people ${JSON.stringify(facts.people.map((p) => [p.name, p.titles]))} | figures ${JSON.stringify(facts.figures.map((f) => [f.value, f.unit]))}`;
console.log('built-in:       ', show(plain));
console.log('with vocabulary:', show(mine));
assert.deepEqual(
  mine.people.map((p) => [p.name, p.titles]),
  [['Micheál Martin', ['Taoiseach']]],
);
assert.deepEqual(
  mine.figures.map((f) => [f.value, f.unit, f.evidence[0]?.text]),
  [
    [50_000_000, 'BND', 'B$50 million'],
    [20_000_000, 'BND', '20 million Brunei dollars'],
  ],
);
assert.ok(!plain.figures.some((f) => f.unit === 'BND') && !plain.people.some((p) => p.titles.includes('Taoiseach')));

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
// A currency row's example is run when the pipeline is built: it must yield its own value and code.
try {
  createSummitPipeline({
    vocabularies: {
      currencies: [{ code: 'BND', before: [], after: ['Brunei dollars'], example: ['B$50 million', 5e7] }],
    },
  });
} catch (error) {
  if (error instanceof QuantityVocabularyError) console.log('invalid row:    ', error.message);
}

assert.equal(before.event, null);
assert.equal(event.name, "ASEAN Leaders' Retreat");
assert.equal(text.slice(span.start, span.end), span.text);
