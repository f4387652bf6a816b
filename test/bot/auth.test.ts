/**
 * With app credentials, /api/messages accepts only activities carrying a valid Bot Framework channel token.
 * Tokens are real RS256 JWTs checked against a local OpenID/JWKS server; a rejected request must not run the
 * bot: nothing is sent and nobody is stored.
 */
import { getPersonByBotUserId } from '../../shared/store/repositories/people';
import { USER, personalMessage } from '../fixtures/activities';
import { startBotAuthServer, type BotAuthServer } from '../fixtures/botAuth';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { cardOf, cardText, startTestKollega, type KollegaUnderTest } from '../support/kollegaUnderTest';

const appId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const tenantId = '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41';

describe('Bot Framework authentication of /api/messages', () => {
  let auth: BotAuthServer;
  let stub: ConnectorStub;
  let app: KollegaUnderTest;

  beforeAll(async () => {
    // CloudAdapter prints each rejected token with console.error; the assertions below say what matters.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    auth = await startBotAuthServer();
    stub = await startConnectorStub();
    app = await startTestKollega('sqlite', {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: tenantId,
      ...auth.botFrameworkAuthSettings(appId),
    });
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
    await auth?.close();
    jest.restoreAllMocks();
  });
  beforeEach(() => stub.reset());

  const activity = (userId: string, extra: object = {}) => ({
    ...personalMessage({ serviceUrl: stub.url, from: { ...USER, id: userId }, text: 'help', locale: 'en-US' }),
    ...extra,
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it.each([
    ['no token', async () => ({})],
    ['a garbage token', async () => bearer('not.a.jwt')],
    ['a wrong audience', async () => bearer(await auth.sign({ aud: '11111111-2222-3333-4444-555555555555', serviceurl: stub.url }))],
    ['a wrong issuer', async () => bearer(await auth.sign({ iss: 'https://evil.example.org', serviceurl: stub.url }))],
    ['an expired token', async () => bearer(await auth.sign({ exp: Math.floor(Date.now() / 1000) - 3600, serviceurl: stub.url }))],
    ['a token for another service URL', async () => bearer(await auth.sign({ serviceurl: 'https://attacker.example.org/' }))],
    ['a token signed with another key', async () => bearer(await auth.sign({ serviceurl: stub.url }, { wrongKey: true }))],
  ])('rejects a request with %s and does not run the bot', async (label, headers) => {
    const userId = `29:auth-${label.replace(/\W+/g, '-')}`;
    const res = await app.post(activity(userId), await headers());
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).not.toBe(200);
    expect(stub.requests).toHaveLength(0);
    expect(await getPersonByBotUserId(app.store.db, userId)).toBeUndefined();
  });

  it('accepts a valid channel token and answers', async () => {
    // expectReplies: the bot answers in the HTTP response, so it needs no outbound token from Entra ID.
    const res = await app.post(
      activity('29:auth-valid', { deliveryMode: 'expectReplies' }),
      bearer(await auth.sign({ aud: appId, serviceurl: stub.url })),
    );
    expect(res.status).toBe(200);
    const replies = res.body.activities;
    expect(replies).toHaveLength(1);
    expect(cardText(cardOf(replies[0]))).toContain('Welcome to Kollega');
    expect(stub.requests).toHaveLength(0);
    expect(await getPersonByBotUserId(app.store.db, '29:auth-valid')).toBeDefined();
  });
});
