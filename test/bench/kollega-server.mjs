// Kollega under test, in its own process: the built app (dist/) on SQLite in a temp DATA_DIR, silent logs,
// local mode, with the outbox worker polling as in production. A seed where Elina (coordinator of SEVERI) has
// the Entra id the bench's decisions come from, as testSeed() in test/support/joiningWorld.ts does.
// The parent asks for the pending join requests over IPC (read from the store with listPendingRequests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { reportListening } from './child.mjs';
import { elina } from './activities.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const { startKollega } = require('./dist/bot/app.js');
const { loadConfig } = require('./dist/shared/config/config.js');
const { createLogger } = require('./dist/shared/log/logger.js');
const { listPendingRequests } = require('./dist/shared/store/repositories/joining.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-bench-'));
const seed = JSON.parse(fs.readFileSync(path.join(root, 'shared/store/seed/seed.json'), 'utf8'));
seed.coordinators = seed.coordinators.map((c) => (c.id === 'elina-karioja' ? { ...c, aadObjectId: elina.aadObjectId } : c));
const seedFile = path.join(dir, 'seed.json');
fs.writeFileSync(seedFile, JSON.stringify(seed));

const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', SEED_FILE: seedFile });
const app = await startKollega(config, createLogger(config.logLevel));

process.on('message', async (msg) => {
  if (msg?.cmd === 'pending') {
    const ids = (await listPendingRequests(app.store.db, msg.networkId)).map((r) => r.id);
    process.send({ pending: ids });
  }
});
// The temp database goes with the process.
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('SIGTERM', () => app.close().finally(() => process.exit(0)));

// startKollega's server is not exposed; its URL is.
reportListening({ address: () => ({ port: Number(new URL(app.url).port) }) });
