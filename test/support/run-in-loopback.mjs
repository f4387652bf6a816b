// Entry of `npm run test:e2e`: runs the Playground end-to-end test inside a network namespace that has
// only loopback, because the Playground phones home on its own. Building is not our job (npm test builds).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const loopbackOnly = resolve(repo, '..', 'shared', 'tools', 'loopback-only');

function fail(msg) {
  console.error(`test:e2e: ${msg}`);
  process.exit(2);
}

if (!existsSync(loopbackOnly)) fail(`${loopbackOnly} not found; the e2e must run in a loopback-only namespace.`);
if (process.getuid?.() !== 0) fail('loopback-only needs root (unshare --net); run as root.');
if (!process.env.KOLLEGA_E2E_APP_CMD && !existsSync(join(repo, 'dist', 'bot', 'main.js'))) {
  fail('dist/bot/main.js is missing; run `npm run build` first.');
}

const child = spawn(loopbackOnly, [process.execPath, join(repo, 'test', 'e2e', 'playground.e2e.mjs'), ...process.argv.slice(2)], {
  cwd: repo,
  stdio: 'inherit',
});
// Forward Ctrl-C/termination so the harness can clean up its children.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (err) => fail(`could not start loopback-only: ${err.message}`));
