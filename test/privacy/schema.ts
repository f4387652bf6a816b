/**
 * The real schema as the database itself reports it (not as schema.ts says it is): its tables, their columns, the
 * foreign keys that point at people, and every row of every table, for the privacy suites.
 */
import { sql } from 'kysely';
import type { Store } from '../../shared/store/database';

export async function tablesOf(store: Store): Promise<string[]> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
  return rows.map((r) => r.name).sort();
}

export async function columnsOf(store: Store, table: string): Promise<string[]> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(store.db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(store.db);
  return rows.map((r) => r.name).sort();
}

/** Every `table.column` with a foreign key to people. */
export async function foreignKeysToPeople(store: Store): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const found: string[] = [];
    for (const table of await tablesOf(store)) {
      const { rows } = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${table})`.execute(store.db);
      for (const fk of rows) if (fk.table === 'people') found.push(`${table}.${fk.from}`);
    }
    return found.sort();
  }
  const { rows } = await sql<{ name: string }>`
    select cl.relname || '.' || att.attname as name
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_namespace ns on ns.oid = cl.relnamespace
    join pg_class ref on ref.oid = con.confrelid
    join lateral unnest(con.conkey) as k(attnum) on true
    join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k.attnum
    where con.contype = 'f' and ref.relname = 'people' and ns.nspname = current_schema()`.execute(store.db);
  return rows.map((r) => r.name).sort();
}

/** Every row of every table, as JSON text per table. */
export async function dumpEveryTable(store: Store): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const table of await tablesOf(store)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    dump[table] = JSON.stringify(rows);
  }
  return dump;
}

/** The tables (of the dump) where the text occurs. */
export const whereFound = (dump: Record<string, string>, text: string): string[] =>
  Object.entries(dump).filter(([, json]) => json.includes(JSON.stringify(text).slice(1, -1))).map(([table]) => table);
