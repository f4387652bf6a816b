/** An invoke Kollega never offers is answered as the caller's mistake, in their language, not as a server fault. */
import { cardExecute } from '../fixtures/activities';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { startTestKollega, type KollegaUnderTest } from '../support/kollegaUnderTest';

describe('an invoke Kollega does not offer', () => {
  let app: KollegaUnderTest;
  let stub: ConnectorStub;

  beforeAll(async () => {
    stub = await startConnectorStub();
    app = await startTestKollega('sqlite');
  });
  afterAll(async () => {
    await app?.stop();
    await stub?.close();
  });

  it.each(['task/fetch', 'composeExtension/query', 'no/such/thing'])('%s gets a 400 with a Swedish message', async (name) => {
    const res = await app.post({ ...cardExecute('help', { serviceUrl: stub.url, locale: 'sv-FI' }), name, value: {} });
    expect(res).toMatchObject({ status: 400, body: { code: 'BadRequest', message: 'Kollega hanterar inte den här sortens begäran, så ingenting ändrades.' } });
  });

  it('still answers a card action it knows', async () => {
    expect((await app.post(cardExecute('help', { serviceUrl: stub.url, locale: 'sv-FI' }))).status).toBe(200);
  });
});
