// The tab in a real browser: Debian's Chromium driven by playwright-core, against the built server on SQLite
// with developer sign-in (outside Teams there is no SSO). Must run inside ../shared/tools/loopback-only
// (test/support/run-in-loopback.mjs does that). Twice, as two pairs of people in two networks:
//   Finnish, light theme: a librarian asks to join SEVERI, its coordinator approves and plans an event, the
//   librarian answers Going and sees it, then the coordinator opens a mentoring season, creates a support group
//   with the new member and plans its meetings, adds a mentor found by name and a member by e-mail; the member
//   proposes a theme, votes and sends an anonymous question; the coordinator fixes the theme for the next meeting,
//   sees the question and reads the season's report (recording a meeting needs one that has begun: not here);
//   Swedish, dark theme:
//   the joining and the event in lanu. Then inside a stand-in Teams
//   host (teamsHost.html): Teams single sign-on with a token Kollega verifies against an Entra ID key stand-in,
//   the language and theme from the Teams context, a theme change followed live, and a channel tab configured
//   on its settings page (Save stores the network in the content URL) then opened on that network.
// axe-core checks every view on the way; a serious or critical violation fails the run.
// Arguments: --screenshots DIR saves the main views there (the README's pictures come from docs/).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildSync, transformSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, repo, startBuiltServer } from '../support/builtServer.mjs';

const require = createRequire(join(repo, 'package.json'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const args = process.argv.slice(2);
const shotsDir = args.includes('--screenshots') ? resolve(args[args.indexOf('--screenshots') + 1]) : undefined;

/** The tab's own catalogs (tab/web/src/i18n), so the run presses what a reader of each language sees. */
async function catalog(lang) {
  const source = readFileSync(join(repo, 'tab', 'web', 'src', 'i18n', `${lang}.ts`), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const texts = mod[lang];
  return (key, params = {}) => texts[key].replace(/\{(\w+)\}/g, (_, k) => String(params[k]));
}

let failures = 0;
const results = [];
async function step(name, fn) {
  try {
    const detail = await fn();
    results.push(`ok - ${name}${detail ? ` (${detail})` : ''}`);
  } catch (err) {
    failures++;
    results.push(`not ok - ${name}\n  ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n  ')}`);
  }
  console.log(results.at(-1));
}

/**
 * Fluent UI's focus manager (tabster) puts aria-hidden, focusable <i data-tabster-dummy> guards around lists and
 * dialogs, on purpose: they only pass focus on, and a screen reader must not read them. axe flags them under
 * aria-hidden-focus; Microsoft's own Accessibility Insights leaves these nodes out (microsoft/tabster#288,
 * accessibility-insights-web#7605), and so does this run. Every other node of that rule still counts.
 */
const focusGuard = (node) => /data-tabster-dummy|data-is-focus-trap-zone-bumper/.test(node.html);

/** axe-core on the page as it is now: the serious and critical violations, named. */
async function accessibilityProblems(page) {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return found
    .map((v) => (v.id === 'aria-hidden-focus' ? { ...v, nodes: v.nodes.filter((n) => !focusGuard(n)) } : v))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'))
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

async function expectAccessible(page, view) {
  // A dialog fading in has, for a moment, too little contrast: judge the page at rest.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const problems = await accessibilityProblems(page);
  if (problems.length) throw new Error(`axe-core found on ${view}:\n    ${problems.join('\n    ')}`);
}

async function shot(page, name) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

/** A fresh browser context signed in (developer sign-in) as `personLabel`, on the tab in `lang` and `theme`. */
async function signIn(browser, base, { lang, theme, person }) {
  const t = await catalog(lang);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: lang === 'sv' ? 'sv-FI' : lang === 'fi' ? 'fi-FI' : 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.log(`# page error: ${err.message}`));
  await page.goto(`${base}/tab/?lang=${lang}&theme=${theme}`);
  await page.getByRole('button', { name: t('dev.signInAs', { name: person }) }).click();
  await page.getByRole('tab', { name: t('nav.networks') }).waitFor();
  return { page, t, context };
}

async function flow(browser, base, o) {
  const tag = `${o.lang}-${o.theme}`;
  const member = await signIn(browser, base, { lang: o.lang, theme: o.theme, person: o.member });
  const boss = await signIn(browser, base, { lang: o.lang, theme: o.theme, person: o.coordinator });
  const networkName = o.networkName;

  await step(`[${tag}] a librarian asks to join ${networkName}`, async () => {
    const { page, t } = member;
    await page.getByRole('tab', { name: t('nav.networks') }).click();
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: networkName }) });
    await card.getByRole('button', { name: t('networks.askToJoin') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('join.library')).fill(o.library);
    await dialog.getByLabel(t('join.message')).fill(o.message);
    await expectAccessible(page, 'the join dialog');
    await dialog.getByRole('button', { name: t('join.send') }).click();
    await card.getByText(t('networks.standing.pending')).waitFor();
    await expectAccessible(page, 'my networks');
    await shot(page, `tab-${tag}-networks`);
    return t('networks.standing.pending');
  });

  await step(`[${tag}] the coordinator approves the request and plans an event`, async () => {
    const { page, t } = boss;
    await page.getByRole('tab', { name: t('nav.coordinate') }).click();
    const request = page.getByRole('article').filter({ hasText: o.message });
    await request.getByRole('button', { name: t('coord.approve') }).click();
    await request.waitFor({ state: 'detached' });
    await expectAccessible(page, 'the coordinator view');

    await page.getByRole('button', { name: t('coord.newEvent') }).first().click();
    const form = page.getByRole('dialog');
    const day = new Date(Date.now() + 10 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    await form.getByLabel(t('form.titleFi')).fill(o.event.fi);
    await form.getByLabel(t('form.titleSv')).fill(o.event.sv);
    await form.getByLabel(t('form.descriptionFi')).fill('Vinkataan kirjoja ja kerrotaan käytännöistä.');
    await form.getByLabel(t('form.descriptionSv')).fill('Vi tipsar om böcker och berättar om praxis.');
    await form.getByLabel(t('form.startDate')).fill(day);
    await form.getByLabel(t('form.startTime')).fill('14:00');
    await form.getByLabel(t('form.endTime')).fill('15:00');
    await form.getByLabel(t('form.capacity')).fill('12');
    await expectAccessible(page, 'the event form');
    await form.getByRole('button', { name: t('form.create') }).click();
    await page.getByText(t('coord.created')).waitFor();
    await page.getByRole('heading', { name: o.event[o.lang] }).first().waitFor();
    await shot(page, `tab-${tag}-coordinate`);
    return o.event[o.lang];
  });

  await step(`[${tag}] the new member answers Going and sees their answer`, async () => {
    const { page, t } = member;
    await page.reload();
    await page.getByRole('tab', { name: t('nav.networks') }).click();
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: networkName }) });
    await card.getByText(t('networks.standing.member')).waitFor();
    await page.getByRole('tab', { name: t('nav.events') }).click();
    const event = page.getByRole('article').filter({ has: page.getByRole('heading', { name: o.event[o.lang] }) });
    await event.getByRole('button', { name: t('events.answer.going') }).click();
    await event.getByText(t('events.you.going')).waitFor();
    await expectAccessible(page, 'the events');
    await shot(page, `tab-${tag}-events`);
    return t('events.you.going');
  });

  await step(`[${tag}] the coordinator sees who is coming`, async () => {
    const { page, t } = boss;
    await page.reload();
    await page.getByRole('tab', { name: t('nav.coordinate') }).click();
    await page.getByRole('button', { name: t('coord.attendees') }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(o.member).waitFor();
    await expectAccessible(page, 'who is coming');
    return `${o.member} going`;
  });
  if (o.mentoring) await mentoringSteps(member, boss, o);
  await member.context.close();
  await boss.context.close();
}

/** A Finnish date `days` from today, as a date input takes it. */
const dayFromNow = (days) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The support group the run creates, as a card on the page. */
const groupCard = (page) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Seniorityön tukiryhmä' }) });

/** A name with a {when} in it, for a meeting's own button or field whatever its time: a RegExp over the whole name. */
function perMeeting(t, key) {
  const [before, after] = t(key, { when: '\u0000' }).split('\u0000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${before}.+${after}$`);
}

async function mentoringSteps(member, boss, o) {
  const tag = `${o.lang}-${o.theme}`;
  await step(`[${tag}] the coordinator opens a mentoring season, creates a support group and plans its monthly meetings`, async () => {
    const { page, t } = boss;
    await page.reload();
    await page.getByRole('tab', { name: t('nav.group') }).click();
    await page.getByRole('button', { name: t('mentoring.openSeason') }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('mentoring.nameFi')).fill('Selainkausi');
    await dialog.getByLabel(t('mentoring.nameSv')).fill('Webbläsarsäsongen');
    await dialog.getByLabel(t('mentoring.startsOn')).fill(dayFromNow(1));
    await dialog.getByLabel(t('mentoring.endsOn')).fill(dayFromNow(150));
    await expectAccessible(page, 'the season form');
    await dialog.getByRole('button', { name: t('mentoring.open') }).click();
    await page.getByRole('heading', { name: 'Selainkausi' }).waitFor();

    await page.getByRole('button', { name: t('mentoring.newGroup') }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('mentoring.nameFi')).fill('Seniorityön tukiryhmä');
    await dialog.getByLabel(t('mentoring.nameSv')).fill('Stödgruppen för seniorarbete');
    await dialog.getByLabel(t('mentoring.focusFi')).fill('Seniorityö');
    await dialog.getByLabel(t('mentoring.focusSv')).fill('Seniorarbete');
    await dialog.getByLabel(t('mentoring.network')).selectOption({ label: o.networkName });
    await dialog.getByLabel(t('mentoring.asMember', { name: o.member })).check();
    await expectAccessible(page, 'the group form');
    await dialog.getByRole('button', { name: t('mentoring.create') }).click();
    const group = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Seniorityön tukiryhmä' }) });
    await group.getByText(t('mentoring.members', { count: 1 })).waitFor();

    await group.getByRole('button', { name: t('mentoring.planMeetings') }).click();
    await expectAccessible(page, 'the meetings form');
    await page.getByRole('dialog').getByRole('button', { name: t('mentoring.plan') }).click();
    await group.getByRole('heading', { name: t('mentoring.meetings') }).waitFor();
    const meetings = await group.getByRole('list', { name: t('mentoring.meetings') }).getByRole('listitem').count();
    if (meetings < 4) throw new Error(`only ${meetings} meetings planned for five months`);
    // The last meeting is cancelled from its own button; the list then says so.
    await group.getByRole('button', { name: new RegExp(`^${t('mentoring.cancelMeeting', { when: '' })}`) }).last().click();
    await group.getByText(`(${t('mentoring.cancelled')})`).waitFor();
    await expectAccessible(page, 'the season planner');
    await shot(page, `tab-${tag}-mentoring`);
    return `${meetings} meetings`;
  });

  await step(`[${tag}] the coordinator adds a mentor found by name and a member by e-mail, and sees them in the group`, async () => {
    const { page, t } = boss;
    const group = groupCard(page);
    // Someone Kollega knows and in no group yet: the English developer librarian, known once signed in.
    const known = await page.evaluate(async () => {
      const res = await fetch('/api/dev/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personId: 'librarian:dev-en' }) });
      return res.status;
    });
    if (known !== 200) throw new Error(`the developer sign-in answered ${known}`);
    const mentor = 'Developer Librarian (en)';
    await group.getByRole('button', { name: t('mentoring.managePeople') }).click();
    await group.getByLabel(t('mentoring.findPeople')).fill('developer');
    await group.getByRole('button', { name: t('mentoring.search'), exact: true }).click();
    await group.getByRole('button', { name: t('mentoring.addAsMentorNamed', { name: mentor }) }).click();
    await group.getByText(`${mentor} (${t('mentoring.role.mentor')})`).waitFor();
    await group.getByText(t('mentoring.alreadyInGroup')).waitFor();

    await group.getByRole('button', { name: t('mentoring.addByEmail') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('mentoring.email')).fill('uusi.kollega@kirjasto.example.org');
    await dialog.getByLabel(t('mentoring.personName')).fill('Uusi Kollega');
    await expectAccessible(page, 'the add-by-e-mail form');
    await dialog.getByRole('button', { name: t('mentoring.add'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await group.getByText(`Uusi Kollega (${t('mentoring.role.member')})`).waitFor();
    await expectAccessible(page, "managing the group's people");
    await shot(page, `tab-${tag}-group-people`);
    return `${mentor}, Uusi Kollega`;
  });

  await step(`[${tag}] a member proposes a theme and votes for it`, async () => {
    const { page, t } = member;
    await page.reload();
    await page.getByRole('tab', { name: t('nav.group') }).click();
    const group = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Seniorityön tukiryhmä' }) });
    await group.getByText(t('mentoring.role.member')).first().waitFor();
    await group.getByLabel(t('mentoring.newTheme')).fill('Digituki senioreille');
    await group.getByRole('button', { name: t('mentoring.propose') }).click();
    await group.getByText(t('mentoring.themeVotes', { title: 'Digituki senioreille', count: 0 })).waitFor();
    await group.getByRole('button', { name: t('mentoring.vote') }).click();
    await group.getByText(t('mentoring.themeVotes', { title: 'Digituki senioreille', count: 1 })).waitFor();
    await expectAccessible(page, 'my group');
    return t('mentoring.themeVotes', { title: 'Digituki senioreille', count: 1 });
  });

  const question = 'Miten saan seniorit mukaan digitukeen?';
  await step(`[${tag}] the member sends an anonymous question for the next meeting and sees it listed without a name`, async () => {
    const { page, t } = member;
    const group = groupCard(page);
    await group.getByRole('button', { name: perMeeting(t, 'mentoring.questionsFor') }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(t('mentoring.noQuestions')).waitFor();
    await dialog.getByLabel(t('mentoring.yourQuestion')).fill(question);
    await dialog.getByLabel(t('mentoring.askAnonymously')).check();
    await dialog.getByRole('button', { name: t('mentoring.sendQuestion') }).click();
    await dialog.getByText(`${question} — ${t('mentoring.anonymous')}`).waitFor();
    await dialog.getByText(t('mentoring.questionSentAnonymous')).waitFor();
    await expectAccessible(page, 'the questions of a meeting');
    await shot(page, `tab-${tag}-questions`);
    await dialog.getByRole('button', { name: t('common.close') }).click();
    return t('mentoring.anonymous');
  });

  await step(`[${tag}] the coordinator fixes the proposed theme for the next meeting, sees the question and reads the season's report`, async () => {
    const { page, t } = boss;
    const theme = 'Digituki senioreille';
    await page.reload();
    await page.getByRole('tab', { name: t('nav.group') }).click();
    const group = groupCard(page);
    await group.getByRole('combobox', { name: perMeeting(t, 'mentoring.themeFor') }).first().selectOption({ label: theme });
    await group.getByRole('button', { name: perMeeting(t, 'mentoring.fixThemeFor') }).first().click();
    await group.getByText(`: ${theme}`).waitFor();

    await group.getByRole('button', { name: perMeeting(t, 'mentoring.questionsFor') }).first().click();
    let dialog = page.getByRole('dialog');
    await dialog.getByText(`${question} — ${t('mentoring.anonymous')}`).waitFor();
    if (await dialog.getByLabel(t('mentoring.yourQuestion')).count()) throw new Error('a coordinator outside the group is offered the question form');
    await dialog.getByRole('button', { name: t('common.close') }).click();

    await page.getByRole('button', { name: t('mentoring.showReport') }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Seniorityön tukiryhmä' }).waitFor();
    const figure = (key) => dialog.locator('dt', { hasText: t(key) }).locator('xpath=following-sibling::dd[1]').innerText();
    const cancelled = await figure('mentoring.report.meetingsCancelled');
    const size = await figure('mentoring.report.groupSize');
    if (cancelled !== '1' || size !== '3') throw new Error(`the report says ${cancelled} cancelled, group of ${size} (expected 1 and 3)`);
    await expectAccessible(page, "the season's report");
    await shot(page, `tab-${tag}-report`);
    await dialog.getByRole('button', { name: t('common.close') }).click();
    return `${theme}; ${t('mentoring.report.groupSize')} ${size}`;
  });
}

/** The jest suites' Entra ID key stand-in (test/fixtures/entraTokens.ts), bundled for this script. */
async function entraStandIn() {
  const outfile = join(repo, 'node_modules', '.cache', 'kollega', 'entraTokens.mjs');
  buildSync({ entryPoints: [join(repo, 'test', 'fixtures', 'entraTokens.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return import(outfile);
}

const TENANT = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';
const backgroundOf = (frame) => frame.locator('body').evaluate((b) => getComputedStyle(b.querySelector('.fui-FluentProvider') ?? b).backgroundColor);
const isDark = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((n, c) => n + Number(c), 0) < 3 * 100;

async function inTeams(browser, base, entra, appIdUri) {
  const t = await catalog('sv');
  const person = { oid: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', tid: TENANT, name: 'Stina Teamsdotter', preferred_username: 'stina@kirjasto.example.org' };
  const token = await entra.sign(person);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  // The stand-in host is served on the tab's own origin, as Teams' own pages are trusted by teams-js.
  await context.route(`${base}/teams-host.html*`, (route) => route.fulfill({ contentType: 'text/html', body: readFileSync(join(repo, 'test', 'browser', 'teamsHost.html'), 'utf8') }));
  const query = new URLSearchParams({ locale: 'sv-FI', theme: 'dark', token, oid: person.oid, tid: TENANT });
  await page.goto(`${base}/teams-host.html?${query}`);
  const tab = page.frameLocator('#tab');

  await step('[teams] signs in with Teams SSO, in the language and theme of the Teams context', async () => {
    await tab.getByText(t('app.signedInAs', { name: person.name })).waitFor();
    await tab.getByRole('tab', { name: t('nav.networks') }).waitFor();
    if (await tab.getByText(t('dev.banner')).count()) throw new Error('the developer sign-in shows inside Teams');
    const calls = await page.evaluate(() => window.hostCalls);
    if (!calls.includes('authentication.getAuthToken')) throw new Error(`the tab never asked Teams for a token (${calls.join(', ')})`);
    const background = await backgroundOf(tab);
    if (!isDark(background)) throw new Error(`the dark Teams theme shows a light page (${background})`);
    return `${person.name}, ${background}`;
  });

  await step('[teams] follows a theme change at once', async () => {
    await page.evaluate(() => window.changeTheme('default'));
    await page.waitForFunction(() => {
      const body = document.getElementById('tab').contentDocument.body;
      const bg = getComputedStyle(body.querySelector('.fui-FluentProvider') ?? body).backgroundColor;
      return bg.match(/\d+/g).slice(0, 3).reduce((n, c) => n + Number(c), 0) >= 3 * 200;
    });
    await page.evaluate(() => window.changeTheme('contrast'));
    await page.waitForFunction(() => {
      const body = document.getElementById('tab').contentDocument.body;
      const bg = getComputedStyle(body.querySelector('.fui-FluentProvider') ?? body).backgroundColor;
      return bg.match(/\d+/g).slice(0, 3).reduce((n, c) => n + Number(c), 0) < 3 * 30;
    });
    return 'dark → light → high contrast';
  });

  await step('[teams] the channel tab\'s settings save a network, and the channel tab opens on it', async () => {
    const settings = await context.newPage();
    await settings.goto(`${base}/teams-host.html?${new URLSearchParams({ ...Object.fromEntries(query), frame: 'settings', src: '/tab/?view=config' })}`);
    const config = settings.frameLocator('#tab');
    await config.getByLabel(t('config.network')).selectOption({ label: 'SEVERI' });
    await settings.waitForFunction(() => window.hostMessages.some((m) => m.func === 'settings.setValidityState' && m.args[0] === true));
    await expectAccessible(settings.frame({ url: /\/tab\// }), 'the channel tab settings');
    await settings.evaluate(() => window.pressSave());
    await settings.waitForFunction(() => window.hostCalls.includes('settings.save.success'));
    const saved = await settings.evaluate(() => window.hostMessages.find((m) => m.func === 'settings.setSettings').args[0]);
    if (!/\/tab\/\?network=severi$/.test(saved.contentUrl) || saved.suggestedDisplayName !== 'SEVERI') throw new Error(`saved ${JSON.stringify(saved)}`);
    await settings.goto(`${base}/teams-host.html?${new URLSearchParams({ ...Object.fromEntries(query), src: new URL(saved.contentUrl).pathname + new URL(saved.contentUrl).search })}`);
    await settings.frameLocator('#tab').getByRole('heading', { name: 'SEVERI' }).first().waitFor();
    await settings.close();
    return new URL(saved.contentUrl).search;
  });

  await step('[teams] a token for another audience signs nobody in', async () => {
    const forged = await entra.sign({ ...person, aud: 'api://someone-else.example.org/app' });
    const res = await page.evaluate(async (tok) => (await fetch('/api/me', { headers: { authorization: `Bearer ${tok}` } })).status, forged);
    if (res !== 401) throw new Error(`/api/me answered ${res} to a token for another audience`);
    return `401 (audience ${appIdUri} only)`;
  });
  await context.close();
}

let server;
let browser;
let entra;
const overall = setTimeout(() => {
  console.log('not ok - the browser run took over 4 minutes');
  process.exit(1);
}, 240_000);
try {
  const fixtures = await entraStandIn();
  entra = await fixtures.startEntraStandIn();
  server = await startBuiltServer({ TAB_DEV_SIGN_IN: 'true', TAB_APP_ID_URI: fixtures.TAB_APP_ID_URI, TAB_ALLOWED_TENANTS: TENANT, ENTRA_AUTHORITY_HOST: entra.authorityHost });
  const base = server.url;
  browser = await chromium.launch(chromiumLaunchOptions);
  await flow(browser, base, {
    lang: 'fi',
    theme: 'light',
    member: 'Kehittäjä Kirjastolainen (fi)',
    coordinator: 'Elina Karioja',
    networkName: 'SEVERI',
    library: 'Porvoon kaupunginkirjasto',
    message: 'Teen seniorityötä Porvoossa.',
    event: { fi: 'SEVERIn kirjakahvit', sv: 'SEVERIs bokkaffe' },
    mentoring: true,
  });
  await flow(browser, base, {
    lang: 'sv',
    theme: 'dark',
    member: 'Utvecklare Bibliotekarie (sv)',
    coordinator: 'Tiina Rajala',
    networkName: 'Barn- och ungdomsbiblioteksarbete i Nyland',
    library: 'Borgå stadsbibliotek',
    message: 'Jag jobbar med barn och unga i Borgå.',
    event: { fi: 'Lanujen ideakahvit', sv: 'Lanus idékaffe' },
  });
  await inTeams(browser, base, entra, fixtures.TAB_APP_ID_URI);
} catch (err) {
  failures++;
  console.log(`not ok - the browser run could not run: ${err?.stack ?? err}`);
  if (server) console.log(server.log().split('\n').slice(-20).join('\n'));
} finally {
  clearTimeout(overall);
  await browser?.close();
  server?.stop();
  await entra?.close();
}
console.log(`${results.filter((r) => r.startsWith('ok')).length} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
