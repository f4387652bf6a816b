/**
 * PostgreSQL restarts under a running Kollega (here: a relay in front of it drops every connection and refuses
 * new ones, as a restarting server does). Meanwhile every person is told in their language that nothing was
 * saved: on the card they pressed, in their chat, in the tab (503 with Retry-After), and the probe says not
 * ready. Once the database is back Kollega serves again by itself, with no restart; an answer someone was told
 * is saved is there; the counts match the rows.
 */
import { getEvent } from '../../shared/store/repositories/events';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { startEntraStandIn, TAB_APP_ID_URI, type EntraStandIn } from '../fixtures/entraTokens';
import { TEST_DATABASE_URL } from '../support/databases';
import { LANU_TEAM, bookCoffeeForm, eventsSeed, planEvent } from '../support/eventsWorld';
import { JoiningWorld, TENANT, someone, teamsMembers, tiina, type Someone } from '../support/joiningWorld';
import { cardText } from '../support/kollegaUnderTest';
import { startTcpProxy, targetOf, throughProxy, type TcpProxy } from '../support/tcpProxy';

jest.setTimeout(120_000);

const unavailable = {
  fi: 'Kollega ei juuri nyt saa yhteyttä tietokantaansa, joten mitään ei tallennettu.',
  sv: 'Kollega når inte sin databas just nu, så ingenting sparades.',
  en: 'Kollega cannot reach its database right now, so nothing was saved.',
};

describe('a database restart under a running Kollega [postgres]', () => {
  let proxy: TcpProxy;
  let stub: ConnectorStub;
  let entra: EntraStandIn;
  let world: JoiningWorld;
  let eventId: string;

  beforeAll(async () => {
    proxy = await startTcpProxy(targetOf(TEST_DATABASE_URL));
    stub = await startConnectorStub({ members: teamsMembers });
    entra = await startEntraStandIn();
    const env = { DATABASE_URL: throughProxy(TEST_DATABASE_URL, proxy), TAB_APP_ID_URI, TAB_ALLOWED_TENANTS: TENANT, ENTRA_AUTHORITY_HOST: entra.authorityHost };
    world = await JoiningWorld.start('postgres', stub, env, {}, eventsSeed());
    await world.install(tiina);
    await world.installInTeam(tiina, LANU_TEAM);
    const start = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    eventId = (await planEvent(world, tiina, bookCoffeeForm({ capacity: '100', startDate: start }))).id;
  });
  afterAll(async () => {
    await proxy?.up();
    await world?.stop();
    await entra?.close();
    await stub?.close();
    await proxy?.close();
  });

  const going = (who: Someone) => world.pressInChannel(who, LANU_TEAM, 'rsvp', { eventId, answer: 'going' });
  const ready = async () => (await fetch(`${world.app.url}/readyz`)).status;
  const tabRsvp = async (who: Someone, lang: string) => {
    const token = await entra.sign({ oid: who.aadObjectId, tid: TENANT, name: who.name });
    const res = await fetch(`${world.app.url}/api/events/${eventId}/rsvp`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'accept-language': lang, 'content-type': 'application/json' },
      body: JSON.stringify({ answer: 'going' }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
  };
  const goingIds = async () =>
    (
      await world.app.store.db
        .selectFrom('event_rsvps')
        .innerJoin('people', 'people.id', 'event_rsvps.person_id')
        .select('people.bot_user_id')
        .where('event_rsvps.event_id', '=', eventId)
        .where('event_rsvps.status', '=', 'confirmed')
        .execute()
    ).map((r) => r.bot_user_id);
  const waitUntilReady = async () => {
    const until = Date.now() + 30_000;
    while ((await ready()) !== 200) {
      if (Date.now() > until) throw new Error('Kollega did not become ready after the database came back');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  it('tells everyone nothing was saved while it is away, and serves again by itself once it is back', async () => {
    const [aino, greta, ulla] = [someone('restart-aino', 'Aino Katko', 'fi-FI'), someone('restart-greta', 'Greta Avbrott', 'sv-FI'), someone('restart-ulla', 'Ulla Tab', 'en-GB')];
    for (const who of [aino, greta]) await world.install(who);
    expect((await tabRsvp(ulla, 'en')).status).toBe(200); // Ulla uses the tab; she is known from here on
    expect(await ready()).toBe(200);

    await proxy.down();
    expect(await ready()).toBe(503);
    // The pressed card stays as it was; Teams shows the message under it, in the presser's language.
    for (const [who, lang] of [[aino, 'fi'], [greta, 'sv']] as const) {
      expect(await going(who)).toEqual(expect.stringContaining(unavailable[lang]));
    }
    stub.reset();
    await world.say(aino, 'apua');
    expect(stub.requests.filter((r) => r.method === 'POST').map((r) => r.body?.text)).toEqual([expect.stringContaining(unavailable.fi)]);
    const tab = await tabRsvp(ulla, 'sv');
    expect(tab).toMatchObject({ status: 503, retryAfter: '30', body: { error: { code: 'Unavailable', message: expect.stringContaining(unavailable.sv) } } });

    await proxy.up();
    await waitUntilReady();
    // Nothing pressed while it was away was kept: only Ulla, who answered before, is going.
    expect((await getEvent(world.app.store.db, eventId))!.counts.confirmed).toBe(1);
    expect(await goingIds()).not.toEqual(expect.arrayContaining([aino.id]));
    expect(await goingIds()).not.toEqual(expect.arrayContaining([greta.id]));
    expect(cardText(await going(aino))).toContain('Olet tulossa.');
    expect(cardText(await going(greta))).toContain('Du kommer.');
    expect((await getEvent(world.app.store.db, eventId))!.counts.confirmed).toBe(3);
  });

  it('loses no answer it acknowledged when the database goes away in the middle of a burst, and keeps counts and rows in step', async () => {
    const crowd = Array.from({ length: 40 }, (_, i) => someone(`restart-crowd-${i}`, `Crowd ${i}`, 'en-GB'));
    for (const who of crowd) await world.install(who);
    const before = (await getEvent(world.app.store.db, eventId))!.counts.confirmed;

    // The presses come 5 ms apart; the database goes away once the first five have been answered.
    let answered = 0;
    const presses = crowd.map((who, i) => new Promise((r) => setTimeout(r, i * 5)).then(() => going(who)).finally(() => (answered += 1)));
    while (answered < 5) await new Promise((r) => setTimeout(r, 1));
    await proxy.down();
    const answers = (await Promise.all(presses)).map((a) => (typeof a === 'string' ? a : cardText(a)));
    await proxy.up();
    await waitUntilReady();

    const told = crowd.filter((_, i) => answers[i].includes('You are going.'));
    const refused = crowd.filter((_, i) => answers[i].includes(unavailable.en));
    expect(told.length + refused.length).toBe(crowd.length); // everyone got one of the two clear answers
    expect(told.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    const stored = await goingIds();
    for (const who of told) expect(stored).toContain(who.id); // acknowledged, so kept
    // Those refused press again: each ends up going once, and the event's count is its rows.
    for (const who of refused) expect(cardText(await going(who))).toMatch(/You are going\.|already recorded/);
    const rows = await goingIds();
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toEqual(expect.arrayContaining(crowd.map((who) => who.id)));
    expect((await getEvent(world.app.store.db, eventId))!.counts.confirmed).toBe(before + crowd.length);
  });
});
