// Kollega under test, in its own process: the built app (dist/) on SQLite in a temp DATA_DIR (or PostgreSQL), silent logs,
// local mode, with the outbox worker polling as in production. A seed where Elina (coordinator of SEVERI) has
// the Entra id the bench's decisions come from, as testSeed() in test/support/joiningWorld.ts does.
// The parent asks for the pending join requests over IPC (read from the store with listPendingRequests).
//
// BENCH_KOLLEGA_GRAPH=1 (the RSVP scenario): Graph is configured, against the stand-in of graph-stand-in.mjs
// passed as graphTransport (nothing leaves the process for Graph or Entra); Tiina, lanu's coordinator, has her
// Entra id in the seed and lanu meets in its own team, as eventsSeed() in test/support/eventsWorld.ts has it.
// The parent then also asks for an event's state, the outbox's and the stand-in's counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { reportListening } from './child.mjs';
import { elina, LANU_TEAM, TENANT, tiina } from './activities.mjs';
import { createGraphStandIn } from './graph-stand-in.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
const { startKollega } = require('./dist/bot/app.js');
const { loadConfig } = require('./dist/shared/config/config.js');
const { createLogger } = require('./dist/shared/log/logger.js');
const { listPendingRequests } = require('./dist/shared/store/repositories/joining.js');
const { getEvent } = require('./dist/shared/store/repositories/events.js');
const { listPosts } = require('./dist/shared/store/repositories/eventPosts.js');

const withGraph = process.env.BENCH_KOLLEGA_GRAPH === '1';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-bench-'));
const seed = JSON.parse(fs.readFileSync(path.join(root, 'shared/store/seed/seed.json'), 'utf8'));
seed.coordinators = seed.coordinators.map((c) => (c.id === 'elina-karioja' ? { ...c, aadObjectId: elina.aadObjectId } : c));
if (withGraph) {
  seed.coordinators = seed.coordinators.map((c) => (c.id === 'tiina-rajala' ? { ...c, aadObjectId: tiina.aadObjectId } : c));
  seed.networks = seed.networks.map((n) => (n.id === 'lanu' ? { ...n, teamsTeamId: LANU_TEAM.aadGroupId } : n));
}
const seedFile = path.join(dir, 'seed.json');
fs.writeFileSync(seedFile, JSON.stringify(seed));

const graph = withGraph ? createGraphStandIn({ tenantId: TENANT }) : undefined;
// BENCH_DATABASE_URL and BENCH_DATABASE_SCHEMA (the scale-out phase): PostgreSQL, shared by several of these.
const postgres = process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL, DATABASE_SCHEMA: process.env.BENCH_DATABASE_SCHEMA } : {};
const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: process.env.BENCH_KOLLEGA_LOG ?? 'silent', SEED_FILE: seedFile, ...postgres, ...graph?.env });
const app = await startKollega(config, createLogger(config.logLevel), graph ? { graphTransport: graph.transport } : {});

/** Kinds of outbox work planned for the event's time (reminders, the tips' summary): not part of a burst's work. */
const LATER = ['event.remind', 'event.contributions.summary'];

const answers = {
  async pending(msg) {
    return { pending: (await listPendingRequests(app.store.db, msg.networkId)).map((r) => r.id) };
  },
  /** The event (the newest when no id is given): its row, its posts, and its answers as rows of event_rsvps. */
  async event(msg) {
    const db = app.store.db;
    const id = msg.eventId ?? (await db.selectFrom('events').select('id').orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst())?.id;
    const event = id && (await getEvent(db, id));
    if (!event) return { event: undefined };
    const groups = await db
      .selectFrom('event_rsvps')
      .select(['answer', 'status', (eb) => eb.fn.countAll().as('rows'), (eb) => eb.fn.min('seq').as('minSeq'), (eb) => eb.fn.max('seq').as('maxSeq')])
      .where('event_id', '=', id)
      .groupBy(['answer', 'status'])
      .execute();
    const distinct = await db.selectFrom('event_rsvps').select((eb) => eb.fn.count('person_id').distinct().as('people')).where('event_id', '=', id).executeTakeFirst();
    const rsvps = groups.map((g) => ({ answer: g.answer, status: g.status, rows: Number(g.rows), minSeq: g.minSeq === null ? null : Number(g.minSeq), maxSeq: g.maxSeq === null ? null : Number(g.maxSeq) }));
    return {
      event: {
        id: event.id,
        capacity: event.capacity,
        version: event.version,
        attendeesVersion: event.attendeesVersion,
        attendeesSynced: event.attendeesSynced,
        counts: event.counts,
        nextSeq: event.nextSeq,
        meeting: event.meeting,
      },
      posts: await listPosts(db, id),
      rsvps,
      rsvpRows: rsvps.reduce((n, g) => n + g.rows, 0),
      rsvpPeople: Number(distinct?.people ?? 0),
    };
  },
  /** The outbox: jobs by state and kind; idle when nothing but work for the event's time is left to do. */
  async outbox() {
    const rows = await app.store.db
      .selectFrom('outbox')
      .select(['state', 'kind', (eb) => eb.fn.countAll().as('jobs'), (eb) => eb.fn.max('last_error').as('lastError')])
      .groupBy(['state', 'kind'])
      .execute();
    const jobs = rows.map((r) => ({ state: r.state, kind: r.kind, jobs: Number(r.jobs), lastError: r.lastError ?? undefined }));
    const busy = jobs.filter((j) => j.state === 'pending' && !LATER.includes(j.kind)).reduce((n, j) => n + j.jobs, 0);
    return { jobs, busy, idle: busy === 0 };
  },
  async graph() {
    return { graph: graph?.stats() };
  },
};

process.on('message', async (msg) => {
  const answer = answers[msg?.cmd];
  if (!answer) return process.send({ error: `unknown question ${JSON.stringify(msg)}` });
  try {
    process.send(await answer(msg));
  } catch (err) {
    process.send({ error: err.stack ?? String(err) });
  }
});
// The temp database goes with the process.
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
process.on('SIGTERM', () => app.close().finally(() => process.exit(0)));

// startKollega's server is not exposed; its URL is.
reportListening({ address: () => ({ port: Number(new URL(app.url).port) }) });
