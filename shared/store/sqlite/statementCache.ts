/**
 * better-sqlite3 compiles a statement each time one is prepared, which is a large share of a short query's
 * cost. Prepared statements are reusable, so each SQL text is compiled once.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** The app has far fewer statements than this; the bound only matters for ad-hoc SQL. */
const maxCachedStatements = 500;

export function statementCache(database: BetterSqlite3.Database): (sql: string) => BetterSqlite3.Statement {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = database.prepare(sql);
      if (cache.size >= maxCachedStatements) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
    }
    return statement;
  };
}
