/**
 * The bot over HTTP, as Teams uses it: real Bot Framework activities POSTed to /api/messages, the bot's answers
 * caught by a local connector stub. Runs on SQLite and on PostgreSQL.
 */
import { getConversation, listInstallationEvents } from '../../shared/store/repositories/conversations';
import { getPersonByBotUserId } from '../../shared/store/repositories/people';
import {
  TEAM,
  USER,
  botMembership,
  cardExecute,
  cardSubmit,
  channelMention,
  installationUpdate,
  personalMessage,
} from '../fixtures/activities';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { cardProblems } from '../support/cardValidation';
import { cardOf, cardText, startTestKollega, type KollegaUnderTest } from '../support/kollegaUnderTest';

describe.each(['sqlite', 'postgres'] as const)('the bot over HTTP [%s]', (dialect) => {
  let app: KollegaUnderTest;
  let stub: ConnectorStub;
  let userSeq = 0;
  /** A fresh user and personal chat per test, so tests do not share a region or a welcome. */
  let user: { id: string; name: string; aadObjectId: string };
  let conversation: { id: string; conversationType: string; tenantId: string };

  beforeAll(async () => {
    stub = await startConnectorStub();
    app = await startTestKollega(dialect);
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
  });
  beforeEach(() => {
    stub.reset();
    userSeq += 1;
    user = { ...USER, id: `29:user-${userSeq}`, aadObjectId: `0b6c1d2e-1111-4a4a-8c01-${String(userSeq).padStart(12, '0')}` };
    conversation = { id: `a:personal-${userSeq}`, conversationType: 'personal', tenantId: '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41' };
  });

  const inChat = { serviceUrl: '', from: {}, conversation: {} } as const;
  const as = (locale: string, extra: object = {}) => ({ ...inChat, serviceUrl: stub.url, from: user, conversation, locale, ...extra });

  async function say(text: string, locale = 'fi-FI') {
    stub.reset();
    const res = await app.post(personalMessage({ ...as(locale), text }));
    expect(res.status).toBe(200);
    return stub.sent();
  }

  async function execute(verb: string, data: unknown, locale = 'fi-FI') {
    const res = await app.post(cardExecute(verb, { ...as(locale), data }));
    expect(res.status).toBe(200);
    return res.body;
  }

  describe('install', () => {
    it('welcomes a librarian once in their Teams language and remembers the conversation', async () => {
      await app.post(installationUpdate('add', 'personal', as('sv-FI')));
      await app.post(botMembership('added', 'personal', as('sv-FI')));

      const sent = stub.sent();
      expect(sent).toHaveLength(1);
      const card = cardOf(sent[0]);
      expect(cardProblems(card)).toEqual([]);
      expect(cardText(card)).toContain('Välkommen till Kollega');
      expect(cardText(card)).toContain('Personalutbyte');
      expect(cardText(card)).toContain('Nätverken i min region');
      expect(stub.requests[0].params.conversationId).toBe(conversation.id);

      const stored = await getConversation(app.store.db, conversation.id);
      expect(stored).toMatchObject({ kind: 'personal', installedBy: user.aadObjectId, serviceUrl: stub.url, uninstalledAt: null });
      expect(JSON.parse(stored!.referenceJson)).toMatchObject({ conversation: { id: conversation.id }, serviceUrl: stub.url });
      expect((await listInstallationEvents(app.store.db, conversation.id)).map((e) => e.action)).toEqual(['add']);
    });

    it('waits for the install event that tells the language when the first one does not', async () => {
      const { locale: _locale, entities: _entities, ...withoutLocale } = botMembership('added', 'personal', as('fi-FI'));
      await app.post(withoutLocale);
      expect(stub.sent()).toHaveLength(0);
      expect(await getConversation(app.store.db, conversation.id)).toMatchObject({ installedBy: user.aadObjectId });

      await app.post(installationUpdate('add', 'personal', as('sv-FI')));
      const sent = stub.sent();
      expect(sent).toHaveLength(1);
      expect(cardText(cardOf(sent[0]))).toContain('Välkommen till Kollega');
    });

    it('remembers an uninstall, and messages nobody who removed the app', async () => {
      await app.post(installationUpdate('add', 'personal', as('fi-FI')));
      await app.post(installationUpdate('remove', 'personal', as('fi-FI')));
      await app.post(botMembership('removed', 'personal', as('fi-FI')));
      expect((await listInstallationEvents(app.store.db, conversation.id)).map((e) => e.action)).toEqual(['add', 'remove']);
      expect(await app.proactive.send(conversation.id, { text: 'hello' })).toEqual({ sent: false, reason: 'uninstalled' });
    });

    it('can message an installed person proactively later, through the remembered reference', async () => {
      await app.post(installationUpdate('add', 'personal', as('en-US')));
      stub.reset();
      const result = await app.proactive.send(conversation.id, { text: 'Your request was approved.' });
      expect(result.sent).toBe(true);
      expect(stub.sent().map((a) => a.text)).toEqual(['Your request was approved.']);
      expect(stub.requests[0].params.conversationId).toBe(conversation.id);
      expect(await app.proactive.send('a:never-seen', { text: 'x' })).toEqual({ sent: false, reason: 'unknown' });
    });

    it('posts a team welcome to the channel when added to a team, and remembers the team', async () => {
      const team = { ...as('fi-FI'), conversation: { id: TEAM.id, conversationType: 'channel', tenantId: conversation.tenantId } };
      await app.post(installationUpdate('add', 'team', team));
      await app.post(botMembership('added', 'team', team));
      const sent = stub.sent();
      expect(sent).toHaveLength(1);
      expect(cardText(cardOf(sent[0]))).toContain('Kollega on nyt tässä tiimissä');
      expect(await getConversation(app.store.db, TEAM.id)).toMatchObject({
        kind: 'channel',
        teamId: TEAM.id,
        teamAadGroupId: TEAM.aadGroupId,
        installedBy: user.aadObjectId,
      });
      await app.post(installationUpdate('remove', 'team', team)); // leave the team clean for the other tests
    });
  });

  describe('help', () => {
    it.each([
      ['help', 'en-US', 'Welcome to Kollega'],
      ['apua', 'fi-FI', 'Tervetuloa Kollegaan'],
      ['hjälp', 'sv-SE', 'Välkommen till Kollega'],
      ['hjälp', 'sv-FI', 'Välkommen till Kollega'],
      ['apua', 'en-GB', 'Welcome to Kollega'],
      ['help', 'de-DE', 'Welcome to Kollega'],
    ])('%s from a %s client shows the welcome card with "%s"', async (text, locale, title) => {
      const sent = await say(text, locale);
      expect(sent).toHaveLength(1);
      expect(cardText(cardOf(sent[0]))).toContain(title);
    });

    it.each([
      ['fi-FI', 'Valitettavasti en ymmärtänyt'],
      ['sv-FI', 'Tyvärr förstod jag inte'],
      ['en-US', "Sorry, I didn't understand that"],
    ])('answers text it does not understand briefly, with the help, in %s', async (locale, apology) => {
      const sent = await say('what is the weather like', locale);
      const text = cardText(cardOf(sent[0]));
      expect(text).toContain(apology);
      expect(cardOf(sent[0]).actions.length).toBeGreaterThan(0);
    });
  });

  describe('networks of my region', () => {
    it('asks for the region first, then lists its networks with their coordinators', async () => {
      const picker = cardOf((await say('verkostot'))[0]);
      expect(cardText(picker)).toContain('Millä alueella työskentelet?');
      const choices = picker.body.find((e: any) => e.type === 'Input.ChoiceSet').choices.map((c: any) => c.value);
      expect(choices).toEqual(['uusimaa', 'etela-pohjanmaa', 'keski-pohjanmaa', 'pohjanmaa']);

      const answer = await execute('setRegion', { action: 'setRegion', regionId: 'uusimaa' });
      expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      const text = cardText(answer.value);
      expect(text).toContain('Alueesi on nyt Uusimaa.');
      expect(text).toContain('SEVERI');
      expect(text).toContain('Lasten ja nuorten kirjastotyö Uudellamaalla');
      expect(text).toContain('Koordinaattori: Elina Karioja');
      expect(cardProblems(answer.value)).toEqual([]);
      expect((await getPersonByBotUserId(app.store.db, user.id))?.regionId).toBe('uusimaa');

      const later = cardOf((await say('nätverk', 'sv-FI'))[0]);
      expect(cardText(later)).toContain('Nätverk i Nyland');
      expect(cardText(later)).toContain('Barn- och ungdomsbiblioteksarbete i Nyland');
    });

    it('takes the region from the command, in any language', async () => {
      const card = cardOf((await say('networks in Österbotten', 'en-US'))[0]);
      expect(cardText(card)).toContain('Networks in Ostrobothnia');
      expect(cardText(card)).toContain('AKEpampas has no networks in Kollega yet');
      expect((await getPersonByBotUserId(app.store.db, user.id))?.regionId).toBe('pohjanmaa');
    });

    it('the welcome card button leads to the region choice (Action.Submit)', async () => {
      await app.post(cardSubmit({ ...as('en-US'), value: { action: 'showNetworks' } }));
      expect(cardText(cardOf(stub.sent()[0]))).toContain('Which region do you work in?');
    });

    it("the welcome card offers the coming events, and its button lists them in the reader's language", async () => {
      const welcome = cardOf((await say('apua', 'fi-FI'))[0]);
      const actions: any[] = welcome.actions ?? [];
      expect(actions.find((a) => a.title === 'Tulevat tapahtumat')?.data).toMatchObject({ action: 'showEvents' });
      stub.reset();
      await app.post(cardSubmit({ ...as('fi-FI'), value: { action: 'showEvents' } }));
      const listed = cardText(cardOf(stub.sent()[0]));
      expect(listed).toContain('Tulevat tapahtumat');
      expect(listed).toContain('Verkostoissasi ei ole tulevia tapahtumia.');
    });

    it('refuses a forged region, changes nothing, and offers the choice again', async () => {
      await execute('setRegion', { regionId: 'uusimaa' });
      const answer = await execute('setRegion', { regionId: 'lappi' }, 'sv-FI');
      expect(cardText(answer.value)).toContain('En sådan region finns inte i Kollega. Ingenting ändrades');
      expect((await getPersonByBotUserId(app.store.db, user.id))?.regionId).toBe('uusimaa');
    });

    it('answers an unknown or malformed card action clearly and changes nothing', async () => {
      const unknownVerb = await execute('deleteEverything', { regionId: 'uusimaa' }, 'en-US');
      expect(cardText(unknownVerb.value)).toContain('That button is no longer valid, so nothing was changed.');
      const malformed = await execute('setRegion', { regionId: { $ne: null } }, 'fi-FI');
      expect(cardText(malformed.value)).toContain('Painike ei ole enää voimassa');

      await app.post(cardSubmit({ ...as('fi-FI'), value: { action: 'setRegion', regionId: 'x'.repeat(5000) } }));
      expect(cardText(cardOf(stub.sent()[0]))).toContain('Painike ei ole enää voimassa');
      expect((await getPersonByBotUserId(app.store.db, user.id))?.regionId).toBeNull();
    });
  });

  describe('in a team channel', () => {
    it('answers an @mention in the thread it was asked in, with the channel hint', async () => {
      const res = await app.post(channelMention({ serviceUrl: stub.url, from: user, locale: 'sv-FI', text: '<at>Kollega</at> hjälp' }));
      expect(res.status).toBe(200);
      const [reply] = stub.sent();
      expect(stub.requests[0].params.conversationId).toMatch(/;messageid=/);
      const text = cardText(cardOf(reply));
      expect(text).toContain('Välkommen till Kollega');
      expect(text).toContain('@Kollega hjälp');
      const channel = await getConversation(app.store.db, '19:lanu-vertaisoppiminen@thread.tacv2');
      expect(channel).toMatchObject({ kind: 'channel', teamId: TEAM.id, teamAadGroupId: TEAM.aadGroupId });
    });

    it('lists networks in the channel when asked', async () => {
      await app.post(channelMention({ serviceUrl: stub.url, from: user, locale: 'fi-FI', text: '<at>Kollega</at> verkostot Uusimaa' }));
      expect(cardText(cardOf(stub.sent()[0]))).toContain('Verkostot: Uusimaa');
    });
  });

  describe('bad activities', () => {
    it('rejects a message whose text is too long in the sender language, and stores nothing', async () => {
      const res = await app.post(personalMessage({ ...as('fi-FI'), text: 'x'.repeat(30_000) }));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Pyyntö ei kelpaa: text: /);
      expect(stub.requests).toHaveLength(0);
      expect(await getPersonByBotUserId(app.store.db, user.id)).toBeUndefined();
    });

    it.each([
      ['an empty object', {}],
      ['a message without sender or conversation', { type: 'message', text: 'help' }],
      ['an array', [1, 2, 3]],
    ])('rejects %s without a server error and without answering anyone', async (_label, body) => {
      const res = await app.post(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(stub.requests).toHaveLength(0);
    });

    it('rejects a body that is not JSON with a JSON error', async () => {
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'sv' },
        body: '{"type": "message", ',
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code: expect.any(String), message: expect.stringMatching(/^Begäran är ogiltig/) } });
    });

    it.each([
      ['a body of another type', 'text/plain', 'help', 415, 'Pyyntö ei kelpaa: sisällön on oltava JSONia (Content-Type: application/json)'],
      ['a body over 256 KiB', 'application/json', JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }), 413, 'Pyyntö ei kelpaa: sisältö on liian suuri'],
    ])('refuses %s in the reader language, and answers nobody', async (_label, type, body, status, message) => {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': type, 'accept-language': 'fi' }, body });
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(message);
      expect(stub.requests).toHaveLength(0);
    });
  });
});
