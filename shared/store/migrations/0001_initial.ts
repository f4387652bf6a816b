/**
 * The first schema: every table of schema.ts. Only text and integer columns, so SQLite and PostgreSQL
 * store the same values; timestamps are ISO 8601 UTC text.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../database';

// Migrations must not depend on the current table types, which will change after this migration.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('regions_unit_id_idx').on('regions').column('unit_id').execute();

  await db.schema
    .createTable('networks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_fi', 'text', (c) => c.notNull())
    .addColumn('description_sv', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('membership_scope', 'text', (c) => c.notNull().defaultTo('team'))
    .addColumn('teams_team_id', 'text')
    .addColumn('teams_channel_id', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('networks_membership_scope_check', sql`membership_scope in ('team', 'channel')`)
    .execute();
  await db.schema.createIndex('networks_unit_id_idx').on('networks').column('unit_id').execute();

  await db.schema
    .createTable('coordinators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('title_fi', 'text', (c) => c.notNull())
    .addColumn('title_sv', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    // Both engines allow many NULLs under a unique constraint: coordinators without an address yet.
    .addColumn('email', 'text')
    .addColumn('aad_object_id', 'text')
    .addUniqueConstraint('coordinators_email_key', ['email'])
    .addUniqueConstraint('coordinators_aad_object_id_key', ['aad_object_id'])
    .execute();
  await db.schema.createIndex('coordinators_unit_id_idx').on('coordinators').column('unit_id').execute();

  await db.schema
    .createTable('network_coordinators')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('coordinator_id', 'text', (c) => c.notNull().references('coordinators.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('network_coordinators_pkey', ['network_id', 'coordinator_id'])
    .execute();
  // "Which networks does this coordinator lead?" (the primary key serves the other direction).
  await db.schema
    .createIndex('network_coordinators_coordinator_id_idx')
    .on('network_coordinators')
    .column('coordinator_id')
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bot_user_id', 'text', (c) => c.notNull())
    .addColumn('aad_object_id', 'text')
    .addColumn('tenant_id', 'text')
    .addColumn('display_name', 'text')
    .addColumn('locale', 'text')
    .addColumn('region_id', 'text', (c) => c.references('regions.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('people_bot_user_id_key', ['bot_user_id'])
    .execute();
  await db.schema.createIndex('people_aad_object_id_idx').on('people').column('aad_object_id').execute();
  await db.schema.createIndex('people_region_id_idx').on('people').column('region_id').execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('team_aad_group_id', 'text')
    .addColumn('teams_channel_id', 'text')
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('reference_json', 'text', (c) => c.notNull())
    .addColumn('installed_by', 'text')
    .addColumn('installed_at', 'text')
    .addColumn('uninstalled_at', 'text')
    .addColumn('welcomed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conversations_person_id_idx').on('conversations').column('person_id').execute();
  await db.schema.createIndex('conversations_team_id_idx').on('conversations').column('team_id').execute();

  await db.schema
    .createTable('installation_events')
    // The one engine-specific column: an auto-incrementing key, which keeps events in arrival order.
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addCheckConstraint('installation_events_action_check', sql`action in ('add', 'remove')`)
    .execute();
  await db.schema
    .createIndex('installation_events_conversation_id_idx')
    .on('installation_events')
    .columns(['conversation_id', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'installation_events',
    'conversations',
    'people',
    'network_coordinators',
    'coordinators',
    'networks',
    'regions',
    'units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
