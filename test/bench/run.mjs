// `npm run bench`: Kollega against two bare botbuilder bots (the yardsticks) over /api/messages, with the same
// autocannon clients. Every server runs in its own child process (as does the connector stub their replies go
// to); autocannon runs here. This machine's speed drifts by a third within a minute, so each Kollega scenario
// is measured right after its yardstick, all servers staying up and only one driven at a time.
// Then the RSVP burst (rsvp-burst.mjs): 1,000 people answer one event's card at once, with Graph configured;
// then the tab (tab.mjs): its initial JavaScript gzipped and its first render in headless Chromium.
// Env: BENCH_SECONDS (measure, default 10), BENCH_WARMUP (default 2), BENCH_OUT (write the results as JSON
// there), BENCH_PROF (a folder: CPU-profile the Kollega children into it), BENCH_ONLY=rsvp (the RSVP burst
// alone, without the yardstick comparisons), BENCH_ONLY=tab, BENCH_ONLY=scale (card actions with one and two
// instances on PostgreSQL: scale-out.mjs), BENCH_ONLY=dashboard (the coordinator's queries at 1,000 and 100,000
// rows: dashboard.mjs), BENCH_RSVP_CAPACITY (the event's seats; default none).
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import { cannon, cpuMicros } from './load.mjs';
import { cardExecute, elina, installation, personalMessage, someone } from './activities.mjs';
import { printRsvpBurst, rsvpBurst } from './rsvp-burst.mjs';
import { printTab, tabRender, tabSize } from './tab.mjs';
import { printScaleOut, scaleOut } from './scale-out.mjs';
import { dashboardScaling, printDashboard } from './dashboard.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = 32;
const TARGET = { ratio: 0.8, p99Ms: 50 };
const here = import.meta.dirname;
const ONLY = process.env.BENCH_ONLY || undefined;
const KNOWN = ['rsvp', 'tab', 'scale', 'dashboard'];
if (ONLY !== undefined && !KNOWN.includes(ONLY)) {
  console.error(`BENCH_ONLY=${ONLY}: 'rsvp' (the RSVP burst), 'tab' (the tab's size and first render), 'scale' (one and two instances on PostgreSQL) or 'dashboard' (the coordinator's queries at 1,000 and 100,000 rows) is known; leave it unset for everything`);
  process.exit(2);
}
const profDir = process.env.BENCH_PROF;
const profArgs = () => (profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : []);

/** Forks a server script and resolves once it reports its URL. */
function startChild(script, { env = {}, execArgv = [] } = {}) {
  // restify 11 reads process.binding('http_parser'); npm start silences the same warning.
  execArgv = ['--disable-warning=DEP0111', ...execArgv];
  const proc = fork(path.join(here, script), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
    proc.once('message', (msg) => {
      proc.removeAllListeners('exit');
      resolve({
        url: msg.url,
        pid: proc.pid,
        ask: (question) => new Promise((res) => { proc.once('message', res); proc.send(question); }),
        stop: () => new Promise((res) => { if (proc.exitCode !== null) return res(); proc.once('exit', res); proc.kill('SIGTERM'); }),
      });
    });
  });
}

async function post(url, activity) {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Warm-up (discarded), then the measured run, with the server's CPU time per answered request. */
async function measure(server, next) {
  if (WARMUP > 0) await cannon(server.url, { seconds: WARMUP, connections: CONNECTIONS }, next);
  const cpuBefore = cpuMicros(server.pid);
  const r = await cannon(server.url, { seconds: SECONDS, connections: CONNECTIONS }, next);
  const cpuAfter = cpuMicros(server.pid);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    seconds: r.duration,
    errors: r.errors + r.timeouts + r.non2xx,
    cpuMicrosPerRequest: cpuBefore === undefined ? undefined : Math.round((cpuAfter - cpuBefore) / Math.max(1, r.requests.total)),
  };
}

/**
 * Waits until the connector stub has seen no request for a while. The outbox keeps to Teams' rate limits (25
 * jobs a second, a few messages a second per conversation), so a backlog left by a phase drains slowly and
 * mostly waits: it goes on, paced, during the next phase, as it would in production.
 */
async function settle(stubUrl, maxMs = 60_000) {
  const started = Date.now();
  let last = '';
  let quietSince = Date.now();
  while (Date.now() - started < maxMs) {
    const now = JSON.stringify(await (await fetch(`${stubUrl}/_stats`)).json());
    if (now !== last) { last = now; quietSince = Date.now(); } else if (Date.now() - quietSince > 1500) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return Math.round((Date.now() - started) / 1000);
}

const stubCalls = async (stubUrl) => (await fetch(`${stubUrl}/_stats`)).json();
const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
function check(condition, what) {
  if (!condition) throw new Error(`preflight failed: ${what}`);
}

const results = {};
const failures = [];
async function phase(name, fn) {
  try {
    process.stderr.write(`… ${name}\n`);
    results[name] = await fn();
  } catch (err) {
    failures.push(`${name}: ${err.message}`);
    process.stderr.write(`✗ ${name}: ${err.stack}\n`);
  }
}

// Each pair: the yardstick, then the Kollega scenario compared with it.
const pairs = [
  ['Kollega help', 'echo yardstick (before help)'],
  ['Kollega join requests', 'invoke yardstick (before joins)'],
  ['Kollega decisions', 'invoke yardstick (before decisions)'],
];

/** The yardstick comparisons: each Kollega scenario right after its yardstick, on the same connector stub. */
async function comparisons() {
  // Elina as the connector's member API returns her (Kollega asks for the decider's e-mail).
  const stub = await startChild('connector-stub.mjs', { env: { STUB_MEMBER: JSON.stringify({ id: elina.id, name: elina.name, aadObjectId: elina.aadObjectId }) } });
  const svc = stub.url;
  const helpUsers = Array.from({ length: 100 }, (_, i) => someone(`bench-help-${i}`, `Bench Reader ${i}`));
  let seq = 0;

  const servers = {};
  for (const [name, script, options] of [
    ['echo', 'yardstick-echo.mjs', {}],
    ['invoke', 'yardstick-invoke.mjs', {}],
    ['kollega', 'kollega-server.mjs', { execArgv: profArgs() }],
  ]) {
    try {
      servers[name] = await startChild(script, options);
    } catch (err) {
      failures.push(`${name}: ${err.message}`);
    }
  }
  const { echo, invoke, kollega } = servers;

  async function echoYardstick() {
    const before = sum(await stubCalls(svc));
    check((await post(echo.url, personalMessage(helpUsers[0], 'help', svc))).status === 200, 'echo bot answers 200');
    check(sum(await stubCalls(svc)) > before, 'echo bot replied through the connector');
    return measure(echo, () => personalMessage(helpUsers[seq++ % helpUsers.length], 'help', svc));
  }

  async function invokeYardstick() {
    const res = await post(invoke.url, cardExecute(helpUsers[0], 'requestJoin', { networkId: 'severi' }, svc));
    check(res.status === 200 && res.body?.value?.type === 'AdaptiveCard', 'invoke bot answers with a card');
    return measure(invoke, () => cardExecute(someone(`bench-y-${seq++}`, 'Yardstick'), 'requestJoin', { networkId: 'severi' }, svc));
  }

  const librarian = () => {
    const n = seq++;
    return someone(`bench-librarian-${n}`, `Bench Librarian ${n}`);
  };

  if (kollega) {
    // Elina installs Kollega first, so the outbox can send her the approval cards.
    check((await post(kollega.url, installation(elina, svc))).status === 200, 'Elina installs Kollega');

    if (echo) await phase(pairs[0][1], echoYardstick);
    await phase('Kollega help', async () => {
      await settle(svc);
      const before = sum(await stubCalls(svc));
      check((await post(kollega.url, personalMessage(helpUsers[0], 'help', svc))).status === 200, 'help answers 200');
      check(sum(await stubCalls(svc)) > before, 'help replied through the connector');
      return await measure(kollega, () => personalMessage(helpUsers[seq++ % helpUsers.length], 'help', svc));
    });

    if (invoke) await phase(pairs[1][1], invokeYardstick);
    await phase('Kollega join requests', async () => {
      const settled = await settle(svc);
      const res = await post(kollega.url, cardExecute(librarian(), 'requestJoin', { networkId: 'severi' }, svc));
      check(res.status === 200 && res.body?.statusCode === 200 && res.body?.value?.type === 'AdaptiveCard', `requestJoin answers with a card (${res.status})`);
      return { ...(await measure(kollega, () => cardExecute(librarian(), 'requestJoin', { networkId: 'severi' }, svc))), settled };
    });

    const settled = await settle(svc);
    const { pending } = await kollega.ask({ cmd: 'pending', networkId: 'severi' });
    if (invoke) await phase(pairs[2][1], invokeYardstick);
    await phase('Kollega decisions', async () => {
      check(pending.length > 1, `pending join requests exist (${pending.length})`);
      const res = await post(kollega.url, cardExecute(elina, 'approveJoin', { requestId: pending[0] }, svc));
      check(res.status === 200 && JSON.stringify(res.body).includes('Godkänd av'), 'approveJoin approves');
      let i = 1;
      let overflow = 0;
      // Each decision on a distinct pending request; when they run out the run stops (the few requests built
      // meanwhile repeat the last id, an already-decided request, and are counted as overflow).
      const next = (stop) => {
        if (i >= pending.length) { overflow++; stop(); return cardExecute(elina, 'approveJoin', { requestId: pending.at(-1) }, svc); }
        return cardExecute(elina, 'approveJoin', { requestId: pending[i++] }, svc);
      };
      const m = await measure(kollega, next);
      return { ...m, settled, pendingBefore: pending.length, decided: i, ranOut: overflow > 0, overflow };
    });
    results['connector calls'] = await stubCalls(svc);
  }
  for (const server of Object.values(servers)) await server.stop();
  await stub.stop();
}

if (!ONLY) await comparisons();
// The RSVP burst comes last, on its own Kollega (Graph configured) and connector stub; the others are stopped.
if (!ONLY || ONLY === 'rsvp') {
  await phase('RSVP burst', () => rsvpBurst({ startChild, post, check, execArgv: profArgs() }));
}
// Several instances: card actions per second with one and two Kollega instances on one PostgreSQL database.
if (!ONLY || ONLY === 'scale') {
  await phase('scale-out', () => scaleOut({ startChild, post, check, seconds: SECONDS, warmup: WARMUP, connections: CONNECTIONS }));
}
// The coordinator's dashboard at 1,000 and at 100,000 rows, on both engines.
if (!ONLY || ONLY === 'dashboard') {
  await phase('dashboard', () => dashboardScaling());
}
// The tab: the size of its first load and its first render in headless Chromium (inside loopback-only).
if (!ONLY || ONLY === 'tab') {
  await phase('tab size', async () => tabSize());
  await phase('tab first render', async () => tabRender());
}

// The comparison: each Kollega scenario against the yardstick measured just before it.
const rows = [];
for (const [name, stickName] of ONLY ? [] : pairs) {
  for (const [row, stick] of [[results[name], results[stickName]], [results[stickName]]]) {
    const label = row === results[name] ? name : stickName;
    const ratio = row && stick ? row.rps / stick.rps : undefined;
    const pass = row && stick ? ratio >= TARGET.ratio && row.p99 < TARGET.p99Ms && row.errors === 0 : undefined;
    if (row && stick) Object.assign(row, { yardstickRps: stick.rps, ratio, pass });
    rows.push([label, row?.rps, row?.p50, row?.p99, row?.errors, row?.cpuMicrosPerRequest, stick?.rps, ratio?.toFixed(2), pass === undefined ? (row ? '' : 'DID NOT RUN') : pass ? 'PASS' : 'FAIL']);
  }
}
const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'CPU µs/req', 'yardstick req/s', 'ratio', `target (ratio ≥ ${TARGET.ratio}, p99 < ${TARGET.p99Ms} ms)`];
const cells = [header, ...rows].map((row) => row.map((c) => (c === undefined ? '-' : String(c))));
const widths = header.map((_, k) => Math.max(...cells.map((row) => row[k].length)));
if (!ONLY) {
  console.log(`\n${CONNECTIONS} connections, ${WARMUP} s warm-up, ${SECONDS} s measured, SQLite\n`);
  for (const row of cells) console.log(row.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  '));
}
const d = results['Kollega decisions'];
if (d) console.log(`\ndecisions: ${d.decided} of ${d.pendingBefore} pending requests decided${d.ranOut ? ` (ran out: the phase stopped after ${d.seconds} s; ${d.overflow} repeated)` : ''}`);
if (results['connector calls']) console.log(`connector stub calls: ${JSON.stringify(results['connector calls'])}`);
if (results['RSVP burst']) printRsvpBurst(results['RSVP burst']);
if (results['scale-out']) printScaleOut(results['scale-out']);
if (results['dashboard']) printDashboard(results['dashboard']);
if (results['tab size']) printTab(results['tab size'], results['tab first render']);
for (const f of failures) console.log(`did not run: ${f}`);

if (process.env.BENCH_OUT) fs.writeFileSync(process.env.BENCH_OUT, JSON.stringify({ only: ONLY, connections: CONNECTIONS, warmup: WARMUP, seconds: SECONDS, target: TARGET, results, failures }, null, 2));
// A missed target is a measurement, not a failure; a phase that could not run is.
process.exit(failures.length ? 1 : 0);
