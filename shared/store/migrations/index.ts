/**
 * Every migration, imported in code rather than found on disk, so the same list runs under ts-jest
 * and from the compiled dist/. Names sort in the order they must run; never rename or edit an applied one.
 */
import type { Migration } from 'kysely';
import type { StoreDialect } from '../database';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_joining';
import * as m0003 from './0003_join_request_indexes';
import * as m0004 from './0004_approval_card_shown';
import * as m0005 from './0005_events';
import * as m0006 from './0006_contribution_once';
import * as m0007 from './0007_spacing';
import * as m0008 from './0008_admins';
import * as m0009 from './0009_graph_grants';
import * as m0010 from './0010_mentoring';
import * as m0011 from './0011_mentoring_notices';
import * as m0012 from './0012_mentoring_application_notices';
import * as m0013 from './0013_staff_exchange';
import * as m0014 from './0014_personal_data';
import * as m0015 from './0015_network_resources';

export function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001_initial': { up: (db) => m0001.up(db, dialect), down: (db) => m0001.down(db) },
    '0002_joining': { up: (db) => m0002.up(db, dialect), down: (db) => m0002.down(db) },
    '0003_join_request_indexes': { up: (db) => m0003.up(db), down: (db) => m0003.down(db) },
    '0004_approval_card_shown': { up: (db) => m0004.up(db), down: (db) => m0004.down(db) },
    '0005_events': { up: (db) => m0005.up(db), down: (db) => m0005.down(db) },
    '0006_contribution_once': { up: (db) => m0006.up(db), down: (db) => m0006.down(db) },
    '0007_spacing': { up: (db) => m0007.up(db), down: (db) => m0007.down(db) },
    '0008_admins': { up: (db) => m0008.up(db), down: (db) => m0008.down(db) },
    '0009_graph_grants': { up: (db) => m0009.up(db), down: (db) => m0009.down(db) },
    '0010_mentoring': { up: (db) => m0010.up(db), down: (db) => m0010.down(db) },
    '0011_mentoring_notices': { up: (db) => m0011.up(db), down: (db) => m0011.down(db) },
    '0012_mentoring_application_notices': { up: (db) => m0012.up(db), down: (db) => m0012.down(db) },
    '0013_staff_exchange': { up: (db) => m0013.up(db), down: (db) => m0013.down(db) },
    '0014_personal_data': { up: (db) => m0014.up(db), down: (db) => m0014.down(db) },
    '0015_network_resources': { up: (db) => m0015.up(db), down: (db) => m0015.down(db) },
  };
}
