/** Whether a person is one of Kollega's administrators (the seed's admins, by Entra object id or e-mail). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { PersonRecord } from './people';

export async function isAdmin(db: Kysely<Database>, person: Pick<PersonRecord, 'aadObjectId' | 'email'>): Promise<boolean> {
  const aad = person.aadObjectId?.toLowerCase();
  const email = person.email?.toLowerCase();
  if (!aad && !email) return false;
  const row = await db
    .selectFrom('admins')
    .select('display_name')
    .where((eb) => eb.or([...(aad ? [eb('aad_object_id', '=', aad)] : []), ...(email ? [eb('email', '=', email)] : [])]))
    .executeTakeFirst();
  return Boolean(row);
}
