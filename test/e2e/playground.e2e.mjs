// End-to-end run against the Microsoft 365 Agents Playground (a local Teams client).
// Must run inside ../shared/tools/loopback-only (test/support/run-in-loopback.mjs does that): the Playground phones home.
// Starts the app and the Playground, drives the Playground's HTTP API and reads the bot's replies from its
// websocket. Usage: node test/e2e/playground.e2e.mjs [--screenshot file.png]
// KOLLEGA_E2E_APP_CMD replaces `node dist/bot/main.js` (a shell command) to develop against another bot.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const APP_PORT = 3978;
const PG_PORT = 56150;
const APP = `http://127.0.0.1:${APP_PORT}`;
const PG = `http://127.0.0.1:${PG_PORT}`;
const OVERALL_TIMEOUT_MS = Number(process.env.KOLLEGA_E2E_TIMEOUT_MS) || 120_000;
const REPLY_TIMEOUT_MS = 15_000; // Teams gives a message turn 15 s.

const argv = process.argv.slice(2);
const shotIdx = argv.indexOf('--screenshot');
const screenshotFile = shotIdx >= 0 ? resolve(argv[shotIdx + 1] ?? 'playground.png') : undefined;

const children = [];
const results = [];
let dataDir;
let browser;
let ws;

// Refuse to start the Playground where it could reach the internet.
const nonLoopback = Object.entries(networkInterfaces()).filter(([name]) => name !== 'lo');
if (nonLoopback.length) {
  console.error(`playground.e2e: network interfaces ${nonLoopback.map(([n]) => n).join(', ')} exist; run via loopback-only.`);
  process.exit(2);
}

/** Starts a command in its own process group so the whole tree can be killed; keeps its output for failures. */
function start(name, cmd, args, env, opts = {}) {
  const child = spawn(cmd, args, { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  child.log = [];
  const keep = (d) => {
    child.log.push(...d.toString().split('\n').filter(Boolean));
    if (child.log.length > 200) child.log.splice(0, child.log.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.name = name;
  child.on('exit', (code, sig) => child.log.push(`[${name} exited ${code ?? sig}]`));
  children.push(child);
  return child;
}

function killAll() {
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {}
  }
}

async function cleanup() {
  try {
    ws?.close();
  } catch {}
  await browser?.close().catch(() => {});
  killAll();
  const deadline = Date.now() + 3000;
  while (children.some((c) => c.exitCode === null && c.signalCode === null) && Date.now() < deadline) await sleep(100);
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGKILL');
    } catch {}
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitHttp(url, okFn, timeoutMs, what, child) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${what} exited before it was ready`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(20_000) });
      if (okFn(r)) return r;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await sleep(250);
  }
  throw new Error(`${what} not ready at ${url} within ${timeoutMs} ms (${last})`);
}

async function post(path, body) {
  const r = await fetch(PG + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`POST ${path} -> ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

// ---- websocket: every frame the Playground pushes, with waiters ----
const frames = [];
const frameWaiters = new Set();
function connectWs() {
  return new Promise((res, rej) => {
    ws = new WebSocket(`ws://127.0.0.1:${PG_PORT}/_ws_conversation/v1/conversations/stream`);
    ws.on('message', (d) => {
      let f;
      try {
        f = JSON.parse(d.toString());
      } catch {
        return;
      }
      frames.push(f);
      for (const w of [...frameWaiters]) w();
    });
    ws.once('open', res);
    ws.once('error', rej);
  });
}
/** First frame at index >= from that matches; frames are {action, actionConversationId, message}. */
function waitFrame(from, pred, timeoutMs, what) {
  return new Promise((res, rej) => {
    const check = () => {
      const f = frames.slice(from).find(pred);
      if (!f) return;
      clearTimeout(t);
      frameWaiters.delete(check);
      res(f);
    };
    const t = setTimeout(() => {
      frameWaiters.delete(check);
      rej(new Error(`no ${what} within ${timeoutMs} ms (${frames.length - from} other frame(s))`));
    }, timeoutMs);
    frameWaiters.add(check);
    check();
  });
}

/** Waits until no frame has arrived for quietMs, so late replies to one step are not taken for the next's. */
async function settle(quietMs = 1000, maxMs = 5000) {
  const end = Date.now() + maxMs;
  let n = -1;
  while (n !== frames.length && Date.now() < end) {
    n = frames.length;
    await sleep(quietMs);
  }
}

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const cards = (f) => (f.message?.attachments ?? []).filter((a) => a.contentType === ADAPTIVE).map((a) => a.content);
/** All text an Adaptive Card shows (TextBlock text, RichTextBlock runs, FactSet facts...). */
function cardText(node) {
  if (Array.isArray(node)) return node.map(cardText).join(' ');
  if (!node || typeof node !== 'object') return '';
  return Object.entries(node)
    .map(([k, v]) => (typeof v === 'string' && ['text', 'title', 'value'].includes(k) ? v : cardText(v)))
    .join(' ');
}
const isCreate = (f) => f.action === 'createMessage';
const inConv = (id) => (f) => f.actionConversationId === id || f.actionConversationId?.startsWith(`${id};messageid=`);

async function check(name, fn) {
  try {
    const detail = await fn();
    results.push(true);
    console.log(`ok - ${name}${detail ? ` (${detail})` : ''}`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL - ${name}: ${e.message}`);
  }
}

async function openBrowserUi() {
  if (!existsSync('/usr/bin/chromium')) {
    console.log('# --screenshot: /usr/bin/chromium not found, skipping the browser');
    return undefined;
  }
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(dataDir, 'chromium-'));
  // A fresh profile each run; playwright wants it as launchPersistentContext's argument.
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = browser;
  // The UI asks a font CDN; nothing may leave loopback (it cannot here anyway, but fail fast instead of hanging).
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return ['127.0.0.1', 'localhost', '[::1]'].includes(host) || route.request().url().startsWith('data:') ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  await page.goto(`${PG}/`);
  return page;
}

/**
 * The Playground has one personal chat, the current user's, so that user plays both parts of the joining
 * run: SEVERI's coordinator (named by the user's Entra object id in a copy of the seed) and the librarian who
 * asks to join. They also coordinate lanu, whose team is the Playground's, to plan the event others answer.
 */
function coordinatorSeed() {
  const yml = readFileSync(join(repo, '.m365agentsplayground.yml'), 'utf8');
  const aad = /currentUser:[\s\S]*?aadObjectId:\s*([0-9a-f-]{36})/i.exec(yml)?.[1];
  if (!aad) throw new Error('no currentUser aadObjectId in .m365agentsplayground.yml');
  const seed = JSON.parse(readFileSync(join(repo, 'shared', 'store', 'seed', 'seed.json'), 'utf8'));
  for (const c of seed.coordinators) if (c.id === 'elina-karioja') c.aadObjectId = aad;
  // The same user coordinates the children's and youth network too, which meets in the Playground's team.
  const teamGroup = /team:[\s\S]*?aadGroupId:\s*([0-9a-f-]{36})/i.exec(yml)?.[1];
  for (const n of seed.networks) if (n.id === 'lanu') Object.assign(n, { teamsTeamId: teamGroup, coordinators: [...n.coordinators, 'elina-karioja'] });
  const file = join(dataDir, 'seed.json');
  writeFileSync(file, JSON.stringify(seed));
  return file;
}

async function invoke(conversationId, from, replyToId, verb, data) {
  return post('/_conversation/v1/invoke', {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { action: verb, ...data } }, trigger: 'manual' },
    from,
    conversation: { id: conversationId },
    replyToId,
  });
}

async function main() {
  dataDir = mkdtempSync(join(tmpdir(), 'kollega-e2e-'));
  const env = { ...process.env, PORT: String(APP_PORT), DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_FILE: coordinatorSeed() };
  // No app id: the app must accept the Playground's unauthenticated calls.
  for (const k of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType']) delete env[k];
  const appCmd = process.env.KOLLEGA_E2E_APP_CMD;
  const app = appCmd ? start('app', 'sh', ['-c', appCmd], env) : start('app', process.execPath, ['dist/bot/main.js'], env);

  const pgEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' };
  const playground = start('playground', join(repo, 'node_modules', '.bin', 'agentsplayground'),
    ['-e', `${APP}/api/messages`, '-c', 'msteams', '-p', String(PG_PORT), '--disable-telemetry'], pgEnv);

  let cfg;
  try {
    await waitHttp(`${APP}/healthz`, (r) => r.status === 200, 30_000, 'app', app);
    // GET config also waits (up to 15 s) until the bot endpoint answers.
    const r = await waitHttp(`${PG}/_internal/v1/config`, (r) => r.ok, 30_000, 'Playground', playground);
    cfg = (await r.json()).config;
    await connectWs();
  } catch (e) {
    results.push(false);
    console.log(`FAIL - start: ${e.message}`);
    for (const c of [app, playground]) console.log(`# last output of ${c.name}:\n#   ${c.log.slice(-30).join('\n#   ')}`);
    return;
  }
  const personal = cfg.personalChat.id;
  const team = cfg.teams[0];
  const channel = team.channels.find((c) => c.id !== team.id) ?? team.channels[0];
  const user = cfg.currentUser;

  // (a) Welcome card. The Playground sends nothing on start; its web UI, when it opens a chat, POSTs
  // /_debug/conversation/{id}/installation, which sends installationUpdate(add) + conversationUpdate(membersAdded).
  const page = screenshotFile ? await openBrowserUi() : undefined;
  await check('welcome Adaptive Card in the personal chat on install', async () => {
    const welcome = (f) => isCreate(f) && inConv(personal)(f) && cards(f).some((c) => /Kollega/.test(cardText(c)));
    if (!page) await post(`/_debug/conversation/${encodeURIComponent(personal)}/installation`, { directLineConversationId: personal });
    try {
      await waitFrame(0, welcome, REPLY_TIMEOUT_MS, 'welcome card');
      return page ? 'install triggered by the web UI' : 'install as the web UI triggers it';
    } catch {
      // Fallback: an explicit install activity through the custom-activity API.
      const from = frames.length;
      const tpl = await (await fetch(`${PG}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(personal)}&type=install`)).json();
      await post('/_internal/v1/customActivities', tpl);
      await waitFrame(from, welcome, REPLY_TIMEOUT_MS, 'welcome card (also after a custom install activity)');
      return 'only after a custom install activity';
    }
  });
  if (page) {
    await check(`screenshot of the web UI to ${screenshotFile}`, async () => {
      await page.locator('.ac-textBlock', { hasText: 'Kollega' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: screenshotFile, fullPage: true });
    });
  }

  // (b) help in the personal chat.
  await settle();
  await check('"help" in the personal chat gets an Adaptive Card', async () => {
    const from = frames.length;
    await post(`/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, { from: { id: user.id }, text: 'help', textFormat: 'plain' });
    await waitFrame(from, (f) => isCreate(f) && inConv(personal)(f) && cards(f).length > 0, REPLY_TIMEOUT_MS, 'card reply');
  });

  // (c) @mention in a channel. Install in the team first, as Teams requires before the bot sees channel posts.
  await check('@mention with "help" in a channel gets a reply in the channel', async () => {
    await post(`/_debug/conversation/${encodeURIComponent(team.id)}/installation`, { directLineConversationId: team.id });
    await waitFrame(0, (f) => isCreate(f) && inConv(team.id)(f), 5_000, 'team welcome').catch(() => {}); // not required
    await settle();
    const from = frames.length;
    const mention = `<at>${cfg.bot.name}</at>`;
    const sent = await post(`/_conversation/v1/conversations/${encodeURIComponent(channel.id)}/messages`, {
      from: { id: user.id },
      text: `${mention} help`,
      textFormat: 'plain',
      mentions: [{ mentioned: { id: cfg.bot.id, name: cfg.bot.name }, text: mention }],
    });
    // A new channel post is its own thread: '<channel id>;messageid=<post id>'.
    const f = await waitFrame(from, (f) => isCreate(f) && inConv(channel.id)(f) && f.message?.from?.id === cfg.bot.id, REPLY_TIMEOUT_MS, 'channel reply');
    return `${f.actionConversationId === sent?.postConversationId ? 'in the thread' : f.actionConversationId}, ${cards(f).length ? 'card' : 'text'}`;
  });

  // (d) Joining: ask to join SEVERI, the coordinator's approval card arrives proactively, the coordinator
  // approves on the card, and the outcome arrives.
  await settle();
  await check('ask to join SEVERI, approve on the coordinator card, see the outcome', async () => {
    let from = frames.length;
    await post(`/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, { from: { id: user.id }, text: 'join SEVERI', textFormat: 'plain' });
    const form = await waitFrame(from, (f) => isCreate(f) && inConv(personal)(f) && cards(f).some((c) => /Ask to join: SEVERI/.test(cardText(c))), REPLY_TIMEOUT_MS, 'join form');

    from = frames.length;
    const asked = await invoke(personal, { id: user.id }, form.message.messageId, 'requestJoin', { networkId: 'severi', message: 'Hello from the Playground' });
    if (!/was sent to Elina Karioja/.test(cardText(asked?.value))) throw new Error(`unexpected answer to the request: ${cardText(asked?.value).slice(0, 200)}`);

    // The outbox (polling each second) sends the approval card after the answer.
    const approval = await waitFrame(from, (f) => isCreate(f) && inConv(personal)(f) && cards(f).some((c) => /asks to join SEVERI/.test(cardText(c))), REPLY_TIMEOUT_MS, 'approval card');
    const card = cards(approval)[0];
    const requestId = card.actions.find((a) => a.verb === 'approveJoin')?.data?.requestId;
    if (!requestId) throw new Error('the approval card has no Approve button');

    from = frames.length;
    const decided = await invoke(personal, { id: user.id }, approval.message.messageId, 'approveJoin', { requestId });
    if (!/Approved by/.test(cardText(decided?.value))) throw new Error(`unexpected answer to Approve: ${cardText(decided?.value).slice(0, 200)}`);
    await waitFrame(from, (f) => isCreate(f) && inConv(personal)(f) && cards(f).some((c) => /Welcome to SEVERI!/.test(cardText(c))), REPLY_TIMEOUT_MS, 'outcome');
    return 'request, approval card, decision and outcome through the Playground';
  });

  // (e) Events: the coordinator plans a book coffee in the personal chat; its card arrives in the team's channel;
  // a member answers Going on it and sees their own view; the channel's card then shows the new count.
  await settle();
  await check('plan an event, its card in the channel, a member answers and sees their own view', async () => {
    let from = frames.length;
    await post(`/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, { from: { id: user.id }, text: 'new event lanu', textFormat: 'plain' });
    const form = await waitFrame(from, (f) => isCreate(f) && inConv(personal)(f) && cards(f).some((c) => /New event/.test(cardText(c))), REPLY_TIMEOUT_MS, 'event form');
    const day = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' }); // YYYY-MM-DD
    const planned = await invoke(personal, { id: user.id }, form.message.messageId, 'createEvent', {
      networkId: 'lanu', kind: 'bookCoffee', titleFi: 'Lanujen kirjakahvit', titleSv: 'Lanus bokkaffe', titleEn: 'Lanu book coffee',
      descriptionFi: 'Vinkataan kirjoja.', descriptionSv: 'Vi tipsar om böcker.', startDate: day, startTime: '14:00', endTime: '15:00', capacity: '10',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_e2e%40thread.v2/0',
    });
    if (!/The event was created/.test(cardText(planned?.value))) throw new Error(`unexpected answer to Create: ${cardText(planned?.value).slice(0, 200)}`);

    // The outbox posts the announcement in the team's General channel.
    const posted = await waitFrame(from, (f) => isCreate(f) && inConv(team.id)(f) && cards(f).some((c) => /Lanu book coffee/.test(cardText(c))), REPLY_TIMEOUT_MS, 'event card in the channel');
    const eventId = cards(posted)[0].actions?.flatMap((a) => a.actions ?? [a]).find((a) => a.verb === 'rsvp')?.data?.eventId
      ?? JSON.stringify(cards(posted)[0]).match(/"eventId":"([0-9a-f-]{36})"/)?.[1];
    if (!eventId) throw new Error('the event card has no answer buttons');

    const member = cfg.users[0];
    from = frames.length;
    // A channel post is its own thread; the card lives in it.
    const answered = await invoke(posted.message.postConversationId ?? posted.actionConversationId, { id: member.id, name: member.name, aadObjectId: member.aadObjectId }, posted.message.messageId, 'rsvp', { eventId, answer: 'going' });
    const own = cardText(answered?.value);
    if (!/You are going\./.test(own)) throw new Error(`the member's card does not show their own answer: ${own.slice(0, 300)}`);
    const updated = await waitFrame(from, (f) => f.action === 'updateMessage' && cards(f).some((c) => /Going: 1 of 10/.test(cardText(c))), REPLY_TIMEOUT_MS, 'channel card with the new count');
    const userIds = cards(updated)[0].refresh?.userIds ?? [];
    if (!userIds.includes(member.id)) throw new Error(`the updated card does not refresh for the member (userIds ${JSON.stringify(userIds)})`);
    return `own view "You are going.", channel card updated, refresh for ${member.name}`;
  });

  // (f) Shared resources: the coordinator asks which escape-room games are free next March; both of the
  // children's network's games come back on one card, each with its free periods.
  await settle();
  await check('"which games are free in March?" answers with each game\'s free periods', async () => {
    const from = frames.length;
    await post(`/_conversation/v1/conversations/${encodeURIComponent(personal)}/messages`, { from: { id: user.id }, text: 'which games are free in March?', textFormat: 'plain' });
    const both = (c) => /Escape-room game 1/.test(cardText(c)) && /Escape-room game 2/.test(cardText(c)) && /March/.test(cardText(c));
    const answer = await waitFrame(from, (f) => isCreate(f) && inConv(personal)(f) && cards(f).some(both), REPLY_TIMEOUT_MS, 'free games card');
    return cardText(cards(answer).find(both)).replace(/\s+/g, ' ').slice(0, 160);
  });
}

const overall = setTimeout(async () => {
  console.log(`FAIL - overall timeout of ${OVERALL_TIMEOUT_MS / 1000} s`);
  results.push(false);
  await finish();
}, OVERALL_TIMEOUT_MS);

let finished = false;
async function finish() {
  if (finished) return;
  finished = true;
  clearTimeout(overall);
  await cleanup();
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed || !results.length ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    results.push(false);
    console.log(`FAIL - interrupted by ${sig}`);
    finish();
  });
}

main()
  .catch((e) => {
    results.push(false);
    console.log(`FAIL - harness error: ${e.stack ?? e}`);
  })
  .finally(finish);
