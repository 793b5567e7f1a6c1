// `pnpm run audit`: fail on high or critical advisories; say so plainly when the advisory service
// cannot be reached instead of failing CI for a network reason. Why a wrapper: `pnpm audit` exits 1
// both for findings and for an unreachable endpoint, and some build machines (ours included) sit
// behind a registry proxy that answers the advisory endpoint with 405 while serving packages.
// Set PRESSFACTS_AUDIT_STRICT=1 to make an unreachable endpoint fail too.
import { spawnSync } from 'node:child_process';

// pnpm 12 ships as a native executable; older ones as a JS entry point that node must run.
const pnpm = process.env.npm_execpath;
const isScript = pnpm !== undefined && /\.[cm]?js$/.test(pnpm);
const command = pnpm === undefined ? 'npx' : isScript ? process.execPath : pnpm;
const args = pnpm === undefined ? ['-y', 'pnpm@12.4.2'] : isScript ? [pnpm] : [];
const run = spawnSync(command, [...args, 'audit', '--audit-level', 'high'], { encoding: 'utf8' });
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;

const unreachable = /ERR_PNPM_AUDIT_(BAD_RESPONSE|ENDPOINT_NOT_EXISTS)|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(output);
if (run.status === 0) {
  process.stdout.write(output);
  console.log('audit: no high or critical advisories');
} else if (unreachable) {
  const firstLine = output.split('\n').find((line) => line.trim() !== '') ?? '';
  console.warn(`audit: advisory endpoint unreachable, dependencies NOT checked (${firstLine.trim()})`);
  process.exitCode = process.env.PRESSFACTS_AUDIT_STRICT === '1' ? 1 : 0;
} else {
  process.stdout.write(output);
  console.error('audit: high or critical advisories found (see above)');
  process.exitCode = 1;
}
