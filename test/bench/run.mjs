// `npm run bench`: Kollega against two bare botbuilder bots (the yardsticks) over /api/messages, with the same
// autocannon clients. Every server runs in its own child process (as does the connector stub their replies go
// to); autocannon runs here. Env: BENCH_SECONDS (measure, default 10), BENCH_WARMUP (default 2),
// BENCH_OUT (write the results as JSON there), BENCH_PROF (a folder: CPU-profile the Kollega child into it).
import fs from 'node:fs';
import path from 'node:path';
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { cardExecute, elina, installation, personalMessage, someone } from './activities.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const CONNECTIONS = 32;
const TARGET = { ratio: 0.8, p99Ms: 50 };
const here = import.meta.dirname;

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

/** One autocannon run; `next()` builds each request's activity, so every request can be distinct. */
function cannon(url, seconds, next) {
  let instance;
  const requests = [{
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req) => {
      const activity = next(() => instance.stop());
      return { ...req, body: JSON.stringify(activity) };
    },
  }];
  return new Promise((resolve, reject) => {
    instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, requests }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** Warm-up (discarded), then the measured run. */
async function measure(url, next) {
  if (WARMUP > 0) await cannon(url, WARMUP, next);
  const r = await cannon(url, SECONDS, next);
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    seconds: r.duration,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

/** Waits until the connector stub has seen no request for a while: the outbox's backlog from the last phase is
 * delivered before the next phase starts, so each phase pays for its own work only. */
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

// Elina as the connector's member API returns her (Kollega asks for the decider's e-mail).
const stub = await startChild('connector-stub.mjs', { env: { STUB_MEMBER: JSON.stringify({ id: elina.id, name: elina.name, aadObjectId: elina.aadObjectId }) } });
const svc = stub.url;
const helpUsers = Array.from({ length: 100 }, (_, i) => someone(`bench-help-${i}`, `Bench Reader ${i}`));
let seq = 0;

await phase('echo yardstick', async () => {
  const bot = await startChild('yardstick-echo.mjs');
  try {
    const before = sum(await stubCalls(svc));
    check((await post(bot.url, personalMessage(helpUsers[0], 'help', svc))).status === 200, 'echo bot answers 200');
    check(sum(await stubCalls(svc)) > before, 'echo bot replied through the connector');
    return await measure(bot.url, () => personalMessage(helpUsers[seq++ % helpUsers.length], 'help', svc));
  } finally {
    await bot.stop();
  }
});

await phase('invoke yardstick', async () => {
  const bot = await startChild('yardstick-invoke.mjs');
  try {
    const res = await post(bot.url, cardExecute(helpUsers[0], 'requestJoin', { networkId: 'severi' }, svc));
    check(res.status === 200 && res.body?.value?.type === 'AdaptiveCard', 'invoke bot answers with a card');
    return await measure(bot.url, () => cardExecute(someone(`bench-y-${seq++}`, 'Yardstick'), 'requestJoin', { networkId: 'severi' }, svc));
  } finally {
    await bot.stop();
  }
});

const profDir = process.env.BENCH_PROF;
let kollega;
try {
  kollega = await startChild('kollega-server.mjs', { execArgv: profDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profDir)}`] : [] });
  // Elina installs Kollega first, so the outbox can send her the approval cards.
  check((await post(kollega.url, installation(elina, svc))).status === 200, 'Elina installs Kollega');
} catch (err) {
  failures.push(`Kollega: ${err.message}`);
}

if (kollega) {
  await phase('Kollega help', async () => {
    await settle(svc);
    const before = sum(await stubCalls(svc));
    check((await post(kollega.url, personalMessage(helpUsers[0], 'help', svc))).status === 200, 'help answers 200');
    check(sum(await stubCalls(svc)) > before, 'help replied through the connector');
    return await measure(kollega.url, () => personalMessage(helpUsers[seq++ % helpUsers.length], 'help', svc));
  });

  const librarian = () => {
    const n = seq++;
    return someone(`bench-librarian-${n}`, `Bench Librarian ${n}`);
  };
  await phase('Kollega join requests', async () => {
    const settled = await settle(svc);
    const res = await post(kollega.url, cardExecute(librarian(), 'requestJoin', { networkId: 'severi' }, svc));
    check(res.status === 200 && res.body?.statusCode === 200 && res.body?.value?.type === 'AdaptiveCard', `requestJoin answers with a card (${res.status})`);
    return { ...(await measure(kollega.url, () => cardExecute(librarian(), 'requestJoin', { networkId: 'severi' }, svc))), settled };
  });

  await phase('Kollega decisions', async () => {
    const settled = await settle(svc); // the approval cards of the join phase go out first
    const { pending } = await kollega.ask({ cmd: 'pending', networkId: 'severi' });
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
    const m = await measure(kollega.url, next);
    return { ...m, settled, pendingBefore: pending.length, decided: i, ranOut: overflow > 0, overflow };
  });
  results['connector calls'] = await stubCalls(svc);
  await kollega.stop();
}
await stub.stop();

// The comparison: each Kollega scenario against its yardstick.
const pairs = [
  ['Kollega help', 'echo yardstick'],
  ['Kollega join requests', 'invoke yardstick'],
  ['Kollega decisions', 'invoke yardstick'],
];
const rows = [];
for (const [name, stickName] of [...pairs, [ 'echo yardstick' ], [ 'invoke yardstick' ]]) {
  const r = results[name];
  const stick = stickName && results[stickName];
  const ratio = r && stick ? r.rps / stick.rps : undefined;
  const pass = r && stick ? ratio >= TARGET.ratio && r.p99 < TARGET.p99Ms && r.errors === 0 : undefined;
  if (r) Object.assign(r, { yardstickRps: stick?.rps, ratio, pass });
  rows.push([name, r?.rps, r?.p50, r?.p99, r?.errors, stick?.rps, ratio?.toFixed(2), pass === undefined ? (r ? '' : 'DID NOT RUN') : pass ? 'PASS' : 'FAIL']);
}
const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'yardstick req/s', 'ratio', `target (ratio ≥ ${TARGET.ratio}, p99 < ${TARGET.p99Ms} ms)`];
const cells = [header, ...rows].map((row) => row.map((c) => (c === undefined ? '-' : String(c))));
const widths = header.map((_, k) => Math.max(...cells.map((row) => row[k].length)));
console.log(`\n${CONNECTIONS} connections, ${WARMUP} s warm-up, ${SECONDS} s measured, SQLite\n`);
for (const row of cells) console.log(row.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  '));
const d = results['Kollega decisions'];
if (d) console.log(`\ndecisions: ${d.decided} of ${d.pendingBefore} pending requests decided${d.ranOut ? ` (ran out: the phase stopped after ${d.seconds} s; ${d.overflow} repeated)` : ''}`);
if (results['connector calls']) console.log(`connector stub calls: ${JSON.stringify(results['connector calls'])}`);
for (const f of failures) console.log(`did not run: ${f}`);

if (process.env.BENCH_OUT) fs.writeFileSync(process.env.BENCH_OUT, JSON.stringify({ connections: CONNECTIONS, warmup: WARMUP, seconds: SECONDS, target: TARGET, results, failures }, null, 2));
// A missed target is a measurement, not a failure; a phase that could not run is.
process.exit(failures.length ? 1 : 0);
