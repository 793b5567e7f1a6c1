// The worker entry when @pressfacts/batch runs from TypeScript source (the workspace, tests).
// Node 20 worker threads ignore the ESM hooks of `--import tsx` in execArgv (only its require
// hook takes effect), so tsx is registered here, in the worker, before the TypeScript worker
// is imported. From `dist`, piscina loads worker.js directly and this file is not used.
// No top-level await: piscina tries require() before import().
const worker = import('tsx/esm/api').then(({ register }) => {
  register();
  return import('./worker.ts');
});

export default async function runTask(task) {
  return (await worker).default(task);
}
