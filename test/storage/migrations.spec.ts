import { sql } from 'kysely';
import { migrateToLatest, migrationStatus } from '../../shared/store/migrate';
import { isCheckViolation, isForeignKeyViolation, isUniqueViolation } from '../../shared/store/errors';
import { describeEachEngine, expectViolation } from '../support/databases';

/** Every migration, in the order they run. */
const all = ['0001_initial', '0002_joining', '0003_join_request_indexes', '0004_approval_card_shown', '0005_events', '0006_contribution_once', '0007_spacing', '0008_admins', '0009_graph_grants', '0010_mentoring', '0011_mentoring_notices', '0012_mentoring_application_notices', '0013_staff_exchange', '0014_personal_data', '0015_network_resources'];

describeEachEngine(
  'migrations',
  (t) => {
    it('start with everything pending and end with nothing pending', async () => {
      expect(await migrationStatus(t.store)).toEqual({ applied: [], pending: all });
      expect(await migrateToLatest(t.store)).toEqual(all);
      expect(await migrationStatus(t.store)).toEqual({ applied: all, pending: [] });
    });

    it('are harmless to run twice and keep the data', async () => {
      await migrateToLatest(t.store);
      await t.store.db.insertInto('units').values({ id: 'u', name_fi: 'U', name_sv: 'U', name_en: 'U', sort_order: 0 }).execute();
      expect(await migrateToLatest(t.store)).toEqual([]);
      expect(await t.store.db.selectFrom('units').select('id').execute()).toEqual([{ id: 'u' }]);
    });

    it('run once when two instances start together', async () => {
      const other = await t.openAnother();
      // On SQLite the second store waits for the first one's write lock without blocking the thread.
      const [a, b] = await Promise.all([migrateToLatest(t.store), migrateToLatest(other)]);
      expect([...a, ...b]).toEqual(all);
      expect((await migrationStatus(other)).pending).toEqual([]);
    });

    it('create the tables with their constraints', async () => {
      await migrateToLatest(t.store);
      const db = t.store.db;
      await db.insertInto('units').values({ id: 'u', name_fi: 'U', name_sv: 'U', name_en: 'U', sort_order: 0 }).execute();
      // A region of an unknown unit breaks a foreign key.
      await expectViolation(
        db.insertInto('regions').values({ id: 'r', unit_id: 'nope', name_fi: 'R', name_sv: 'R', name_en: 'R', sort_order: 0 }).execute(),
        isForeignKeyViolation,
      );
      // Two coordinators may lack an e-mail, but may not share one.
      const coordinator = (id: string, email: string | null) => ({
        id, unit_id: 'u', display_name: id, title_fi: 't', title_sv: 't', title_en: 't', email, aad_object_id: null,
      });
      await db.insertInto('coordinators').values([coordinator('a', null), coordinator('b', null), coordinator('c', 'x@example.org')]).execute();
      await expectViolation(db.insertInto('coordinators').values(coordinator('d', 'x@example.org')).execute(), isUniqueViolation);
      // Only the two known membership scopes.
      await expectViolation(
        db.insertInto('networks').values({
          id: 'n', unit_id: 'u', name_fi: 'N', name_sv: 'N', name_en: 'N', description_fi: 'd', description_sv: 'd',
          description_en: 'd', membership_scope: 'everyone', teams_team_id: null, teams_channel_id: null, sort_order: 0,
        }).execute(),
        isCheckViolation,
      );
    });

    it('give installation events increasing ids', async () => {
      await migrateToLatest(t.store);
      const db = t.store.db;
      await db.insertInto('conversations').values({
        id: 'c', kind: 'personal', channel_id: 'msteams', service_url: 'https://s', tenant_id: null, team_id: null,
        team_aad_group_id: null, teams_channel_id: null, person_id: null, reference_json: '{}', installed_by: null,
        installed_at: null, uninstalled_at: null, welcomed_at: null, updated_at: 'x',
      }).execute();
      const first = await db.insertInto('installation_events').values({ conversation_id: 'c', action: 'add', actor: null, at: 'a' }).returning('id').executeTakeFirstOrThrow();
      const second = await db.insertInto('installation_events').values({ conversation_id: 'c', action: 'remove', actor: null, at: 'b' }).returning('id').executeTakeFirstOrThrow();
      expect(Number(second.id)).toBeGreaterThan(Number(first.id));
      const count = await sql<{ n: number | string }>`select count(*) as n from installation_events`.execute(db);
      expect(Number(count.rows[0].n)).toBe(2);
    });
  },
  { migrate: false },
);
