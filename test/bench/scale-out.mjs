// Card actions per second with one and with two Kollega instances on one PostgreSQL database: librarians ask
// to join SEVERI (Action.Execute, each a new person; a request and its outbox job written in one transaction),
// the same number of autocannon connections in all, split evenly over the instances. Afterwards the database
// must hold exactly one pending request per acknowledged press, whichever instance took it.
// Env: BENCH_DATABASE_URL (default TEST_DATABASE_URL, else the local test server).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { cardExecute, elina, installation, someone } from './activities.mjs';
import { cannon, cpuMicros, machineTicks } from './load.mjs';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/test';

async function withDatabase(fn) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** One measurement: `instances` servers on a fresh schema, driven at once. */
async function run({ startChild, post, check, stubUrl, instances, seconds, warmup, connections }) {
  const schema = `bench_scale_${process.pid}_${randomBytes(4).toString('hex')}`;
  const env = { BENCH_DATABASE_URL: DATABASE_URL, BENCH_DATABASE_SCHEMA: schema };
  const servers = [];
  try {
    // One after the other: the first creates the schema and migrates it, the others find it ready.
    for (let i = 0; i < instances; i++) servers.push(await startChild('kollega-server.mjs', { env }));
    check((await post(servers[0].url, installation(elina, stubUrl))).status === 200, 'Elina installs Kollega');
    let seq = 0;
    const next = () => {
      const n = seq++;
      return cardExecute(someone(`bench-scale-${instances}-${n}`, `Bench Scale ${n}`), 'requestJoin', { networkId: 'severi' }, stubUrl);
    };
    for (const server of servers) {
      const res = await post(server.url, next());
      check(res.status === 200 && res.body?.value?.type === 'AdaptiveCard', `requestJoin answers with a card on every instance (${res.status})`);
    }
    const share = Math.max(1, Math.round(connections / instances));
    const warm = warmup > 0 ? await Promise.all(servers.map((s) => cannon(s.url, { seconds: warmup, connections: share }, next))) : [];
    const [ticksBefore, cpuBefore] = [machineTicks(), servers.map((s) => cpuMicros(s.pid))];
    const runs = await Promise.all(servers.map((s) => cannon(s.url, { seconds, connections: share }, next)));
    const [ticksAfter, cpuAfter] = [machineTicks(), servers.map((s) => cpuMicros(s.pid))];
    const machineBusy = ticksBefore && ticksAfter ? (ticksAfter.busy - ticksBefore.busy) / (ticksAfter.total - ticksBefore.total) : undefined;
    const kollegaCores = cpuAfter.map((us, i) => (us === undefined || cpuBefore[i] === undefined ? undefined : (us - cpuBefore[i]) / 1e6 / seconds));
    const ok = runs.reduce((n, r) => n + r['2xx'], 0);
    const acknowledged = instances + [...warm, ...runs].reduce((n, r) => n + r['2xx'], 0);
    const { pending } = await servers[0].ask({ cmd: 'pending', networkId: 'severi' });
    // Under load spread over the instances nothing acknowledged is lost and nothing is doubled: at least one request
    // per acknowledged press, at most one per press sent (autocannon drops the answers still in flight at the end).
    check(pending.length >= acknowledged && pending.length <= seq, `${pending.length} pending requests stored for ${acknowledged} acknowledged of ${seq} presses sent`);
    return {
      instances,
      connections: share * instances,
      rps: Math.round(runs.reduce((n, r) => n + r.requests.average, 0)),
      p50: Math.max(...runs.map((r) => r.latency.p50)),
      p99: Math.max(...runs.map((r) => r.latency.p99)),
      errors: runs.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
      measuredOk: ok,
      pendingRequests: pending.length,
      acknowledged,
      sent: seq,
      machineBusy,
      kollegaCores,
    };
  } finally {
    for (const server of servers) await server.stop();
    await withDatabase((c) => c.query(`drop schema if exists "${schema}" cascade`)).catch(() => undefined);
  }
}

export async function scaleOut({ startChild, post, check, seconds, warmup, connections }) {
  const stub = await startChild('connector-stub.mjs', { env: { STUB_MEMBER: JSON.stringify({ id: elina.id, name: elina.name, aadObjectId: elina.aadObjectId }) } });
  try {
    const one = await run({ startChild, post, check, stubUrl: stub.url, instances: 1, seconds, warmup, connections });
    const two = await run({ startChild, post, check, stubUrl: stub.url, instances: 2, seconds, warmup, connections });
    return { one, two, ratio: two.rps / one.rps };
  } finally {
    await stub.stop();
  }
}

export function printScaleOut(r) {
  console.log(`\ncard actions (requestJoin) on PostgreSQL, ${r.one.connections} connections in all:`);
  for (const row of [r.one, r.two]) {
    const load = row.machineBusy === undefined ? '' : `; machine ${Math.round(row.machineBusy * 100)} % busy, Kollega using ${row.kollegaCores.map((c) => c?.toFixed(2)).join(' + ')} cores`;
    console.log(`  ${row.instances} instance${row.instances > 1 ? 's' : ' '}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${row.errors}; ${row.pendingRequests} requests stored for ${row.acknowledged} acknowledged presses${load}`);
  }
  console.log(`  two instances / one: ${r.ratio.toFixed(2)}× (on ${os.availableParallelism()} cores shared by the servers, PostgreSQL and autocannon)`);
}
