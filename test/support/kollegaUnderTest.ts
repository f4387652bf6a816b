/**
 * Starts the whole Kollega server in-process on a free port, on SQLite in a temporary folder or on the test
 * PostgreSQL in a fresh schema, and posts Bot Framework activities to it as a channel would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { startKollega, type RunningKollega, type StartOptions } from '../../bot/app';
import { loadConfig } from '../../shared/config/config';
import { createLogger } from '../../shared/log/logger';
import type { StoreDialect } from '../../shared/store/database';
import { TEST_DATABASE_URL } from './databases';

export interface KollegaUnderTest extends RunningKollega {
  post(activity: object, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Stops the server and throws its database away. */
  stop(): Promise<void>;
  /** Stops the server as a restart would, and starts a new one on the same database. */
  restart(): Promise<KollegaUnderTest>;
  /** Starts one more instance on the same database, as a second server behind a load balancer (PostgreSQL).
   * Its stop() only stops it; the database goes with the first one. */
  another(options?: StartOptions): Promise<KollegaUnderTest>;
}

interface Reuse {
  dataDir: string;
  schema: string | undefined;
  /** Whether stop() throws the database away (the first instance's does; another()'s do not). */
  owns: boolean;
}

export async function startTestKollega(
  dialect: StoreDialect = 'sqlite',
  env: Record<string, string> = {},
  options: StartOptions = {},
  reuse?: Reuse,
): Promise<KollegaUnderTest> {
  const dataDir = reuse?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-app-'));
  const schema = reuse
    ? reuse.schema
    : dialect === 'postgres'
      ? `test_app_${process.pid}_${randomBytes(5).toString('hex')}`
      : undefined;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...(schema ? { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
    ...env,
  });
  const app = await startKollega(config, createLogger(config.logLevel), options);

  return {
    ...app,
    async post(activity, headers = {}) {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body };
    },
    async stop() {
      const owns = reuse?.owns ?? true;
      if (schema && owns) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(app.store.db);
      await app.close();
      if (owns) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      await app.close();
      return startTestKollega(dialect, env, options, { dataDir, schema, owns: reuse?.owns ?? true });
    },
    async another(more: StartOptions = {}) {
      if (dialect !== 'postgres') throw new Error('several instances share a PostgreSQL database; SQLite is one instance');
      return startTestKollega(dialect, env, { ...options, ...more }, { dataDir, schema, owns: false });
    },
  };
}

/** The Adaptive Card in a sent activity, or undefined. */
export function cardOf(activity: { attachments?: Array<{ contentType?: string; content?: unknown }> } | undefined): any {
  return activity?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All text a person would read on a card, joined: for asserting what the card says. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'label' || key === 'value') && typeof value === 'string') texts.push(value);
        else if (key !== 'data') walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
}
