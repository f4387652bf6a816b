/** `npm start` as a person runs it: the built server as its own process, on the embedded SQLite default. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { USER, personalMessage } from '../fixtures/activities';
import { startConnectorStub } from '../fixtures/connectorStub';
import { cardOf, cardText } from '../support/kollegaUnderTest';
import { startServerProcess as startProcess } from '../support/serverProcess';

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the server process', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-process-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts on SQLite in ./data, says where it listens and how to talk to it, and stops cleanly on SIGTERM', async () => {
    const started = startProcess({ PORT: '0' }, dir);
    const url = await started.url;
    expect(started.output()).toContain('/api/messages');
    expect(started.output()).toContain('Agents Playground');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(fs.existsSync(path.join(dir, 'data', 'kollega.sqlite'))).toBe(true);
    for (const line of started.output().trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();

    started.child.kill('SIGTERM');
    const [code] = await once(started.child, 'exit');
    expect(code).toBe(0);
    expect(started.output()).toContain('shutting down');
  });

  it('keeps what a person did across a restart', async () => {
    const stub = await startConnectorStub();
    try {
      const env = { PORT: '0', DATA_DIR: path.join(dir, 'kept') };
      const say = async (url: string, text: string) => {
        stub.reset();
        const activity = personalMessage({ serviceUrl: stub.url, from: { ...USER, id: '29:restart' }, text, locale: 'en-US' });
        await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        return cardText(cardOf(stub.sent()[0]));
      };

      const first = startProcess(env, dir);
      expect(await say(await first.url, 'networks in Nyland')).toContain('Networks in Uusimaa');
      first.child.kill('SIGTERM');
      await once(first.child, 'exit');

      const second = startProcess(env, dir);
      expect(await say(await second.url, 'networks')).toContain('Networks in Uusimaa');
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    } finally {
      await stub.close();
    }
  });

  it('finishes a request in flight when told to stop, and then refuses new connections', async () => {
    const stub = await startConnectorStub();
    try {
      const started = startProcess({ PORT: '0' }, dir);
      const url = new URL(await started.url);
      const body = Buffer.from(JSON.stringify(personalMessage({ serviceUrl: stub.url, from: { ...USER, id: '29:in-flight' }, text: 'help', locale: 'fi-FI' })));
      // The request is half sent when SIGTERM comes; the rest follows after the server began shutting down.
      const request = http.request({ host: url.hostname, port: url.port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } });
      const answered = once(request, 'response');
      request.write(body.subarray(0, 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
      started.child.kill('SIGTERM');
      await waitFor(() => started.output().includes('shutting down'));
      request.end(body.subarray(20));
      const [response] = (await answered) as [http.IncomingMessage];
      expect(response.statusCode).toBe(200);
      expect(cardText(cardOf(stub.sent()[0]))).toContain('Kollega');
      const [code] = await once(started.child, 'exit');
      expect(code).toBe(0);
      await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow();
    } finally {
      await stub.close();
    }
  });

  it('refuses a bad configuration with a message naming each variable, and keeps secrets out of it', async () => {
    const started = startProcess(
      { PORT: 'eighty', MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'hunter2-secret', MicrosoftAppTenantId: 'x' },
      dir,
    );
    await expect(started.url).rejects.toThrow(/exited before listening/);
    expect(started.child.exitCode).toBe(1);
    expect(started.output()).toMatch(/PORT: /);
    expect(started.output()).toMatch(/MicrosoftAppId: /);
    expect(started.output()).toContain('.env.example');
    expect(started.output()).not.toContain('hunter2-secret');
  });

  it('never writes the app password or the database password to its logs', async () => {
    const started = startProcess(
      {
        PORT: '0',
        LOG_LEVEL: 'trace',
        MicrosoftAppId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        MicrosoftAppPassword: 'hunter2-secret',
        MicrosoftAppTenantId: '6f1c4a2e-3b7d-4c8e-9a15-2d0b7e5f8c41',
      },
      dir,
    );
    const url = await started.url;
    await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer hunter2-secret' }, body: '{}' });
    started.child.kill('SIGTERM');
    await once(started.child, 'exit');
    expect(started.output()).toContain('authenticated as app 3f2504e0');
    expect(started.output()).not.toContain('hunter2-secret');
  });
});
