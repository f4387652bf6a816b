/** The tab's JSON API, the static tab and the probes, over HTTP, on SQLite and PostgreSQL. */
import { startTestKollega, type KollegaUnderTest } from '../support/kollegaUnderTest';

describe.each(['sqlite', 'postgres'] as const)('HTTP API [%s]', (dialect) => {
  let app: KollegaUnderTest;
  beforeAll(async () => {
    app = await startTestKollega(dialect);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const get = async (path: string, lang = 'fi') => {
    const res = await fetch(`${app.url}${path}`, { headers: { 'accept-language': lang }, redirect: 'manual' });
    const type = res.headers.get('content-type') ?? '';
    const body: any = type.includes('json') ? await res.json() : await res.text();
    return { status: res.status, headers: res.headers, body };
  };

  it('lists the regions with labels in the reader language', async () => {
    const { status, body } = await get('/api/regions', 'sv-FI,sv;q=0.9');
    expect(status).toBe(200);
    expect(body.regions.map((r: { label: string }) => r.label)).toEqual([
      'Nyland (AKE-Borgå)',
      'Syd-Österbotten (ÅKEpampas)',
      'Mellersta Österbotten (ÅKEpampas)',
      'Österbotten (ÅKEpampas)',
    ]);
  });

  it("lists a region's networks with their coordinators, without anyone's contact details", async () => {
    const { status, body } = await get('/api/networks?region=uusimaa', 'en');
    expect(status).toBe(200);
    expect(body.networks.map((n: { label: string }) => n.label)).toEqual(['SEVERI', "Children's and youth library work in Uusimaa"]);
    expect(body.networks[0].coordinators).toEqual([
      { id: 'elina-karioja', displayName: 'Elina Karioja', title: expect.objectContaining({ fi: 'Informaatikko' }) },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/email|aadObjectId/);
    const empty = await get('/api/networks?region=keski-pohjanmaa');
    expect(empty.body.networks).toEqual([]);
  });

  it('answers an unknown region with 404 and a bad query with 400, in the reader language', async () => {
    const missing = await get('/api/networks?region=lappi', 'sv');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NotFound', message: 'Hittades inte.' } });

    const bad = await get('/api/networks?region=%3Cscript%3E', 'fi');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Pyyntö ei kelpaa: region: /);
    expect(bad.body.error.message).not.toContain('<script>');

    const extra = await get('/api/networks?region=uusimaa&admin=1', 'en');
    expect(extra.status).toBe(400);
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await get('/api/nothing-here', 'en');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: expect.any(String), message: 'Not found.' } });
  });

  it('serves the tab and leads / to it', async () => {
    const root = await get('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/tab/');
    const tab = await get('/tab/');
    expect(tab.status).toBe(200);
    expect(tab.body).toContain('<title>Kollega</title>');
    // The built app's script, as index.html names it (npm run build:tab).
    const script = /<script[^>]+src="(\/tab\/assets\/[^"]+\.js)"/.exec(String(tab.body))?.[1];
    expect(script).toBeDefined();
    const asset = await get(script!);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // fetch takes gzip: it gets the build's gzipped copy, and the same script once unpacked.
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${app.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(asset.body);
    expect((await get('/tab/assets/../../package.json')).status).toBeGreaterThanOrEqual(400);
    // Only the web app is served there, never the server's own compiled code.
    expect((await get('/tab/api/routes.js')).status).toBe(404);
    expect((await get('/tab/../package.json')).status).toBeGreaterThanOrEqual(400);
  });

  it('is healthy, and ready with every migration applied', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toMatchObject({ status: 200, body: { status: 'ready', database: dialect } });
  });
});

describe('readiness without a database', () => {
  it('says not ready (503) while the database is unreachable, and healthy all the same', async () => {
    const app = await startTestKollega('sqlite');
    try {
      await app.store.close();
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'database unreachable', database: 'sqlite' });
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.stop().catch(() => undefined);
    }
  });
});
