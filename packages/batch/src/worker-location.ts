import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the worker module is and how Node must start it. */
export interface WorkerLocation {
  readonly filename: string;
  readonly execArgv: readonly string[];
}

const TS_FILE = /\.[cm]?tsx?$/;

/**
 * The worker file next to this module: `worker.js` when running from `dist`. When running from
 * TypeScript source in the workspace: `source-worker.mjs`, which registers tsx inside the worker
 * and imports `worker.ts` (Node 20 cannot run `.ts` natively, and the ESM hooks of
 * `--import tsx` in execArgv do not reach worker threads), with the `pressfacts-source`
 * condition so that workspace packages resolve to their source. A `.ts` extract module used
 * from `dist` is loaded the same way.
 */
export function locateWorker(extractModule: string, here: string = import.meta.url): WorkerLocation {
  const sourceArgs = ['--conditions=pressfacts-source'];
  if (TS_FILE.test(new URL(here).pathname)) return { filename: new URL('./source-worker.mjs', here).href, execArgv: sourceArgs };
  if (TS_FILE.test(extractModule)) return { filename: new URL('../src/source-worker.mjs', here).href, execArgv: sourceArgs };
  return { filename: new URL('./worker.js', here).href, execArgv: [] };
}

/**
 * Turns an extract-module option into an import specifier: a path (relative to the cwd) or
 * file URL becomes a file URL; a bare package name stays as it is.
 */
export function extractModuleSpecifier(module: string | URL | undefined): string {
  if (module === undefined) return 'pressfacts';
  if (module instanceof URL) return module.href;
  if (module.startsWith('file:')) return module;
  if (isAbsolute(module) || module.startsWith('.')) return pathToFileURL(resolve(module)).href;
  return module;
}
