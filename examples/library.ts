/**
 * Library use: facts from one press release, each with evidence spans into the very string you
 * passed in, and each stage on its own.
 *
 * Run: pnpm --filter @pressfacts/examples library [release.txt]
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractQuantities } from '@pressfacts/dates-numbers';
import { extract, PressfactsError } from 'pressfacts';

const file =
  process.argv[2] ?? new URL('../fixtures/tune/asean-kuala-lumpur-2025-businesswire/input.txt', import.meta.url);
const text = readFileSync(file, 'utf8');

// 1. One call. `referenceDate` is optional: it resolves "on Tuesday" when the release has no dated
//    dateline of its own.
const facts = extract(text, { referenceDate: '2025-05-26' });

console.log('event:       ', facts.event?.name, facts.event?.startDate, facts.event?.city);
for (const p of facts.participants) console.log('participant: ', p.country, '-', p.role, p.representative);
for (const f of facts.figures) console.log('figure:      ', f.value, f.unit, f.subject ?? '');
for (const a of facts.agreements) console.log('agreement:   ', a.kind, a.title);

// 2. Every fact points back into the text: evidence spans, and the rule that produced it.
for (const fact of [...facts.participants, ...facts.figures, ...facts.agreements]) {
  for (const span of fact.evidence) assert.equal(text.slice(span.start, span.end), span.text);
}
const first = facts.participants[0];
if (first !== undefined) console.log('provenance:  ', first.provenance.rule, first.provenance.confidence);

// 3. A bad document gives valid, empty facts with diagnostics; misuse throws a typed error.
const empty = extract('');
console.log(
  'empty input: ',
  empty.event,
  empty.diagnostics.map((d) => d.code),
);
try {
  extract(text, { referenceDate: '27/05/2025' });
} catch (error) {
  if (error instanceof PressfactsError) console.log('misuse:      ', error.code, '-', error.message);
}

// 4. Stages work on their own too, e.g. money, percents and numbers in one sentence.
const quantities = extractQuantities('Trade rose 12.5% to more than $48 billion.');
for (const q of quantities) {
  if (q.kind === 'money') console.log('quantity:    ', q.text, '->', q.value, q.currency, q.comparator);
  else console.log('quantity:    ', q.text, '->', q.kind, q.comparator);
}

assert.ok(facts.event !== null, 'the example release names its event');
assert.ok(facts.participants.length > 0);
assert.deepEqual(
  quantities.map((q) => q.kind),
  ['percent', 'money'],
);
