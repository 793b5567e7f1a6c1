// Which code the bench times. By default the built packages (packages/*/dist): the JavaScript npm
// users run. `--source` times the TypeScript source through tsx instead (what `pnpm pressfacts`
// runs in the workspace; tsx's transform makes it 20-25% slower, so it is not what users pay).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { createDoc as CreateDoc } from '../packages/document/src/index.js';
import type { createBatchPool as CreateBatchPool } from '../packages/batch/src/index.js';
import type {
  createSummitPipeline as CreateSummitPipeline,
  extract as Extract,
  extractAll as ExtractAll,
  factsOf as FactsOf,
} from '../packages/pressfacts/src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The Node flag that makes workspace packages resolve to their TypeScript source. */
export const SOURCE_CONDITION = '--conditions=pressfacts-source';

export type CodeKind = 'built' | 'source';

/** The entry points the bench times, from the built packages or from the source. */
export interface CodeUnderTest {
  readonly kind: CodeKind;
  readonly extract: typeof Extract;
  readonly extractAll: typeof ExtractAll;
  readonly createSummitPipeline: typeof CreateSummitPipeline;
  readonly factsOf: typeof FactsOf;
  readonly createDoc: typeof CreateDoc;
  readonly createBatchPool: typeof CreateBatchPool;
  /** Node arguments a child process needs to load the same code (before the script). */
  readonly nodeArgs: readonly string[];
}

function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, ext));
    else if (entry.name.endsWith(ext)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Why the built packages cannot be timed (no build, or a build older than the source), or null. */
export function distProblem(): string | null {
  const packages = join(ROOT, 'packages');
  for (const name of readdirSync(packages)) {
    const src = join(packages, name, 'src');
    const dist = join(packages, name, 'dist');
    if (!existsSync(src)) continue;
    if (!existsSync(dist)) return `packages/${name}/dist is missing (run pnpm build)`;
    if (newestMtime(src, '.ts') > newestMtime(dist, '.js')) return `packages/${name}/dist is older than its source (run pnpm build)`;
  }
  return null;
}

const entry = (pkg: string, kind: CodeKind) => pathToFileURL(join(ROOT, 'packages', pkg, kind === 'built' ? 'dist/index.js' : 'src/index.ts')).href;

/**
 * Loads the code to time. Built code must be loaded without the source condition (or its imports
 * of other workspace packages would reach their TypeScript source): a mixed load is refused.
 */
export async function loadCode(kind: CodeKind): Promise<CodeUnderTest> {
  const sourceCondition = process.execArgv.includes(SOURCE_CONDITION);
  if (kind === 'built') {
    const problem = distProblem();
    if (problem !== null) throw new Error(`the bench times the built packages: ${problem}`);
    if (sourceCondition) throw new Error(`the built packages must be timed without ${SOURCE_CONDITION} (or pass --source)`);
  } else if (!sourceCondition) throw new Error(`--source needs node ${SOURCE_CONDITION} --import tsx`);
  const pressfacts = (await import(entry('pressfacts', kind))) as { extract: typeof Extract; extractAll: typeof ExtractAll; createSummitPipeline: typeof CreateSummitPipeline; factsOf: typeof FactsOf };
  const document = (await import(entry('document', kind))) as { createDoc: typeof CreateDoc };
  const batch = (await import(entry('batch', kind))) as { createBatchPool: typeof CreateBatchPool };
  return {
    kind,
    extract: pressfacts.extract,
    extractAll: pressfacts.extractAll,
    createSummitPipeline: pressfacts.createSummitPipeline,
    factsOf: pressfacts.factsOf,
    createDoc: document.createDoc,
    createBatchPool: batch.createBatchPool,
    nodeArgs: kind === 'built' ? ['--import', 'tsx'] : [SOURCE_CONDITION, '--import', 'tsx'],
  };
}
