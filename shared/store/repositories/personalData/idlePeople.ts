/**
 * People who hold nothing any more: no row anywhere points at them (the registry's people columns), their own
 * chats with the bot are as old as they are, and nothing was heard from them since the cutoff. The retention
 * sweep erases them as it would on request.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../schema';
import { toPerson, type PersonRecord } from '../people';
import { personIdColumns } from './registry';
import { ERASED_PERSON_ID } from './subject';

export async function idlePeople(db: Kysely<Database>, before: string, limit: number): Promise<PersonRecord[]> {
  // Their personal chats are theirs, to go with them; every other column that points at them keeps them.
  const pointing = personIdColumns.filter((c) => !(c.table === 'conversations' && c.column === 'person_id'));
  const rows = await db
    .selectFrom('people')
    .selectAll()
    .where('updated_at', '<', before)
    .where('id', '!=', ERASED_PERSON_ID)
    .where(({ and }) =>
      and(pointing.map(({ table, column }) => sql<SqlBool>`not exists (select 1 from ${sql.table(table)} where ${sql.ref(`${table}.${column}`)} = people.id)`)),
    )
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('conversations').select('conversations.id').whereRef('conversations.person_id', '=', 'people.id').where('conversations.updated_at', '>=', before))))
    .orderBy('updated_at')
    .limit(limit)
    .execute();
  return rows.map(toPerson);
}
