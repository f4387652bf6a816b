// The RSVP burst: 1,000 distinct people answer "going" on one event's card in its network's channel, from 64
// concurrent connections, against a Kollega with Graph configured (graph-stand-in.mjs, inside its child) and a
// connector stub with the team's roster (connector-stub-rsvp.mjs). Measured: the answers (each one's latency,
// p50/p99/max, and the rate), that each was recorded exactly once, and the follow-up work the burst caused once
// the outbox is idle again: the channel card's updates (target: at most one per 150 ms per conversation) and the
// Graph requests, the meeting's attendees PATCHes among them (target: at most one per second per event).
//
// Before the burst: Tiina installs Kollega, Kollega is added to lanu's team, Tiina plans a book coffee from the
// form (no seat limit unless BENCH_RSVP_CAPACITY is set; a smaller number gives a waitlist), and the bench waits
// until Graph made its meeting, its card is in the channel showing it, and the outbox has nothing left to do.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { cardExecute, channelCardExecute, installation, LANU_TEAM, rsvpCrowd, teamInstallation, tiina } from './activities.mjs';

export const RSVP = {
  people: 1000,
  connections: 64,
  /** The targets of the issue: channel-message updates per conversation, attendees PATCHes per event. */
  updateWindowMs: 150,
  patchWindowMs: 1000,
};
const capacityText = process.env.BENCH_RSVP_CAPACITY ?? '';
const IDLE_TIMEOUT_MS = 180_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A question to a Kollega child over IPC; an answer with `error` throws. */
async function ask(server, question) {
  const answer = await server.ask(question);
  if (answer?.error) throw new Error(`${question.cmd}: ${answer.error}`);
  return answer;
}

/** Polls until `probe` returns something truthy, or undefined after `timeoutMs`. */
async function until(probe, timeoutMs, everyMs = 100) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const value = await probe();
    if (value) return value;
    await sleep(everyMs);
  }
  return undefined;
}

/** The most timestamps (ms, sorted) in any half-open window [t, t + windowMs). */
export function maxInWindow(times, windowMs) {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}
/** The most timestamps in one window aligned as Kollega's coalescing buckets are (floor(t / windowMs)). */
export function maxInBucket(times, windowMs) {
  const buckets = new Map();
  for (const t of times) buckets.set(Math.floor(t / windowMs), (buckets.get(Math.floor(t / windowMs)) ?? 0) + 1);
  return Math.max(0, ...buckets.values());
}
const minGap = (times) => (times.length < 2 ? undefined : Math.min(...times.slice(1).map((t, i) => t - times[i])));
const diff = (after, before) => Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]).filter(([, v]) => v !== 0));

/** "You are going." / "number N on the waitlist", as each language says it (shared/i18n/catalogs/events). */
const SAYS = {
  fi: { going: 'Olet tulossa.', waitlisted: /Olet jonossa sijalla \d+\./ },
  sv: { going: 'Du kommer.', waitlisted: /Du står som nummer \d+ i kön\./ },
  en: { going: 'You are going.', waitlisted: /You are number \d+ on the waitlist\./ },
};

/** The form Tiina fills in (test/fixtures/events): a book coffee a month from now, 10–11 Finnish time, no link. */
function bookCoffeeForm() {
  const form = JSON.parse(fs.readFileSync(new URL('../fixtures/events/bookCoffeeForm.json', import.meta.url), 'utf8'));
  const date = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
  return { ...form, startDate: date, capacity: capacityText, joinUrl: '' };
}

/**
 * The burst: each request one person's answer, each person once. autocannon's `amount` spreads the 1,000 over
 * the 64 connections and builds each request (setupRequest) just before sending it; its latency histogram is
 * per request. Every answer's card is read to see what the person was told.
 */
function burst(url, activities, langs) {
  let built = 0;
  const told = { going: 0, waitlisted: 0, other: 0 };
  // When each request was built (just before it was written) and answered: which moments of the burst were slow.
  const sentAt = [];
  const timeline = [];
  const otherSamples = [];
  const requests = [{
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req, context) => {
      const n = built++;
      context.n = n;
      sentAt[n] = performance.now();
      // More requests than people would answer someone twice; the check after the burst would see it.
      return { ...req, body: JSON.stringify(activities[n % activities.length]) };
    },
    onResponse: (status, body, context) => {
      timeline.push({ n: context.n, sent: sentAt[context.n], ms: performance.now() - sentAt[context.n] });
      const says = SAYS[langs[context.n % langs.length]];
      const text = typeof body === 'string' ? body : String(body);
      if (status === 200 && text.includes(says.going)) told.going++;
      else if (status === 200 && says.waitlisted.test(text)) told.waitlisted++;
      else {
        told.other++;
        if (otherSamples.length < 3) otherSamples.push(`${status} ${text.slice(0, 300)}`);
      }
    },
  }];
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const t0 = performance.now();
    autocannon({ url, connections: RSVP.connections, amount: activities.length, timeout: 120, requests }, (err, result) => {
      const endedAt = Date.now();
      if (err) return reject(err);
      const slowest = timeline.sort((x, y) => y.ms - x.ms).slice(0, 10).map((x) => ({ atMs: Math.round(x.sent - t0), ms: Math.round(x.ms) }));
      resolve({ result, startedAt, endedAt, built, told, otherSamples, slowest });
    });
  });
}

export async function rsvpBurst({ startChild, post, check, execArgv = [] }) {
  const crowd = rsvpCrowd(RSVP.people);
  const stub = await startChild('connector-stub-rsvp.mjs', { env: { STUB_ROSTER_SIZE: String(crowd.length) } });
  let kollega;
  try {
    kollega = await startChild('kollega-server.mjs', { env: { BENCH_KOLLEGA_GRAPH: '1' }, execArgv });
    const svc = stub.url;
    const stubLog = async (since) => (await fetch(`${svc}/_log?since=${since}`)).json();
    const stubCounts = async () => (await fetch(`${svc}/_stats`)).json();
    const graphStats = async () => (await ask(kollega, { cmd: 'graph' })).graph;

    // The world before the burst.
    check((await post(kollega.url, installation(tiina, svc))).status === 200, 'Tiina installs Kollega');
    check((await post(kollega.url, teamInstallation(tiina, LANU_TEAM, svc))).status === 200, "Kollega is added to lanu's team");
    const planned = await post(kollega.url, cardExecute(tiina, 'createEvent', bookCoffeeForm(), svc));
    check(planned.status === 200 && planned.body?.value?.type === 'AdaptiveCard', `createEvent answers with a card (${planned.status})`);
    const { event: plannedEvent } = await ask(kollega, { cmd: 'event' });
    check(plannedEvent, `Tiina planned the event (the card said: ${JSON.stringify(planned.body).slice(0, 300)})`);
    check(plannedEvent.meeting.organizerId === tiina.aadObjectId, `the meeting is to be made through Graph in Tiina's calendar (${JSON.stringify(plannedEvent.meeting)})`);
    const eventId = plannedEvent.id;
    const ready = await until(async () => {
      const state = await ask(kollega, { cmd: 'event', eventId });
      const post0 = state.posts.find((p) => p.conversationId === LANU_TEAM.id);
      const ok = state.event.meeting.state === 'created' && post0?.activityId && post0.shownVersion === state.event.version && (await ask(kollega, { cmd: 'outbox' })).idle;
      return ok ? { state, post: post0 } : undefined;
    }, 30_000);
    if (!ready) {
      const state = await ask(kollega, { cmd: 'event', eventId });
      const outbox = await ask(kollega, { cmd: 'outbox' });
      check(false, `the meeting made and the card posted, showing it, within 30 s (event ${JSON.stringify(state)}; outbox ${JSON.stringify(outbox.jobs)}; graph ${JSON.stringify((await graphStats())?.counts)})`);
    }
    const cardActivityId = ready.post.activityId;
    const graphBefore = await graphStats();
    const connectorBefore = await stubCounts();

    // The burst: everyone presses Going on the channel's card once.
    const activities = crowd.map((who) => channelCardExecute(who, LANU_TEAM, 'rsvp', { eventId, answer: 'going' }, svc, cardActivityId));
    const langs = crowd.map((who) => who.locale.slice(0, 2));
    const b = await burst(kollega.url, activities, langs);
    const burstMs = b.endedAt - b.startedAt;

    // The follow-up work: wait until the outbox has done everything the burst asked for.
    const idle = await until(async () => (await ask(kollega, { cmd: 'outbox' })).idle, IDLE_TIMEOUT_MS, 200);
    const idleAt = Date.now();
    const outbox = await ask(kollega, { cmd: 'outbox' });
    const state = await ask(kollega, { cmd: 'event', eventId });
    const graph = await graphStats();
    const connector = await stubLog(b.startedAt);

    // Card updates, per conversation, since the burst began.
    const updates = connector.filter((r) => r.method === 'PUT' && r.kind === 'update');
    const byConversation = {};
    for (const u of updates) (byConversation[u.conversationId] ??= []).push(u.t);
    const channelTimes = (byConversation[LANU_TEAM.id] ?? []).sort((x, y) => x - y);
    const perConversationMax = Math.max(0, ...Object.values(byConversation).map((ts) => maxInWindow(ts.sort((x, y) => x - y), RSVP.updateWindowMs)));
    const lastUpdate = channelTimes.at(-1);

    // The meeting's attendees PATCHes since the burst began.
    const meetingId = state.event.meeting.graphEventId;
    const patches = graph.attendeePatches.filter((p) => p.t >= b.startedAt);
    const patchTimes = patches.filter((p) => p.eventId === meetingId).map((p) => p.t).sort((x, y) => x - y);
    const lastPatch = patches.at(-1);

    const rows = (answer, status) => state.rsvps.find((g) => g.answer === answer && g.status === status);
    const counts = state.event.counts;
    const capacity = state.event.capacity;
    const expectConfirmed = capacity === null ? crowd.length : Math.min(capacity, crowd.length);
    const confirmedRows = rows('going', 'confirmed');
    const waitlistedRows = rows('going', 'waitlisted');
    const r = b.result;

    const targets = {
      answered: {
        pass: r.errors + r.timeouts + r.non2xx === 0 && b.told.other === 0 && b.built === crowd.length && b.told.going + b.told.waitlisted === crowd.length,
        detail: `${b.told.going + b.told.waitlisted} of ${crowd.length} told they are going or waiting`,
      },
      recordedOnce: {
        pass: state.rsvpRows === crowd.length && state.rsvpPeople === crowd.length && (confirmedRows?.rows ?? 0) + (waitlistedRows?.rows ?? 0) === crowd.length,
        detail: `${state.rsvpRows} rows in event_rsvps, ${state.rsvpPeople} distinct people`,
      },
      countsConsistent: {
        pass:
          counts.confirmed + counts.waitlisted === crowd.length && counts.maybe === 0 && counts.notGoing === 0 &&
          counts.confirmed === (confirmedRows?.rows ?? 0) && counts.waitlisted === (waitlistedRows?.rows ?? 0) && counts.confirmed === expectConfirmed &&
          // The waitlist keeps the order people answered in: every seat went to an earlier answer than any wait.
          (!waitlistedRows || !confirmedRows || confirmedRows.maxSeq < waitlistedRows.minSeq),
        detail: `event row: confirmed ${counts.confirmed} + waitlisted ${counts.waitlisted} = ${counts.confirmed + counts.waitlisted} going (seats: ${capacity ?? 'no limit'})`,
      },
      outboxIdle: { pass: Boolean(idle) && !outbox.jobs.some((j) => j.state === 'failed'), detail: idle ? `idle ${((idleAt - b.endedAt) / 1000).toFixed(1)} s after the burst` : `not idle after ${IDLE_TIMEOUT_MS / 1000} s` },
      cardCaughtUp: {
        pass: state.posts.every((p) => p.shownVersion === state.event.version),
        detail: `the channel's card shows version ${state.posts.map((p) => p.shownVersion).join(', ')} of ${state.event.version}`,
      },
      attendeesCaughtUp: {
        pass: state.event.attendeesSynced === state.event.attendeesVersion && lastPatch?.attendees === counts.confirmed,
        detail: `last PATCH had ${lastPatch?.attendees ?? 'no'} attendees for ${counts.confirmed} seats`,
      },
      // Sliding windows: any two within the window count, whatever Kollega's aligned buckets say.
      updatesPer150ms: {
        pass: perConversationMax <= 1,
        detail: `max ${perConversationMax} in any ${RSVP.updateWindowMs} ms in one conversation (in one of Kollega's aligned ${RSVP.updateWindowMs} ms buckets: max ${maxInBucket(channelTimes, RSVP.updateWindowMs)})`,
      },
      patchesPerSecond: {
        pass: maxInWindow(patchTimes, RSVP.patchWindowMs) <= 1,
        detail: `max ${maxInWindow(patchTimes, RSVP.patchWindowMs)} in any ${RSVP.patchWindowMs} ms for the event (in one aligned second: max ${maxInBucket(patchTimes, RSVP.patchWindowMs)})`,
      },
    };

    return {
      people: crowd.length,
      connections: RSVP.connections,
      capacity,
      answers: {
        requests: r.requests.total,
        built: b.built,
        errors: r.errors + r.timeouts + r.non2xx,
        told: b.told,
        otherSamples: b.otherSamples,
        seconds: burstMs / 1000,
        rps: Math.round((r.requests.total / burstMs) * 1000),
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        max: r.latency.max,
        mean: r.latency.average,
        /** The ten slowest answers: when in the burst they were sent, and how long they took (the bench's clock). */
        slowest: b.slowest,
      },
      recorded: { rows: state.rsvpRows, people: state.rsvpPeople, byAnswer: state.rsvps, counts, version: state.event.version },
      outbox: { idle: Boolean(idle), secondsToIdle: (idleAt - b.endedAt) / 1000, jobs: outbox.jobs },
      channelUpdates: {
        total: channelTimes.length,
        duringBurst: channelTimes.filter((t) => t <= b.endedAt).length,
        afterBurst: channelTimes.filter((t) => t > b.endedAt).length,
        otherConversations: updates.length - channelTimes.length,
        maxIn150ms: maxInWindow(channelTimes, RSVP.updateWindowMs),
        maxInAligned150ms: maxInBucket(channelTimes, RSVP.updateWindowMs),
        minGapMs: minGap(channelTimes),
        lastAfterBurstStartS: lastUpdate === undefined ? undefined : (lastUpdate - b.startedAt) / 1000,
        perSecond: lastUpdate === undefined ? 0 : channelTimes.length / Math.max(burstMs, lastUpdate - b.startedAt) * 1000,
        perSecondDuringBurst: (channelTimes.filter((t) => t <= b.endedAt).length / burstMs) * 1000,
        atMs: channelTimes.map((t) => t - b.startedAt),
      },
      attendeePatches: {
        total: patchTimes.length,
        maxIn1s: maxInWindow(patchTimes, RSVP.patchWindowMs),
        maxInAlignedSecond: maxInBucket(patchTimes, RSVP.patchWindowMs),
        minGapMs: minGap(patchTimes),
        attendees: patches.map((p) => p.attendees),
        atMs: patchTimes.map((t) => t - b.startedAt),
      },
      graphRequests: diff(graph.counts, graphBefore.counts),
      graphUnexpected: graph.unexpected,
      connectorCalls: diff(await stubCounts(), connectorBefore),
      targets,
      pass: Object.values(targets).every((t) => t.pass),
    };
  } finally {
    await kollega?.stop();
    await stub.stop();
  }
}

const verdict = (t) => (t.pass ? 'PASS' : 'FAIL');
const ms = (v) => (v === undefined ? '-' : `${Math.round(v)} ms`);

export function printRsvpBurst(x) {
  const a = x.answers;
  const u = x.channelUpdates;
  const p = x.attendeePatches;
  const t = x.targets;
  const lines = [
    `\nRSVP burst: ${x.people} distinct people press Going on one event's card in its channel, ${x.connections} connections, SQLite, Graph stand-in, seats: ${x.capacity ?? 'no limit'}`,
    `  card answers    ${a.requests} in ${a.seconds.toFixed(2)} s = ${a.rps} req/s; latency p50 ${ms(a.p50)}, p99 ${ms(a.p99)}, max ${ms(a.max)}; errors ${a.errors}; told going ${a.told.going}, waitlisted ${a.told.waitlisted}, other ${a.told.other}   ${verdict(t.answered)}`,
    `  recorded        ${t.recordedOnce.detail}   ${verdict(t.recordedOnce)}`,
    `                  ${t.countsConsistent.detail}   ${verdict(t.countsConsistent)}`,
    `  outbox          ${t.outboxIdle.detail}   ${verdict(t.outboxIdle)}`,
    `  card updates    ${u.total} PUTs in the channel (${u.duringBurst} during the burst, ${u.afterBurst} after it), ${u.perSecond.toFixed(2)}/s until the last at ${u.lastAfterBurstStartS?.toFixed(2) ?? '-'} s; closest two ${ms(u.minGapMs)} apart; ${t.cardCaughtUp.detail}   ${verdict(t.cardCaughtUp)}`,
    `                  target ≤ 1 per ${RSVP.updateWindowMs} ms per conversation: ${t.updatesPer150ms.detail}   ${verdict(t.updatesPer150ms)}`,
    `  attendees       ${p.total} PATCHes (attendees: ${p.attendees.join(', ') || '-'}), at ${p.atMs.map((v) => `${(v / 1000).toFixed(2)} s`).join(', ') || '-'}; closest two ${ms(p.minGapMs)} apart; ${t.attendeesCaughtUp.detail}   ${verdict(t.attendeesCaughtUp)}`,
    `                  target ≤ 1 per second per event: ${t.patchesPerSecond.detail}   ${verdict(t.patchesPerSecond)}`,
    `  Graph requests  ${JSON.stringify(x.graphRequests)}${x.graphUnexpected.length ? `; unexpected: ${JSON.stringify(x.graphUnexpected)}` : ''}`,
    `  connector calls ${JSON.stringify(x.connectorCalls)}`,
  ];
  lines.push(`  slowest answers ${a.slowest.map((s) => `${s.ms} ms (sent at ${(s.atMs / 1000).toFixed(2)} s)`).join(', ')}`);
  if (a.otherSamples.length) lines.push(`  unexpected answers, e.g.: ${a.otherSamples.join(' | ')}`);
  console.log(lines.join('\n'));
}
