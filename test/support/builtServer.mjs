// The built server (dist/bot/main.js) as its own process on SQLite in a fresh folder, for the scripts that drive
// it from outside jest (the tab's browser run, the tab's bench). Resolves its address once it listens.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startBuiltServer(extraEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kollega-built-'));
  // Nothing of the caller's own configuration: only what the script asks for.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(Microsoft|DATABASE_|GRAPH_|TAB_|ENTRA_|EVENT_|PUBLIC_URL)/.test(k)));
  const env = { ...inherited, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'development', ...extraEnv };
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', join(repo, 'dist', 'bot', 'main.js')], { cwd: repo, env });
  let out = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 30_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/"url":"(http:\/\/[^"]+)"/);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', () => reject(new Error(`the server exited:\n${out}`)));
  });
  return {
    url,
    log: () => out,
    stop() {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium as playwright-core launches it here (../shared/REAL-CLIENTS.md). */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
