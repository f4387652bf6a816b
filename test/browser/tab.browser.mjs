// The tab in a real browser: Debian's Chromium driven by playwright-core, against the built server on SQLite
// with developer sign-in (outside Teams there is no SSO). Must run inside ../shared/tools/loopback-only
// (test/support/run-in-loopback.mjs does that). Twice, as two pairs of people in two networks:
//   Finnish, light theme: a librarian asks to join SEVERI, its coordinator approves and plans an event, the
//   librarian answers Going and sees it, then the coordinator opens a mentoring season, creates a support group
//   with the new member and plans its meetings, adds a mentor found by name and a member by e-mail; the member
//   proposes a theme, votes and sends an anonymous question; the coordinator fixes the theme for the next meeting,
//   sees the question and reads the season's report (recording a meeting needs one that has begun: not here);
//   then the staff exchange: the librarian fills in an application (an impossible date range is refused with the
//   server's reason and saves nothing), saves a draft, reopens it and sends it; the supervisor (signed in as the
//   person the application names by e-mail) confirms; the coordinator records the consent of the host library
//   (outside Kollega), sets the year's budget, approves the costs, sees the application under its state and the
//   budget's grant, and downloads the year's CSV; the applicant sees the agreed exchange and who recorded what;
//   Swedish, dark theme:
//   the joining and the event in lanu; the library directory searched by a Finnish name, the exchange stories, a
//   reciprocal application sent at once, the coordinator recording an outside supervisor's request for changes, the
//   applicant withdrawing, and the coordinator's exchange overview; then the network's shared resources: a member
//   books an escape-room game (an overlapping booking refused with the server's reason), the coordinator confirms,
//   hands it over and takes it back with parts missing, declines another with a reason the member reads, and
//   publishes the reading challenge and the PRAO guide, which the member reads, also in the channel tab. Then
//   inside a stand-in Teams host (teamsHost.html): Teams single sign-on with a token Kollega verifies against an
//   Entra ID key stand-in, the language and theme from the Teams context, a theme change followed live, and a
//   channel tab configured on its settings page (Save stores the network in the content URL) then opened on that
//   network. Last, in English, a librarian downloads everything Kollega holds about them and erases it,
//   confirming first.
// axe-core checks every view on the way; a serious or critical violation fails the run.
// Arguments: --screenshots DIR saves the main views there (the README's pictures come from docs/).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, repo, startBuiltServer } from '../support/builtServer.mjs';

const require = createRequire(join(repo, 'package.json'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const args = process.argv.slice(2);
const shotsDir = args.includes('--screenshots') ? resolve(args[args.indexOf('--screenshots') + 1]) : undefined;

/** A TypeScript module of the repo, bundled with what it imports (catalogs spread in others), loaded here. */
async function importTs(...segments) {
  const { outputFiles } = buildSync({ entryPoints: [join(repo, ...segments)], bundle: true, format: 'esm', platform: 'neutral', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** The tab's own catalogs (tab/web/src/i18n), so the run presses what a reader of each language sees. */
async function catalog(lang) {
  const texts = (await importTs('tab', 'web', 'src', 'i18n', `${lang}.ts`))[lang];
  return (key, params = {}) => texts[key].replace(/\{(\w+)\}/g, (_, k) => String(params[k]));
}

/** The server's staff-exchange messages (shared/i18n/catalogs/exchange), for the refusals the tab shows as they come. */
async function serverExchangeCatalog(lang) {
  return Object.values(await importTs('shared', 'i18n', 'catalogs', 'exchange', `${lang}.ts`))[0];
}

/** The server's texts about shared resources (shared/i18n/catalogs/resources), for the refusals the tab shows as they come. */
async function serverResourcesCatalog(lang) {
  return Object.values(await importTs('shared', 'i18n', 'catalogs', 'resources', `${lang}.ts`))[0];
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
  if (o.exchange === 'full') await exchangeSteps(browser, base, member, boss, o);
  if (o.exchange === 'look') await exchangeLook(member, boss, o);
  if (o.resources) await resourceSteps(member, boss, o);
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

/**
 * A visit the run can plan on any day it runs: Tuesday and Wednesday of a week at least four weeks ahead, in a month
 * with no public holiday on a weekday (February, July to November), so only the rule under test bites. `tooLongEnd`
 * is the Friday of the next week: eight working days, more than a visit may last.
 */
function exchangeDates() {
  const quiet = new Set([2, 7, 8, 9, 10, 11]);
  const iso = (d) => d.toISOString().slice(0, 10);
  const day = new Date(Date.now() + 28 * 86_400_000);
  day.setUTCHours(12, 0, 0, 0);
  for (;;) {
    const end = new Date(day.getTime() + 10 * 86_400_000);
    if (day.getUTCDay() === 2 && quiet.has(day.getUTCMonth() + 1) && quiet.has(end.getUTCMonth() + 1)) {
      return { startsOn: iso(day), endsOn: iso(new Date(day.getTime() + 86_400_000)), tooLongEnd: iso(end), year: day.getUTCFullYear() };
    }
    day.setTime(day.getTime() + 86_400_000);
  }
}

/** Intl puts no-break spaces in "2 000,00 €"; the run compares with plain ones. */
const plainSpaces = (s) => s.replace(/[\u00a0\u202f]/g, ' ').trim();
const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
/** The value next to a label in a card's description list. */
const figure = async (scope, label) => plainSpaces(await scope.locator('dt', { hasText: label }).first().locator('xpath=following-sibling::dd[1]').innerText());
async function waitForFigure(scope, label, expected) {
  for (let i = 0; i < 50; i++) {
    if ((await figure(scope, label).catch(() => '')) === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${label} shows ${await figure(scope, label)}, not ${expected}`);
}

/** Who the run's application names, and what it says. */
const exchangeApplication = {
  supervisorName: 'Sanna Esihenkilö',
  supervisorEmail: 'sanna.esihenkilo@porvoo.example.fi',
  hostContactName: 'Lotta Vastaanottaja',
  hostContactEmail: 'lotta.vastaanottaja@loviisa.example.fi',
  mentorName: 'Maija Työpaikkaohjaaja',
};

async function pickLibrary(page, dialog, label, typed, name) {
  const box = dialog.getByRole('combobox', { name: startsWith(label) });
  await box.pressSequentially(typed);
  await page.getByRole('option', { name: startsWith(name) }).click();
  const value = await box.inputValue();
  if (!value.startsWith(name)) throw new Error(`the ${label} picker shows "${value}" after picking ${name}`);
}

/** The staff exchange from application to agreement, in Finnish, across the applicant, the supervisor and the coordinator. */
async function exchangeSteps(browser, base, member, boss, o) {
  const tag = `${o.lang}-${o.theme}`;
  const dates = exchangeDates();
  const a = exchangeApplication;
  const server = await serverExchangeCatalog(o.lang);
  const cardOf = (page, t) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: t('exchange.card.title', { host: 'Loviisan kaupunginkirjasto' }) }) });
  const openExchange = async ({ page, t }) => {
    await page.reload();
    await page.getByRole('tab', { name: t('nav.exchange') }).click();
  };

  await step(`[${tag}] a librarian fills in an exchange application; an impossible date range is refused with the server's reason, then the draft is saved`, async () => {
    const { page, t } = member;
    await openExchange(member);
    await page.getByText(t('exchange.mine.none')).waitFor();
    await expectAccessible(page, 'my exchanges');
    await page.getByRole('button', { name: t('exchange.mine.new') }).click();
    const dialog = page.getByRole('dialog');
    // Borgå is Porvoo in Swedish: the picker finds a library by either name.
    await pickLibrary(page, dialog, t('exchange.form.home'), 'Borgå', 'Porvoon kaupunginkirjasto');
    await pickLibrary(page, dialog, t('exchange.form.host'), 'Lovisa', 'Loviisan kaupunginkirjasto');
    await dialog.getByText(t('exchange.form.bilingualHost')).waitFor();
    await dialog.getByLabel(t('exchange.form.startsOn'), { exact: true }).fill(dates.startsOn);
    await dialog.getByLabel(t('exchange.form.endsOn'), { exact: true }).fill(dates.tooLongEnd);
    await dialog.getByLabel(t('exchange.form.expectations')).fill('Haluan nähdä, miten Loviisassa tehdään seniorityötä kahdella kielellä.');
    await dialog.getByLabel(t('exchange.form.expertise')).fill('Seniorityö');
    await dialog.getByLabel(t('exchange.form.languagePracticeSuggested')).check();
    await dialog.getByLabel(t('exchange.form.supervisorName')).fill(a.supervisorName);
    await dialog.getByLabel(t('exchange.form.supervisorEmail')).fill(a.supervisorEmail);
    await dialog.getByLabel(t('exchange.form.hostContactName')).fill(a.hostContactName);
    await dialog.getByLabel(t('exchange.form.hostContactEmail')).fill(a.hostContactEmail);
    await dialog.getByLabel(t('exchange.form.travel')).fill('45,90');
    await dialog.getByLabel(t('exchange.form.stay')).fill('120');
    await expectAccessible(page, 'the exchange application form');
    await shot(page, `tab-${tag}-exchange-form`);

    await dialog.getByRole('button', { name: t('exchange.form.saveDraft') }).click();
    await dialog.getByRole('alert').getByText(server['exchange.error.visit.tooLong']).waitFor();
    await dialog.getByLabel(t('exchange.form.endsOn'), { exact: true }).fill(dates.endsOn);
    await dialog.getByRole('button', { name: t('exchange.form.saveDraft') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(t('exchange.form.saved')).waitFor();
    const card = cardOf(page, t);
    await card.getByText(t('exchange.state.draft'), { exact: true }).waitFor();
    // The refused save left nothing behind: the one draft is the one saved after it.
    const count = await page.getByRole('list', { name: t('exchange.mine.own') }).getByRole('article').count();
    if (count !== 1) throw new Error(`${count} applications listed after one refused and one saved draft`);
    await expectAccessible(page, 'a saved draft');
    return server['exchange.error.visit.tooLong'];
  });

  await step(`[${tag}] the librarian reopens the draft later and sends it to the supervisor`, async () => {
    const { page, t } = member;
    await openExchange(member);
    const card = cardOf(page, t);
    await card.getByRole('button', { name: t('exchange.step.edit') }).click();
    const dialog = page.getByRole('dialog');
    const kept = await dialog.getByLabel(t('exchange.form.supervisorEmail')).inputValue();
    const travel = await dialog.getByLabel(t('exchange.form.travel')).inputValue();
    if (kept !== a.supervisorEmail || travel !== '45,90') throw new Error(`the draft reopened with ${kept} and ${travel} €`);
    await dialog.getByRole('button', { name: t('exchange.form.send'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(t('exchange.form.sent')).waitFor();
    await card.getByText(t('exchange.state.supervisorReview'), { exact: true }).waitFor();
    await card.getByText(t('exchange.history.entry', { name: o.member, party: t('exchange.party.applicant'), action: t('exchange.action.submit') })).waitFor();
    await expectAccessible(page, 'a sent application');
    await shot(page, `tab-${tag}-exchange`);
    return t('exchange.state.supervisorReview');
  });

  await step(`[${tag}] the supervisor, signed in as the person with the supervisor's e-mail, confirms the exchange`, async () => {
    const supervisor = await signIn(browser, base, { lang: o.lang, theme: o.theme, person: a.supervisorName });
    const { page, t } = supervisor;
    try {
      await page.getByRole('tab', { name: t('nav.exchange') }).click();
      const card = page.getByRole('list', { name: t('exchange.mine.others') }).getByRole('article');
      await card.getByText(t('exchange.card.yourPart', { parts: t('exchange.party.supervisor') })).waitFor();
      await expectAccessible(page, "the supervisor's exchanges");
      await card.getByRole('button', { name: t('exchange.step.confirm') }).click();
      await card.getByText(t('exchange.state.hostReview'), { exact: true }).waitFor();
      if (await card.getByRole('button', { name: t('exchange.step.confirm') }).count()) throw new Error('the supervisor may still confirm');
    } finally {
      await supervisor.context.close();
    }
    return t('exchange.state.hostReview');
  });

  const row = (page, t) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: `${o.member} — ${t('exchange.card.title', { host: 'Loviisan kaupunginkirjasto' })}` }) });
  const group = (page, t, state) => page.getByRole('heading', { name: t('exchange.overview.stateCount', { state: t(`exchange.state.${state}`), count: 1 }) });

  await step(`[${tag}] the coordinator records the consent of the host library (outside Kollega) and its workplace mentor`, async () => {
    const { page, t } = boss;
    await openExchange(boss);
    await page.getByRole('tab', { name: t('exchange.part.coordination') }).click();
    await page.getByLabel(t('exchange.overview.year')).selectOption(String(dates.year));
    await group(page, t, 'hostReview').waitFor();
    await row(page, t).getByRole('button', { name: startsWith(t('exchange.overview.open')) }).click();
    await row(page, t).getByRole('button', { name: t('exchange.record.host.acceptAsHost') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('exchange.mentor.name')).fill(a.mentorName);
    await expectAccessible(page, 'recording the host library’s consent');
    await dialog.getByRole('button', { name: t('exchange.step.acceptAsHost'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await group(page, t, 'coordinatorReview').waitFor();
    return t('exchange.state.coordinatorReview');
  });

  await step(`[${tag}] the coordinator sets the year's budget, approves the costs, and sees the application agreed and the budget granted`, async () => {
    const { page, t } = boss;
    const budget = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'AKE Porvoo', exact: true }) });
    if ((await figure(budget, t('exchange.budget.amountShort'))) !== t('exchange.budget.notSet')) throw new Error('a budget is set before the coordinator set one');
    await budget.getByRole('button', { name: t('exchange.budget.set') }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('exchange.budget.amount', { year: dates.year })).fill('2000');
    await dialog.getByRole('button', { name: t('exchange.budget.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForFigure(budget, t('exchange.budget.amountShort'), '2 000,00 €');
    await waitForFigure(budget, t('exchange.budget.left'), '2 000,00 €');

    await row(page, t).getByRole('button', { name: startsWith(t('exchange.overview.open')) }).click();
    await row(page, t).getByRole('button', { name: t('exchange.step.approveCosts') }).click();
    dialog = page.getByRole('dialog');
    const prefilled = await dialog.getByLabel(t('exchange.approve.granted')).inputValue();
    if (prefilled !== '165,90') throw new Error(`the grant is prefilled with ${prefilled}, not the estimate 165,90`);
    await expectAccessible(page, 'approving the costs');
    await dialog.getByRole('button', { name: t('exchange.approve.submit'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await group(page, t, 'approved').waitFor();
    await waitForFigure(budget, t('exchange.budget.granted'), '165,90 €');
    await waitForFigure(budget, t('exchange.budget.left'), '1 834,10 €');
    await page.getByRole('table', { name: t('exchange.counts.byLibrary') }).getByText('Loviisan kaupunginkirjasto').waitFor();
    await expectAccessible(page, "the coordinator's exchange overview");
    await shot(page, `tab-${tag}-exchange-coordination`);
    return `${t('exchange.budget.left')} 1 834,10 €`;
  });

  await step(`[${tag}] the coordinator downloads the year's exchanges as CSV`, async () => {
    const { page, t } = boss;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('exchange.overview.csv') }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    for (const expected of [o.member, server['exchange.state.approved'], 'Loviisan kaupunginkirjasto', '165.90', a.mentorName]) {
      if (!csv.includes(expected)) throw new Error(`the CSV has no "${expected}":\n${csv}`);
    }
    return download.suggestedFilename();
  });

  await step(`[${tag}] the applicant sees the exchange agreed, with the host's consent shown as recorded by the coordinator`, async () => {
    const { page, t } = member;
    await openExchange(member);
    const card = cardOf(page, t);
    await card.getByText(t('exchange.state.approved'), { exact: true }).waitFor();
    await card.getByText(a.mentorName).waitFor();
    const recorded = t('exchange.history.recorded', { party: t('exchange.party.host'), action: t('exchange.action.acceptAsHost'), name: o.coordinator });
    await card.getByText(recorded.charAt(0).toLocaleUpperCase('fi') + recorded.slice(1)).waitFor();
    await card.getByText(t('exchange.history.entry', { name: a.supervisorName, party: t('exchange.party.supervisor'), action: t('exchange.action.confirm') })).waitFor();
    await expectAccessible(page, 'an agreed exchange');
    return t('exchange.state.approved');
  });
}

/**
 * The staff exchange in Swedish and the dark theme: the directory, the stories, a reciprocal application sent at once,
 * the coordinator recording an outside supervisor's request for changes (a reason is required), the applicant
 * withdrawing, and the overview with the exchange agreed in the Finnish run.
 */
async function exchangeLook(member, boss, o) {
  const tag = `${o.lang}-${o.theme}`;
  const dates = exchangeDates();
  const weekLater = (date) => new Date(Date.parse(`${date}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const cardOf = (page, t) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: t('exchange.card.title', { host: 'Lovisa stadsbibliotek' }) }) });
  const openCoordination = async ({ page, t }) => {
    await page.reload();
    await page.getByRole('tab', { name: t('nav.exchange') }).click();
    await page.getByRole('tab', { name: t('exchange.part.coordination') }).click();
    await page.getByLabel(t('exchange.overview.year')).selectOption(String(dates.year));
  };

  await step(`[${tag}] the library directory finds a library by its Finnish name, filtered to bilingual municipalities of a region`, async () => {
    const { page, t } = member;
    await page.reload();
    await page.getByRole('tab', { name: t('nav.exchange') }).click();
    await page.getByRole('tab', { name: t('exchange.part.libraries') }).click();
    await page.getByLabel(t('exchange.libraries.region'), { exact: true }).selectOption('uusimaa');
    await page.getByRole('switch', { name: t('exchange.libraries.bilingualOnly') }).check();
    await page.getByLabel(t('exchange.libraries.search')).fill('Porvoo');
    await page.getByText(t('exchange.libraries.count', { count: 1 })).waitFor();
    const library = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Borgå stadsbibliotek' }) });
    await library.getByText(t('exchange.library.bilingual')).waitFor();
    await library.getByRole('link', { name: 'paakirjasto@porvoo.fi' }).waitFor();
    await expectAccessible(page, 'the library directory');
    await shot(page, `tab-${tag}-libraries`);
    return 'Borgå stadsbibliotek';
  });

  await step(`[${tag}] the exchange stories, and a reciprocal application sent at once`, async () => {
    const { page, t } = member;
    await page.getByRole('tab', { name: t('exchange.part.stories') }).click();
    await page.getByText(t('exchange.stories.none')).waitFor();
    await expectAccessible(page, 'the exchange stories');
    await page.getByRole('tab', { name: t('exchange.part.mine') }).click();
    await page.getByRole('button', { name: t('exchange.mine.new') }).click();
    const dialog = page.getByRole('dialog');
    await pickLibrary(page, dialog, t('exchange.form.home'), 'Porvoo', 'Borgå stadsbibliotek');
    await pickLibrary(page, dialog, t('exchange.form.host'), 'Loviisa', 'Lovisa stadsbibliotek');
    await dialog.getByLabel(t('exchange.form.startsOn'), { exact: true }).fill(dates.startsOn);
    await dialog.getByLabel(t('exchange.form.endsOn'), { exact: true }).fill(dates.endsOn);
    await dialog.getByRole('radio', { name: t('exchange.reciprocal') }).check();
    await dialog.getByLabel(t('exchange.form.returnVisitor')).fill('Lotta Vastaanottaja');
    await dialog.getByLabel(t('exchange.form.returnStartsOn')).fill(weekLater(dates.startsOn));
    await dialog.getByLabel(t('exchange.form.returnEndsOn')).fill(weekLater(dates.endsOn));
    await dialog.getByLabel(t('exchange.form.expectations')).fill('Jag vill se hur barnavdelningen i Lovisa arbetar.');
    await dialog.getByLabel(t('exchange.form.expertise')).fill('Barn- och ungdomsbiblioteksarbete');
    await dialog.getByLabel(t('exchange.form.supervisorName')).fill('Stina Förman');
    await dialog.getByLabel(t('exchange.form.supervisorEmail')).fill('stina.forman@borga.example.fi');
    await dialog.getByLabel(t('exchange.form.hostContactName')).fill('Lotta Vastaanottaja');
    await dialog.getByLabel(t('exchange.form.hostContactEmail')).fill('lotta.vastaanottaja@loviisa.example.fi');
    await expectAccessible(page, 'the application form, reciprocal');
    await dialog.getByRole('button', { name: t('exchange.form.send'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await cardOf(page, t).getByText(t('exchange.state.supervisorReview'), { exact: true }).waitFor();
    return t('exchange.reciprocal');
  });

  await step(`[${tag}] the coordinator records the outside supervisor's request for changes, which needs a reason`, async () => {
    const { page, t } = boss;
    await openCoordination(boss);
    const row = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `${o.member} — ${t('exchange.card.title', { host: 'Lovisa stadsbibliotek' })}` }) });
    await row.getByRole('button', { name: startsWith(t('exchange.overview.open')) }).click();
    await row.getByRole('button', { name: t('exchange.record.supervisor.requestChanges') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: t('exchange.step.requestChanges'), exact: true }).click();
    await dialog.getByText(t('common.required')).waitFor();
    await dialog.getByLabel(t('exchange.reason')).fill('Förmannen ber om en annan vecka.');
    await expectAccessible(page, "recording the supervisor's answer");
    await dialog.getByRole('button', { name: t('exchange.step.requestChanges'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: t('exchange.overview.stateCount', { state: t('exchange.state.changesRequested'), count: 1 }) }).waitFor();
    return t('exchange.state.changesRequested');
  });

  await step(`[${tag}] the applicant reads the reason, sees who recorded it, and withdraws the application`, async () => {
    const { page, t } = member;
    await page.reload();
    await page.getByRole('tab', { name: t('nav.exchange') }).click();
    const card = cardOf(page, t);
    await card.getByText(t('exchange.state.changesRequested'), { exact: true }).waitFor();
    const recorded = t('exchange.history.recorded', { party: t('exchange.party.supervisor'), action: t('exchange.action.requestChanges'), name: o.coordinator });
    await card.getByText(recorded.charAt(0).toLocaleUpperCase('sv') + recorded.slice(1)).waitFor();
    await card.getByText('Förmannen ber om en annan vecka.').first().waitFor();
    await expectAccessible(page, 'an application returned for changes');
    await shot(page, `tab-${tag}-exchange`);
    await card.getByRole('button', { name: t('exchange.step.withdraw') }).click();
    await page.getByRole('dialog').getByRole('button', { name: t('exchange.step.withdraw') }).click();
    await card.getByText(t('exchange.state.withdrawn'), { exact: true }).waitFor();
    if (await card.getByRole('button').count()) throw new Error('a withdrawn application still offers steps');
    return t('exchange.state.withdrawn');
  });

  await step(`[${tag}] another coordinator of the unit sees the agreed exchange, its budget and the counts per municipality`, async () => {
    const { page, t } = boss;
    await openCoordination(boss);
    await page.getByRole('heading', { name: t('exchange.overview.stateCount', { state: t('exchange.state.approved'), count: 1 }) }).waitFor();
    await page.getByRole('heading', { name: t('exchange.overview.stateCount', { state: t('exchange.state.withdrawn'), count: 1 }) }).waitFor();
    const budget = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'AKE-Borgå', exact: true }) });
    await waitForFigure(budget, t('exchange.budget.left'), '1 834,10 €');
    const counts = page.getByRole('table', { name: t('exchange.counts.byMunicipality') });
    await counts.getByRole('row', { name: /Lovisa/ }).waitFor();
    await expectAccessible(page, "the coordinator's exchange overview");
    await shot(page, `tab-${tag}-exchange-coordination`);
    return t('exchange.state.approved');
  });
}

/** A server text with its {placeholders} as a pattern matching whatever fills them. */
const serverText = (text) => new RegExp(text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));

/** Months from this one (in Finland) to the month of `date`, for the calendar's "next month" button. */
function monthsAhead(date) {
  const [y, m] = dayFromNow(0).split('-').map(Number);
  const [ty, tm] = date.split('-').map(Number);
  return (ty - y) * 12 + (tm - m);
}

/**
 * Issue 10, a network's shared resources, in the children's network: a member books an escape-room game and sees
 * its days booked, an overlapping booking is refused with the server's reason, the coordinator confirms it (the
 * calendar says confirmed), records the hand-over and the return with parts missing (a note required); the
 * coordinator publishes the year's reading challenge and adds the PRAO guide, and the member reads both.
 */
async function resourceSteps(member, boss, o) {
  const tag = `${o.lang}-${o.theme}`;
  const server = await serverResourcesCatalog(o.lang);
  const game = o.resources.game;
  const pickUpOn = dayFromNow(20);
  const returnOn = dayFromNow(23);
  const gameCard = (page) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: game, exact: true }) });
  const bookingCard = (page) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: startsWith(`${game}: `) }) });
  const day = (page, date) => gameCard(page).locator(`td[data-date="${date}"]`);
  const openResources = async ({ page, t }) => {
    await page.reload();
    await page.getByRole('tab', { name: t('nav.resources') }).click();
    await page.getByLabel(t('resources.network'), { exact: true }).selectOption({ label: o.networkName });
    await gameCard(page).waitFor();
  };
  const showMonthOf = async ({ page, t }, date) => {
    for (let i = 0; i < monthsAhead(date); i++) await page.getByRole('button', { name: t('resources.calendar.next') }).click();
    await day(page, date).waitFor();
  };
  const waitForStatus = (page, date, status) => page.waitForFunction(([d, s]) => document.querySelector(`td[data-date="${d}"]`)?.dataset.status === s, [date, status]);

  await step(`[${tag}] a member books an escape-room game and sees its days booked in the calendar`, async () => {
    const { page, t } = member;
    await openResources(member);
    await expectAccessible(page, 'the shared resources');
    await gameCard(page).getByRole('button', { name: t('resources.book.named', { game }) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('resources.book.pickUpOn')).fill(pickUpOn);
    await dialog.getByLabel(t('resources.book.returnOn')).fill(returnOn);
    await pickLibrary(page, dialog, t('resources.book.library'), 'Borgå', 'Borgå stadsbibliotek');
    await dialog.getByLabel(t('resources.book.message')).fill('Till vår läsvecka för mellanstadiet.');
    await expectAccessible(page, 'the booking form');
    await dialog.getByRole('button', { name: t('resources.book.send') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(t('resources.book.sent', { game })).waitFor();
    // The calendars move to the booking's month by themselves.
    await waitForStatus(page, pickUpOn, 'booked');
    const said = await day(page, returnOn).innerText();
    if (!said.includes(t('resources.status.booked'))) throw new Error(`the return day reads "${said}", not ${t('resources.status.booked')}`);
    await gameCard(page).locator('li[data-status="booked"]').waitFor();
    await bookingCard(page).getByText(t('resources.state.requested'), { exact: true }).waitFor();
    await expectAccessible(page, 'a booked game');
    await shot(page, `tab-${tag}-resources`);
    return `${pickUpOn} – ${returnOn} ${t('resources.status.booked')}`;
  });

  await step(`[${tag}] a second booking of overlapping days is refused with the server's reason`, async () => {
    const { page, t } = member;
    await gameCard(page).getByRole('button', { name: t('resources.book.named', { game }) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('resources.book.pickUpOn')).fill(dayFromNow(22));
    await dialog.getByLabel(t('resources.book.returnOn')).fill(dayFromNow(25));
    await pickLibrary(page, dialog, t('resources.book.library'), 'Lovisa', 'Lovisa stadsbibliotek');
    await dialog.getByRole('button', { name: t('resources.book.send') }).click();
    const refusal = dialog.getByRole('alert');
    await refusal.getByText(serverText(server['resources.taken'])).waitFor();
    const said = (await refusal.innerText()).replace(/\s+/g, ' ');
    await expectAccessible(page, 'a refused booking');
    await dialog.getByRole('button', { name: t('common.cancel') }).click();
    await dialog.waitFor({ state: 'detached' });
    const bookings = await page.getByRole('article').filter({ has: page.getByRole('heading', { name: startsWith(`${game}: `) }) }).count();
    if (bookings !== 1) throw new Error(`${bookings} bookings after the refused one`);
    return said;
  });

  await step(`[${tag}] the coordinator confirms the booking and the calendar says confirmed`, async () => {
    const { page, t } = boss;
    await openResources(boss);
    await showMonthOf(boss, pickUpOn);
    await waitForStatus(page, pickUpOn, 'booked');
    const card = bookingCard(page);
    await card.getByText('Till vår läsvecka för mellanstadiet.').waitFor();
    await card.getByText(o.member).waitFor();
    await card.getByRole('button', { name: t('resources.step.confirm') }).click();
    await card.getByText(t('resources.state.confirmed'), { exact: true }).waitFor();
    await waitForStatus(page, pickUpOn, 'confirmed');
    const said = await day(page, pickUpOn).innerText();
    if (!said.includes(t('resources.status.confirmed'))) throw new Error(`the pick-up day reads "${said}"`);
    await expectAccessible(page, "the coordinator's bookings");
    return t('resources.status.confirmed');
  });

  await step(`[${tag}] the coordinator records the hand-over, then the return with missing parts, which needs a note`, async () => {
    const { page, t } = boss;
    const card = bookingCard(page);
    await card.getByRole('button', { name: t('resources.step.handOver') }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('resources.note.handOver')).fill('Hämtat av Lotta vid disken.');
    await dialog.getByRole('button', { name: t('resources.step.handOver') }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText(t('resources.state.handedOver'), { exact: true }).waitFor();

    await card.getByRole('button', { name: t('resources.step.return') }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: t('resources.condition.missingParts') }).check();
    await dialog.getByRole('button', { name: t('resources.step.return') }).click();
    await dialog.getByText(t('common.required')).waitFor();
    await dialog.getByLabel(t('resources.return.note')).fill('Två ledtrådskort saknas.');
    await expectAccessible(page, 'recording a return');
    await dialog.getByRole('button', { name: t('resources.step.return') }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText(t('resources.state.returned'), { exact: true }).waitFor();
    await card.getByText(/Två ledtrådskort saknas\./).waitFor();
    await gameCard(page).getByText(/Två ledtrådskort saknas\./).waitFor();
    if (await card.getByRole('button').count()) throw new Error('a returned booking still offers steps');
    return `${t('resources.condition.missingParts')}: Två ledtrådskort saknas.`;
  });

  await step(`[${tag}] the coordinator declines a booking with a reason, which the member reads, and its days are free again`, async () => {
    const other = o.resources.otherGame;
    const [from, to] = [dayFromNow(45), dayFromNow(46)];
    const otherCard = (page) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: other, exact: true }) });
    const otherBooking = (page) => page.getByRole('article').filter({ has: page.getByRole('heading', { name: startsWith(`${other}: `) }) });
    let { page, t } = member;
    await otherCard(page).getByRole('button', { name: t('resources.book.named', { game: other }) }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('resources.book.pickUpOn')).fill(from);
    await dialog.getByLabel(t('resources.book.returnOn')).fill(to);
    await pickLibrary(page, dialog, t('resources.book.library'), 'Borgå', 'Borgå stadsbibliotek');
    await dialog.getByRole('button', { name: t('resources.book.send') }).click();
    await dialog.waitFor({ state: 'detached' });
    await otherBooking(page).getByText(t('resources.state.requested'), { exact: true }).waitFor();

    ({ page, t } = boss);
    await openResources(boss);
    const booking = otherBooking(page);
    await booking.getByRole('button', { name: t('resources.step.decline') }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: t('resources.step.decline') }).click();
    await dialog.getByText(t('common.required')).waitFor();
    await dialog.getByLabel(t('resources.note.decline')).fill('Spelet är på service den veckan.');
    await expectAccessible(page, 'declining a booking');
    await dialog.getByRole('button', { name: t('resources.step.decline') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(t('resources.done.decline')).waitFor();
    // Closed and in a later month, it leaves this month's list of open bookings.
    await booking.waitFor({ state: 'detached' });

    ({ page, t } = member);
    await openResources(member);
    await showMonthOf(member, from);
    const mine = otherBooking(page);
    await mine.getByText(t('resources.state.declined'), { exact: true }).waitFor();
    await mine.getByText('Spelet är på service den veckan.').waitFor();
    const status = await otherCard(page).locator(`td[data-date="${from}"]`).getAttribute('data-status');
    if (status !== 'free') throw new Error(`a declined booking's first day is ${status}, not free`);
    return t('resources.state.declined');
  });

  const challenge = { fi: 'Uudenmaan kirjastojen lukuhaaste', sv: 'De nyländska bibliotekens läsutmaning' };
  await step(`[${tag}] the coordinator publishes the reading challenge in Finnish and Swedish`, async () => {
    const { page, t } = boss;
    await page.getByRole('button', { name: t('resources.challenge.new') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('resources.challenge.titleFi')).fill(challenge.fi);
    await dialog.getByLabel(t('resources.challenge.titleSv')).fill(challenge.sv);
    await dialog.getByLabel(t('resources.challenge.introFi')).fill('Lue vuoden aikana kirjoja näistä aiheista.');
    await dialog.getByLabel(t('resources.challenge.introSv')).fill('Läs under året böcker på dessa teman.');
    await dialog.getByLabel(t('resources.challenge.taskFi', { number: 1 })).fill('Kirja, jonka kansi on sininen');
    await dialog.getByLabel(t('resources.challenge.taskSv', { number: 1 })).fill('En bok med blå pärm');
    await dialog.getByRole('button', { name: t('resources.challenge.addTask') }).click();
    await dialog.getByLabel(t('resources.challenge.taskFi', { number: 2 })).fill('Sarjakuva');
    await dialog.getByLabel(t('resources.challenge.taskSv', { number: 2 })).fill('En serieroman');
    await dialog.getByLabel(t('resources.challenge.publish')).check();
    await expectAccessible(page, 'the reading challenge form');
    await dialog.getByRole('button', { name: t('resources.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: challenge[o.lang] }).waitFor();
    return challenge[o.lang];
  });

  const prao = { fi: 'https://example.org/prao-opas-kirjastoille.pdf', sv: 'https://example.org/prao-guiden-for-bibliotek.pdf' };
  await step(`[${tag}] the coordinator adds the PRAO guide with its Finnish and Swedish editions`, async () => {
    const { page, t } = boss;
    await page.getByRole('button', { name: t('resources.guide.add') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t('resources.guide.titleFi')).fill('PRAO-opas kirjastoille');
    await dialog.getByLabel(t('resources.guide.titleSv')).fill('PRAO-guiden för bibliotek');
    await dialog.getByLabel(t('resources.guide.url.fi')).fill(prao.fi);
    await dialog.getByLabel(t('resources.guide.published.fi')).fill('2021-11');
    await dialog.getByLabel(t('resources.guide.url.sv')).fill(prao.sv);
    await dialog.getByLabel(t('resources.guide.published.sv')).fill('2022-02');
    await expectAccessible(page, 'the guide form');
    await dialog.getByRole('button', { name: t('resources.save') }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'PRAO-guiden för bibliotek' }).waitFor();
    await expectAccessible(page, "the coordinator's shared resources");
    return 'PRAO-guiden för bibliotek';
  });

  await step(`[${tag}] the member reads the reading challenge in their language, the other on request, and finds the guide's own-language link first`, async () => {
    const { page, t } = member;
    await openResources(member);
    await page.getByRole('heading', { name: challenge.sv }).waitFor();
    await page.getByText('En bok med blå pärm').waitFor();
    if (await page.getByRole('heading', { name: challenge.fi }).count()) throw new Error('the Finnish version shows before it was asked for');
    await page.getByRole('switch', { name: t('resources.challenge.showOther') }).check();
    await page.getByRole('heading', { name: challenge.fi }).waitFor();
    const links = page.getByRole('list', { name: t('resources.guide.editions', { title: 'PRAO-guiden för bibliotek' }) }).getByRole('link');
    const first = links.first();
    await first.waitFor();
    const [name, href] = [await first.innerText(), await first.getAttribute('href')];
    if (!name.startsWith(t('resources.lang.sv')) || href !== prao.sv) throw new Error(`the first link is "${name}" to ${href}`);
    if ((await links.nth(1).getAttribute('href')) !== prao.fi) throw new Error('the Finnish edition is not offered second');
    await expectAccessible(page, 'the reading challenge and guides');
    await shot(page, `tab-${tag}-resources-read`);
    return `${name} → ${href}`;
  });

  await step(`[${tag}] the network's channel tab shows its games, reading challenge and guides`, async () => {
    const { page, t } = member;
    const url = new URL(page.url());
    url.searchParams.set('network', o.resources.networkId);
    await page.goto(url.href);
    await page.getByRole('heading', { level: 1, name: o.networkName }).waitFor();
    await gameCard(page).waitFor();
    await page.getByRole('heading', { name: challenge.sv }).waitFor();
    await page.getByRole('link', { name: startsWith(t('resources.lang.sv')) }).waitFor();
    await expectAccessible(page, 'the channel tab with shared resources');
    return url.search;
  });

  await step(`[${tag}] a bot card's link (?open=challenge:${o.resources.networkId}) opens the reading challenge in the personal tab`, async () => {
    const { page, t } = member;
    const url = new URL(page.url());
    url.searchParams.delete('network');
    url.searchParams.set('open', `challenge:${o.resources.networkId}`);
    await page.goto(url.href);
    await page.getByRole('tab', { name: t('nav.resources'), selected: true }).waitFor();
    const heading = page.getByRole('heading', { name: t('resources.challenge.heading'), exact: true });
    await page.waitForFunction((id) => document.activeElement?.id === id, `challenge-${o.resources.networkId}`);
    await heading.waitFor();
    return url.search;
  });
}

/** The jest suites' Entra ID key stand-in (test/fixtures/entraTokens.ts), bundled for this script. */
/** A librarian downloads what Kollega holds about them, then erases it, confirming first (issue 9's GDPR part). */
async function myDataSteps(browser, base, o) {
  const tag = `${o.lang}-${o.theme}`;
  const { page, t } = await signIn(browser, base, { lang: o.lang, theme: o.theme, person: o.person });
  await page.getByRole('tab', { name: t('nav.myData') }).click();

  await step(`[${tag}] a librarian downloads everything Kollega holds about them as JSON`, async () => {
    await page.getByRole('heading', { name: t('privacy.download.title') }).waitFor();
    await expectAccessible(page, 'my data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('privacy.download.button') }).click()]);
    const data = readFileSync(await download.path(), 'utf8');
    if (!data.includes(o.person)) throw new Error(`the file does not name ${o.person}:\n${data.slice(0, 400)}`);
    JSON.parse(data);
    return download.suggestedFilename();
  });

  await step(`[${tag}] erasing asks for a confirmation, then erases and shows the erasure's reference`, async () => {
    await page.getByRole('button', { name: t('privacy.erase.button') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: t('privacy.erase.submit') }).click();
    await dialog.getByText(t('privacy.erase.confirmRequired')).waitFor();
    await expectAccessible(page, 'the erase dialog');
    await dialog.getByRole('checkbox', { name: t('privacy.erase.confirm') }).check();
    await dialog.getByRole('button', { name: t('privacy.erase.submit') }).click();
    // A role query finds nothing under aria-hidden: the modal dialog must have let go of the page.
    await page.getByRole('heading', { name: t('privacy.erased.title') }).waitFor();
    await expectAccessible(page, "the erasure's outcome");
    const text = await page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}/).first().textContent();
    return text?.match(/[0-9a-f-]{36}/)?.[0] ?? 'reference shown';
  });
  await page.context().close();
}

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
    exchange: 'full',
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
    exchange: 'look',
    resources: { game: 'Rymningsspel 1', otherGame: 'Rymningsspel 2', networkId: 'lanu' },
  });
  await inTeams(browser, base, entra, fixtures.TAB_APP_ID_URI);
  await myDataSteps(browser, base, { lang: 'en', theme: 'light', person: 'Developer Librarian (en)' });
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
