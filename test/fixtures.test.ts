import { fileURLToPath } from 'node:url';
import { describeFixtures } from '../packages/scoring/src/vitest/index.js';

// Every fixture (golden, tune/, blind/) as one test: its expected.json is validated against the
// schema, input.txt is extracted with context.json, and any difference in the facts fails with a
// fact-by-fact diff. Fixtures without a reviewed expected.json yet are reported as skipped.
// (Relative imports: the repository root has no dependency on the workspace packages.)
const root = fileURLToPath(new URL('..', import.meta.url));

describeFixtures('fixtures', async (text, context) => {
  // Imported on first use, so a broken pipeline fails the fixtures one by one with its error
  // instead of failing this file before any fixture is listed.
  const { extract } = await import('../packages/pressfacts/src/index.js');
  return extract(text, context);
}, { cwd: root });
