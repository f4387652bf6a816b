// The coordinator's dashboard (the tab's Coordinate view: their networks, the pending join requests, the members,
// the upcoming events with their counts) at 1,000 and at 100,000 rows, on SQLite and on PostgreSQL. The rows are
// what the whole country's use leaves: other networks like the coordinator's own (members, requests, events and
// answers), and the coordinator's own network's history (decided requests, past events with their answers). What
// the coordinator sees stays the same size; the target is at most twice the time for a hundred times the data.
// Env: BENCH_DASHBOARD_ROUNDS (measured loads per case, default 200), BENCH_DATABASE_URL (PostgreSQL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const { startKollega } = require('./dist/bot/app.js');
const { loadConfig } = require('./dist/shared/config/config.js');
const { createLogger } = require('./dist/shared/log/logger.js');
const { openStore } = require('./dist/shared/store/database.js');
const { migrateToLatest } = require('./dist/shared/store/migrate.js');
const { bundledSeedData, loadSeed } = require('./dist/shared/store/seed/loadSeed.js');
const { sql } = require('kysely');

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/test';
const ROUNDS = Number(process.env.BENCH_DASHBOARD_ROUNDS ?? 200);
/** Loads first, not timed: JIT, caches and connections warm for both sizes alike. */
const WARMUP_ROUNDS = 50;
const SCALES = [1_000, 100_000];
const TARGET_RATIO = 2;
const OWN = 'severi';
const DAY = 86_400_000;
/** One network's present: its members, pending and decided requests, upcoming and past events with answers. */
const SHAPE = { members: 40, pending: 5, decided: 15, upcoming: 2, past: 6, answers: 25 };
/** The dashboard's requests, as the Coordinate view makes them. */
const DASHBOARD = ['/api/my/networks', `/api/networks/${OWN}/requests`, `/api/networks/${OWN}/members`, '/api/events'];

const iso = (ms) => new Date(ms).toISOString();

/** Writes rows in batches (SQLite's and PostgreSQL's limits on bound parameters). */
class Rows {
  constructor() {
    this.tables = { units: [], people: [], networks: [], memberships: [], join_requests: [], events: [], event_rsvps: [] };
  }
  count() {
    return ['people', 'memberships', 'join_requests', 'events', 'event_rsvps'].reduce((n, t) => n + this.tables[t].length, 0);
  }
  async write(db) {
    for (const [table, rows] of Object.entries(this.tables)) {
      for (let i = 0; i < rows.length; i += 500) await db.insertInto(table).values(rows.slice(i, i + 500)).execute();
    }
  }
}

function person(rows, now) {
  const id = randomUUID();
  rows.tables.people.push({ id, bot_user_id: `29:bench-${id}`, display_name: `Kirjastolainen ${rows.tables.people.length}`, locale: 'fi-FI', created_at: iso(now), updated_at: iso(now) });
  return id;
}

function event(rows, networkId, createdBy, startsAt, people, now) {
  const id = randomUUID();
  rows.tables.events.push({
    id, network_id: networkId, kind: 'bookCoffee', title_fi: 'Kirjakahvit', title_sv: 'Bokkaffe', title_en: null, description_fi: 'Vinkkejä', description_sv: 'Tips',
    description_en: null, starts_at: iso(startsAt), ends_at: iso(startsAt + 3_600_000), rsvp_deadline: null, capacity: null, state: 'scheduled', cancel_reason: null,
    created_by: createdBy, meeting_state: 'manual', meeting_detail: null, join_url: 'https://teams.microsoft.com/l/meetup-join/bench', graph_organizer_id: null,
    graph_event_id: null, ics_token: randomBytes(16).toString('hex'), version: 1, attendees_version: 1, attendees_synced: 1, confirmed_count: people.length,
    waitlisted_count: 0, maybe_count: 0, not_going_count: 0, contributions_count: 0, next_seq: people.length + 1, created_at: iso(now), updated_at: iso(now),
  });
  people.forEach((p, i) => rows.tables.event_rsvps.push({ event_id: id, person_id: p, answer: 'going', status: 'confirmed', seq: i + 1, answered_at: iso(now) }));
}

function request(rows, networkId, personId, state, decidedBy, at) {
  rows.tables.join_requests.push({
    id: randomUUID(), network_id: networkId, person_id: personId, state, message: null, library: 'Porvoon kaupunginkirjasto',
    decided_by: state === 'pending' ? null : decidedBy, decided_at: state === 'pending' ? null : iso(at), reason: null, created_at: iso(at), updated_at: iso(at),
  });
}

/** One network's present, as SHAPE says. */
function network(rows, networkId, now) {
  const members = Array.from({ length: SHAPE.members }, () => person(rows, now));
  for (const p of members) rows.tables.memberships.push({ network_id: networkId, person_id: p, join_request_id: null, joined_at: iso(now - 90 * DAY), left_at: null, teams_state: 'manual', teams_detail: null });
  for (let i = 0; i < SHAPE.pending; i++) request(rows, networkId, person(rows, now), 'pending', null, now - i * 3_600_000);
  for (let i = 0; i < SHAPE.decided; i++) request(rows, networkId, members[i], 'approved', members[0], now - (100 + i) * DAY);
  const answering = members.slice(0, SHAPE.answers);
  for (let i = 0; i < SHAPE.upcoming; i++) event(rows, networkId, members[0], now + (7 + i * 14) * DAY, answering, now);
  for (let i = 0; i < SHAPE.past; i++) event(rows, networkId, members[0], now - (7 + i * 30) * DAY, answering, now);
}

/** The coordinator's network now, then other networks and its own history until `total` rows. */
function fill(total, now) {
  const rows = new Rows();
  network(rows, OWN, now);
  let n = 0;
  // A tenth of the growth is the own network's history; the rest, other networks of the same shape.
  while (rows.count() < total) {
    if (n % 10 === 9) {
      const people = Array.from({ length: SHAPE.answers }, () => person(rows, now));
      event(rows, OWN, people[0], now - (400 + n) * DAY, people, now);
      for (const p of people.slice(0, 5)) request(rows, OWN, p, 'declined', people[0], now - (400 + n) * DAY);
    } else {
      // Other regions' development units, ten networks each.
      const unit = `bench-unit-${Math.floor(n / 10)}`;
      if (n % 10 === 0) rows.tables.units.push({ id: unit, name_fi: `Kehittämisyksikkö ${n}`, name_sv: `Utvecklingsenhet ${n}`, name_en: `Development unit ${n}`, sort_order: 1000 + n });
      const id = `bench-network-${n}`;
      rows.tables.networks.push({
        id, unit_id: unit, name_fi: `Verkosto ${n}`, name_sv: `Nätverk ${n}`, name_en: `Network ${n}`, description_fi: '-', description_sv: '-', description_en: '-',
        membership_scope: 'team', teams_team_id: null, teams_channel_id: null, sort_order: 1000 + n, teams_url: null,
      });
      network(rows, id, now);
    }
    n += 1;
  }
  return rows;
}

async function openCase(engine, dir) {
  const schema = `bench_dash_${process.pid}_${randomBytes(4).toString('hex')}`;
  const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', NODE_ENV: 'development', TAB_DEV_SIGN_IN: 'true', ...(engine === 'postgres' ? { DATABASE_URL, DATABASE_SCHEMA: schema } : {}) };
  const store = await openStore({ dataDir: dir, ...(engine === 'postgres' ? { databaseUrl: DATABASE_URL, schema } : {}) });
  return { env, store, schema };
}

/** A database of `total` rows and Kollega on it, signed in as Elina; `load()` times one dashboard load. */
async function prepareCase(engine, total) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-dash-'));
  const { env, store, schema } = await openCase(engine, dir);
  let app;
  const close = async () => {
    await app?.close();
    if (engine === 'postgres') await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db).catch(() => undefined);
    await store.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await migrateToLatest(store);
    await loadSeed(store.db, bundledSeedData());
    const rows = fill(total, Date.now());
    await rows.write(store.db);
    // Statistics as PostgreSQL's autovacuum would have them by now.
    if (engine === 'postgres') await sql`analyze`.execute(store.db);
    app = await startKollega(loadConfig(env), createLogger('silent'));
    const signIn = await fetch(`${app.url}/api/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: 'coordinator:elina-karioja' }) });
    const { token } = await signIn.json();
    // Elina has chosen her region, as the tab asks everyone to: her unit's networks are hers to browse.
    const region = await store.db.selectFrom('regions').select('id').where('unit_id', '=', 'ake-borga').executeTakeFirstOrThrow();
    await store.db.updateTable('people').set({ region_id: region.id }).where('display_name', '=', 'Elina Karioja').execute();
    const get = async (route) => {
      const res = await fetch(`${app.url}${route}`, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${route} answered ${res.status}: ${JSON.stringify(body)}`);
      return body;
    };
    // What the coordinator sees is the same at every size: check it before timing it.
    const seen = { requests: (await get(DASHBOARD[1])).requests.length, members: (await get(DASHBOARD[2])).members.length };
    if (seen.requests !== SHAPE.pending || seen.members !== SHAPE.members) throw new Error(`the dashboard shows ${JSON.stringify(seen)}`);
    const times = Object.fromEntries(DASHBOARD.map((r) => [r, []]));
    const loads = [];
    return {
      rows: rows.count(),
      async load(record) {
        const started = performance.now();
        for (const route of DASHBOARD) {
          const t0 = performance.now();
          await get(route);
          if (record) times[route].push(performance.now() - t0);
        }
        if (record) loads.push(performance.now() - started);
      },
      result: () => ({ rows: rows.count(), load: stats(loads), routes: Object.fromEntries(Object.entries(times).map(([r, t]) => [r, stats(t)])) }),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Both sizes side by side, their loads taken in turns, so the machine's drifting speed touches both alike. */
async function measureEngine(engine) {
  const small = await prepareCase(engine, SCALES[0]);
  try {
    const large = await prepareCase(engine, SCALES[1]);
    try {
      for (let round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
        await small.load(round >= 0);
        await large.load(round >= 0);
      }
      return { small: small.result(), large: large.result() };
    } finally {
      await large.close();
    }
  } finally {
    await small.close();
  }
}

function stats(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

export async function dashboardScaling() {
  const cases = [];
  for (const engine of ['sqlite', 'postgres']) {
    const { small, large } = await measureEngine(engine);
    const ratio = large.load.median / small.load.median;
    cases.push({ engine, small, large, ratio, pass: ratio <= TARGET_RATIO });
  }
  return { rounds: ROUNDS, target: TARGET_RATIO, cases };
}

export function printDashboard(r) {
  console.log(`\nthe coordinator's dashboard (${DASHBOARD.join(', ')}), median of ${r.rounds} loads:`);
  for (const c of r.cases) {
    const line = (x) => `${x.rows.toLocaleString('en')} rows ${x.load.median.toFixed(2)} ms (p95 ${x.load.p95.toFixed(2)})`;
    console.log(`  ${c.engine.padEnd(8)} ${line(c.small)}  →  ${line(c.large)}: ${c.ratio.toFixed(2)}× ${c.pass ? 'PASS' : 'FAIL'} (target ≤ ${r.target}×)`);
    for (const route of Object.keys(c.small.routes)) {
      console.log(`           ${route.padEnd(30)} ${c.small.routes[route].median.toFixed(2)} ms → ${c.large.routes[route].median.toFixed(2)} ms`);
    }
  }
}
