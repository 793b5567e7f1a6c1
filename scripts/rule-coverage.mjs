// `pnpm rule-coverage`: for every rule id that made a fact in the fixtures' expected.json, the
// number of fixtures it fires in, per split. A reviewer's check for issue 5's "no rule fires for
// one fixture only": a rule seen in a single tune fixture is either under-tested or fitted to that
// release, and either way needs more varied fixtures or unit sentences.
//
//   pnpm rule-coverage            # table, rarest rules first
//   pnpm rule-coverage --json     # the same as JSON
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SPLITS = {
  tune: ['fixtures/china-central-asia-summit-2025', ...children('fixtures/tune')],
  blind: children('fixtures/blind'),
};

function children(dir) {
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)).filter((d) => existsSync(join(d, 'expected.json'))) : [];
}

/** rule id -> split -> set of fixture names */
const coverage = new Map();
function collect(value, split, fixture) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, split, fixture);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const rule = value.provenance?.rule;
  if (typeof rule === 'string') {
    const bySplit = coverage.get(rule) ?? { tune: new Set(), blind: new Set() };
    bySplit[split].add(fixture);
    coverage.set(rule, bySplit);
  }
  for (const child of Object.values(value)) collect(child, split, fixture);
}

for (const [split, dirs] of Object.entries(SPLITS)) {
  for (const dir of dirs) collect(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')), split, dir.split('/').pop());
}

const rows = [...coverage]
  .map(([rule, bySplit]) => ({ rule, tune: [...bySplit.tune].sort(), blind: [...bySplit.blind].sort() }))
  .sort((a, b) => a.tune.length + a.blind.length - (b.tune.length + b.blind.length) || a.rule.localeCompare(b.rule));

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  console.log(`| rule | tune fixtures (of ${SPLITS.tune.length}) | blind fixtures (of ${SPLITS.blind.length}) | fixtures, when only one or two |`);
  console.log('| --- | --: | --: | --- |');
  for (const { rule, tune, blind } of rows) {
    const few = tune.length + blind.length <= 2 ? [...tune, ...blind].join(', ') : '';
    console.log(`| \`${rule}\` | ${tune.length} | ${blind.length} | ${few} |`);
  }
}
