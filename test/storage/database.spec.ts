import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openStore, pingStore, SQLITE_FILE_NAME } from '../../shared/store/database';
import { describeEachEngine, TEST_DATABASE_URL } from '../support/databases';

describe('openStore configuration errors', () => {
  const dataDir = path.join(os.tmpdir(), 'kollega-unused');

  it('rejects a DATABASE_URL of another engine, naming DATABASE_URL but not the password', async () => {
    const attempt = openStore({ databaseUrl: 'mysql://app:secret@db/kollega', dataDir });
    await expect(attempt).rejects.toThrow(/DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/ \(got mysql\)/);
    await expect(attempt).rejects.not.toThrow(/secret/);
  });

  it('rejects a schema option without PostgreSQL', async () => {
    await expect(openStore({ dataDir, schema: 'kollega' })).rejects.toThrow(/PostgreSQL only/);
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(openStore({ databaseUrl: TEST_DATABASE_URL, dataDir, schema: 'a; drop' })).rejects.toThrow(
      /Invalid database schema name/,
    );
  });
});

describe('SQLite store', () => {
  it('creates the data directory and a WAL-mode file with foreign keys on', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-open-'));
    const dataDir = path.join(root, 'nested', 'data');
    const store = await openStore({ dataDir, databaseUrl: '  ' });
    try {
      expect(store.dialect).toBe('sqlite');
      expect(fs.existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      expect(mode.rows[0].journal_mode).toBe('wal');
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
      expect(fk.rows[0].foreign_keys).toBe(1);
    } finally {
      await store.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describeEachEngine('an open store', (t) => {
  it('answers a ping', async () => {
    await expect(pingStore(t.store)).resolves.toBeUndefined();
  });

  it('keeps its tables in its own PostgreSQL schema', async () => {
    if (t.dialect !== 'postgres') return; // SQLite has one file per data directory instead
    const { rows } = await sql<{ schema: string }>`
      select table_schema as schema from information_schema.tables where table_name = 'units'
        and table_schema = current_schema()`.execute(t.store.db);
    expect(rows).toHaveLength(1);
    expect(rows[0].schema).toMatch(/^test_/);
  });
});
