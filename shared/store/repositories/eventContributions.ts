/** What members bring to a session: book tips and practices, in the order they were added; each once. */
import type { Kysely } from 'kysely';
import type { AgeGroup, Contribution } from '../../domain/contributions';
import type { Database } from '../schema';
import { toTimestamp } from './util';

export type ContributionRecord = Contribution & { id: string; personId: string; personName: string | null; createdAt: string };

export async function insertContribution(
  db: Kysely<Database>,
  input: { id: string; eventId: string; personId: string; contribution: Contribution; now: Date },
): Promise<boolean> {
  const c = input.contribution;
  const result = await db
    .insertInto('event_contributions')
    .values({
      id: input.id,
      event_id: input.eventId,
      person_id: input.personId,
      kind: c.kind,
      title: c.title,
      author: c.kind === 'bookTip' ? c.author : null,
      age_group: c.kind === 'bookTip' ? c.ageGroup : null,
      isbn: c.kind === 'bookTip' ? c.isbn : null,
      note: c.kind === 'bookTip' ? c.note : null,
      description: c.kind === 'practice' ? c.description : null,
      library: c.kind === 'practice' ? c.library : null,
      created_at: toTimestamp(input.now),
    })
    // The same person's same title again (a double click): kept once.
    .onConflict((oc) => oc.columns(['event_id', 'person_id', 'kind', 'title']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function listContributions(db: Kysely<Database>, eventId: string): Promise<ContributionRecord[]> {
  const rows = await db
    .selectFrom('event_contributions')
    .innerJoin('people', 'people.id', 'event_contributions.person_id')
    .selectAll('event_contributions')
    .select('people.display_name as person_name')
    .where('event_contributions.event_id', '=', eventId)
    .orderBy('event_contributions.created_at')
    .orderBy('event_contributions.id')
    .execute();
  return rows.map((r) => {
    const base = { id: r.id, personId: r.person_id, personName: r.person_name, createdAt: r.created_at, title: r.title };
    return r.kind === 'bookTip'
      ? { ...base, kind: 'bookTip' as const, author: r.author, ageGroup: r.age_group as AgeGroup | null, note: r.note, isbn: r.isbn }
      : { ...base, kind: 'practice' as const, description: r.description ?? '', library: r.library };
  });
}
