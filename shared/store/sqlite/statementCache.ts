/**
 * better-sqlite3 compiles a statement each time one is prepared, which is a large share of a short query's
 * cost. Prepared statements are reusable, so each SQL text is compiled once.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { BoundedMap } from '../../collections/boundedMap';

/** The app has far fewer statements than this; the bound only matters for ad-hoc SQL. */
const maxCachedStatements = 500;

export function statementCache(database: BetterSqlite3.Database): (sql: string) => BetterSqlite3.Statement {
  const cache = new BoundedMap<string, BetterSqlite3.Statement>(maxCachedStatements);
  return (sql) => cache.getOrAdd(sql, () => database.prepare(sql));
}
