/**
 * Joining a network end to end over HTTP, without Graph credentials (membership recorded, Teams by hand):
 * a librarian asks, each coordinator gets an approval card in their own language, one decides, every copy
 * shows it, the requester is told. Forged, repeated, simultaneous and stale decisions change nothing.
 * Runs on SQLite and PostgreSQL.
 */
import { auditTrail } from '../../shared/store/repositories/audit';
import { listMembers, listPendingRequests } from '../../shared/store/repositories/joining';
import { listJobs } from '../../shared/jobs/outbox';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { cardProblems } from '../support/cardValidation';
import { JoiningWorld, elina, pekka, someone, teamsMembers, tiina } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';

describe.each(['sqlite', 'postgres'] as const)('joining a network [%s]', (dialect) => {
  let stub: ConnectorStub;
  let world: JoiningWorld;
  let seq = 0;

  beforeAll(async () => {
    stub = await startConnectorStub({ members: teamsMembers });
    world = await JoiningWorld.start(dialect, stub);
    for (const coordinator of [elina, tiina]) await world.install(coordinator);
  });
  afterAll(async () => {
    await world?.stop();
    await stub?.close();
  });
  beforeEach(async () => {
    await world.work();
    stub.reset();
  });

  const librarian = (locale = 'fi-FI') => someone(`librarian-${dialect}-${++seq}`, `Aino Virtanen ${seq}`, locale);
  const db = () => world.app.store.db;
  const requestOf = async (networkId: string, who: { id: string }) =>
    (await listPendingRequests(db(), networkId)).find((r) => r.personName?.endsWith(who.id.split('-').pop()!));

  it('asks with a message, sends Elina a Swedish approval card, and approves into a manual Teams membership', async () => {
    const aino = librarian('fi-FI');
    await world.install(aino);
    stub.reset();

    await world.say(aino, 'liity SEVERI');
    const [form] = world.cardsTo(aino);
    expect(cardText(form)).toContain('Pyydä liittyä: SEVERI');
    expect(cardProblems(form)).toEqual([]);

    const asked = await world.press(aino, 'requestJoin', { networkId: 'severi', message: 'Teen seniorityötä Loviisassa.', library: 'Loviisan kaupunginkirjasto' });
    expect(cardText(asked)).toContain('Pyyntösi liittyä verkostoon SEVERI lähetettiin koordinaattorille: Elina Karioja.');
    expect(cardText(asked)).toContain('Pyyntösi odottaa koordinaattorin päätöstä.');
    expect(cardProblems(asked)).toEqual([]);

    await world.work();
    const [approval] = world.cardsTo(elina);
    expect(cardProblems(approval)).toEqual([]);
    const text = cardText(approval);
    expect(text).toContain(`${aino.name} ber att få gå med i SEVERI`);
    expect(text).toContain('Loviisan kaupunginkirjasto');
    expect(text).toContain('Teen seniorityötä Loviisassa.');
    expect(approval.refresh).toMatchObject({ action: { verb: 'refreshJoinRequest' }, userIds: [elina.id] });
    const requestId = approval.actions[0].data.requestId;

    stub.reset();
    const decided = await world.press(elina, 'approveJoin', { requestId });
    expect(cardText(decided)).toMatch(/Godkänd av Elina Karioja/);
    expect(cardText(decided)).toContain('lägg till');
    expect(decided.actions ?? []).toEqual([]);

    await world.work();
    const [outcome] = world.cardsTo(aino);
    expect(cardText(outcome)).toContain('Tervetuloa verkostoon SEVERI! Elina Karioja hyväksyi pyyntösi ja lisää sinut verkoston tiimiin Teamsissa.');
    expect(outcome.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Avaa tiimi', url: 'https://teams.microsoft.com/l/team/severi' }]);
    expect(world.updatesTo(elina).map(cardText).join('\n')).toMatch(/Godkänd av Elina Karioja/);

    const members = await listMembers(db(), 'severi');
    expect(members.find((m) => m.personName === aino.name)).toMatchObject({ teamsState: 'manual', personLibrary: 'Loviisan kaupunginkirjasto' });
    expect((await auditTrail(db(), 'joinRequest', requestId)).map((e) => e.action)).toEqual(['joinRequest.created', 'joinRequest.approved']);

    // The network list now shows the membership, and leaving works.
    await world.say(aino, 'verkostot Uusimaa');
    const [list] = world.cardsTo(aino).slice(-1);
    expect(cardText(list)).toContain('Olet jäsen.');
    const left = await world.press(aino, 'leaveNetwork', { networkId: 'severi' });
    expect(cardText(left)).toContain('Erosit verkostosta SEVERI.');
    expect((await listMembers(db(), 'severi')).some((m) => m.personName === aino.name)).toBe(false);
  });

  it('creates nothing new on a double click or a redelivered activity, and says so', async () => {
    const aino = librarian('sv-FI');
    await world.install(aino);
    const first = await world.press(aino, 'requestJoin', { networkId: 'severi' }, 'activity-1');
    const redelivered = await world.press(aino, 'requestJoin', { networkId: 'severi' }, 'activity-1');
    const again = await world.press(aino, 'requestJoin', { networkId: 'severi' });
    expect(cardText(first)).toContain('Din begäran att gå med i SEVERI skickades');
    for (const card of [redelivered, again]) {
      expect(cardText(card)).toContain('Du har redan bett att få gå med i SEVERI, så ingen ny begäran skickades.');
    }
    const mine = (await listPendingRequests(db(), 'severi')).filter((r) => r.personName === aino.name);
    expect(mine).toHaveLength(1);
    const jobs = (await listJobs(db())).filter((j) => j.idempotencyKey.includes(mine[0].id));
    expect(jobs).toHaveLength(1);
    await world.work();
    expect(world.cardsTo(elina)).toHaveLength(1);
  });

  it('refuses a forged decision from anyone but a coordinator of the network, changes nothing, and audits it', async () => {
    const aino = librarian('en-US');
    await world.install(aino);
    await world.press(aino, 'requestJoin', { networkId: 'severi' });
    const [request] = (await listPendingRequests(db(), 'severi')).filter((r) => r.personName === aino.name);

    const byRequester = await world.press(aino, 'approveJoin', { requestId: request.id });
    expect(cardText(byRequester)).toBe('Only the coordinators of SEVERI can decide on this request. Nothing was changed.');
    const byOtherCoordinator = await world.press(tiina, 'declineJoin', { requestId: request.id, reason: 'no' });
    expect(cardText(byOtherCoordinator)).toBe('Vain verkoston SEVERI koordinaattorit voivat päättää tästä pyynnöstä. Mitään ei muutettu.');
    const peek = await world.press(aino, 'refreshJoinRequest', { requestId: request.id });
    expect(cardText(peek)).not.toContain(aino.name);

    expect((await listPendingRequests(db(), 'severi')).some((r) => r.id === request.id)).toBe(true);
    const trail = await auditTrail(db(), 'joinRequest', request.id);
    expect(trail.filter((e) => e.action === 'joinRequest.refused').map((e) => e.detail)).toEqual([{ verb: 'approveJoin' }, { verb: 'declineJoin' }]);
  });

  it('lets one of two coordinators deciding at once win; the other sees the decision; a stale card cannot decide', async () => {
    const aino = librarian('fi-FI');
    await world.install(aino);
    await world.install(pekka);
    await world.press(aino, 'requestJoin', { networkId: 'lanu', message: 'Hei!' });
    await world.work();
    const [request] = (await listPendingRequests(db(), 'lanu')).filter((r) => r.personName === aino.name);
    expect(world.cardsTo(tiina)).toHaveLength(1);

    const [byTiina, byPekka] = await Promise.all([
      world.press(tiina, 'approveJoin', { requestId: request.id }),
      world.press(pekka, 'declineJoin', { requestId: request.id, reason: 'Full.' }),
    ]);
    const texts = [cardText(byTiina), cardText(byPekka)];
    expect(texts.filter((t) => /jo päätetty|already been decided/.test(t))).toHaveLength(1);

    const stale = await world.press(tiina, 'declineJoin', { requestId: request.id });
    expect(cardText(stale)).toContain('Pyynnöstä on jo päätetty, joten mitään ei muutettu.');
    const decisions = (await auditTrail(db(), 'joinRequest', request.id)).filter((e) => /approved|declined/.test(e.action));
    expect(decisions).toHaveLength(1);

    stub.reset();
    await world.work();
    // Every coordinator's copy now shows the one decision, in that coordinator's language.
    const tiinaCopy = world.updatesTo(tiina).map(cardText).join('\n');
    expect(tiinaCopy).toMatch(decisions[0].action.endsWith('approved') ? /Hyväksyjä: Tiina Rajala/ : /Hylkääjä: Pekka Coordinator/);
  });

  it('tells the requester the decline and its reason, in their language', async () => {
    const aino = librarian('en-GB');
    await world.install(aino);
    await world.press(aino, 'requestJoin', { networkId: 'severi' });
    const [request] = (await listPendingRequests(db(), 'severi')).filter((r) => r.personName === aino.name);
    await world.press(elina, 'declineJoin', { requestId: request.id, reason: 'SEVERI is for staff working with seniors.' });
    await world.work();
    const [outcome] = world.cardsTo(aino).slice(-1);
    expect(cardText(outcome)).toContain('Elina Karioja declined your request to join SEVERI.');
    expect(cardText(outcome)).toContain('Reason: SEVERI is for staff working with seniors.');
  });

  it('lets the requester withdraw, after which coordinators cannot decide', async () => {
    const aino = librarian('fi-FI');
    await world.install(aino);
    await world.press(aino, 'requestJoin', { networkId: 'severi' });
    const [request] = (await listPendingRequests(db(), 'severi')).filter((r) => r.personName === aino.name);
    const withdrawn = await world.press(aino, 'withdrawJoin', { networkId: 'severi' });
    expect(cardText(withdrawn)).toContain('Peruit pyyntösi liittyä verkostoon SEVERI.');
    const late = await world.press(elina, 'approveJoin', { requestId: request.id });
    expect(cardText(late)).toContain('Den här begäran har redan avgjorts');
  });

  it("withdraws only the sender's own request: a Withdraw with nothing pending changes nothing", async () => {
    const aino = librarian('en-US');
    const veikko = librarian('fi-FI');
    for (const who of [aino, veikko]) await world.install(who);
    await world.press(aino, 'requestJoin', { networkId: 'severi' });
    // Veikko sends the same button data Aino's card carries: it names a network, so it can only reach his own request.
    const forged = await world.press(veikko, 'withdrawJoin', { networkId: 'severi' });
    expect(cardText(forged)).toContain('Painike ei ole enää voimassa, joten mitään ei muutettu.');
    expect(await requestOf('severi', aino)).toMatchObject({ state: 'pending' });
    const again = await world.press(aino, 'withdrawJoin', { networkId: 'severi' });
    expect(cardText(again)).toContain('You withdrew your request to join SEVERI.');
    const twice = await world.press(aino, 'withdrawJoin', { networkId: 'severi' });
    expect(cardText(twice)).toContain('That button is no longer valid, so nothing was changed.');
  });

  it('shows coordinators their lists, and nobody else', async () => {
    const aino = librarian('fi-FI');
    await world.install(aino);
    await world.press(aino, 'requestJoin', { networkId: 'severi', library: 'Porvoon kirjasto' });
    stub.reset();
    await world.say(elina, 'förfrågningar SEVERI');
    expect(cardText(world.cardsTo(elina)[0])).toContain(`${aino.name}, Porvoon kirjasto`);
    await world.say(aino, 'pyynnöt severi');
    expect(cardText(world.cardsTo(aino)[0])).toBe('Vain verkoston koordinaattorit näkevät sen pyynnöt ja jäsenet.');
    await world.say(tiina, 'jäsenet severi');
    expect(cardText(world.cardsTo(tiina)[0])).toBe('Vain verkoston koordinaattorit näkevät sen pyynnöt ja jäsenet.');
  });

  it('asks a form-level question: an invalid or unknown network gets a clear answer and changes nothing', async () => {
    const aino = librarian('en-US');
    await world.install(aino);
    const unknown = await world.press(aino, 'requestJoin', { networkId: 'no-such-network' });
    expect(cardText(unknown)).toContain('I could not find that network.');
    const tooLong = await world.press(aino, 'requestJoin', { networkId: 'severi', message: 'x'.repeat(5000) });
    expect(cardText(tooLong)).toContain('That button is no longer valid, so nothing was changed.');
    expect((await listPendingRequests(db(), 'severi')).some((r) => r.personName === aino.name)).toBe(false);
  });
});

describe('a network whose coordinators never opened Kollega', () => {
  it('tells the requester whom to contact, and delivers the card when a coordinator installs the app', async () => {
    const stub = await startConnectorStub({ members: teamsMembers });
    const world = await JoiningWorld.start('sqlite', stub);
    try {
      const aino = someone('lonely', 'Aino Yksin', 'fi-FI');
      await world.install(aino);
      await world.press(aino, 'requestJoin', { networkId: 'lanu' });
      await world.work();
      const [notice] = world.cardsTo(aino).slice(-1);
      expect(cardText(notice)).toContain('eivät ole vielä avanneet Kollegaa Teamsissa');
      expect(cardText(notice)).toContain('Pekka Coordinator ja Tiina Rajala');

      // Teams sends two events for one install: the waiting card still arrives once.
      await world.install(tiina);
      await world.botAdded(tiina);
      await world.work();
      const cards = world.cardsTo(tiina).map(cardText).filter((text) => text.includes('Aino Yksin pyytää liittyä verkostoon'));
      expect(cards).toHaveLength(1);
      expect(cards[0]).toContain('Aino Yksin pyytää liittyä verkostoon Lasten ja nuorten kirjastotyö Uudellamaalla');
    } finally {
      await world.stop();
      await stub.close();
    }
  });
});
