// Runs a test script (the Agents Playground run, the tab's browser run) inside a network namespace that has only
// loopback: the Playground phones home on its own, and a browser would reach out too. Usage:
//   node test/support/run-in-loopback.mjs <script.mjs> [its arguments...]
// Building is not our job (npm test builds).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const loopbackOnly = resolve(repo, '..', 'shared', 'tools', 'loopback-only');

function fail(msg) {
  console.error(`run-in-loopback: ${msg}`);
  process.exit(2);
}

const [script, ...args] = process.argv.slice(2);
if (!script || !existsSync(resolve(repo, script))) fail(`no test script named (got ${script ?? 'nothing'})`);

if (!existsSync(loopbackOnly)) fail(`${loopbackOnly} not found; the e2e must run in a loopback-only namespace.`);
if (process.getuid?.() !== 0) fail('loopback-only needs root (unshare --net); run as root.');
if (!process.env.KOLLEGA_E2E_APP_CMD && !existsSync(join(repo, 'dist', 'bot', 'main.js'))) {
  fail('dist/bot/main.js is missing; run `npm run build` first.');
}

const child = spawn(loopbackOnly, [process.execPath, resolve(repo, script), ...args], {
  cwd: repo,
  stdio: 'inherit',
});
// Forward Ctrl-C/termination so the harness can clean up its children.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
child.on('error', (err) => fail(`could not start loopback-only: ${err.message}`));
