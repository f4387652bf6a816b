/**
 * Queries built and compiled once. Building a Kysely query (an immutable tree) and compiling it to SQL costs
 * more than running a short query on SQLite; the queries on every turn's path are therefore written once with
 * named parameters, compiled once per dialect, and each call only binds its values.
 *
 *   const personByBotUserId = prepare((db, p: { botUserId: string }) =>
 *     db.selectFrom('people').selectAll().where('bot_user_id', '=', p.botUserId));
 *   const { rows } = await personByBotUserId(db, { botUserId });
 *
 * A parameter may stand wherever a value goes; the shape of the query itself (its columns, an `in` list's
 * length) is fixed when it is first compiled. While the query is built a parameter is a placeholder object,
 * so a builder must never branch on one (`p.x ?? y`, `p.flag ? a : b` would always take the first way), and
 * the SQL is kept per dialect adapter: a prepared query cannot use plugins or withSchema.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema';

class Parameter {
  constructor(readonly name: string) {}
}

/** Stands in for the real values while the query is built: each property is a named parameter. */
const placeholders = new Proxy({}, { get: (_target, name) => new Parameter(String(name)) });

export type PreparedQuery<P, R> = (db: Kysely<Database>, values: P) => Promise<QueryResult<R>>;

export function prepare<P extends object, R>(build: (db: Kysely<Database>, params: P) => Compilable<R>): PreparedQuery<P, R> {
  // The SQL depends on the dialect only; a transaction shares its database's adapter.
  const compiledFor = new WeakMap<object, CompiledQuery<R>>();
  return async (db, values) => {
    const adapter = db.getExecutor().adapter;
    let compiled = compiledFor.get(adapter);
    if (!compiled) {
      compiled = build(db, placeholders as P).compile();
      compiledFor.set(adapter, compiled);
    }
    const parameters = compiled.parameters.map((p) => (p instanceof Parameter ? bind(values, p.name) : p));
    return db.executeQuery<R>({ ...compiled, parameters });
  };
}

function bind(values: object, name: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(values, name)) throw new Error(`Prepared query parameter "${name}" has no value`);
  const value = (values as Record<string, unknown>)[name];
  // better-sqlite3 and pg both refuse undefined; a missing optional value is SQL null.
  return value === undefined ? null : value;
}
