/**
 * A fuzz run of hostile input against the running server: Bot Framework activities and card payloads at
 * /api/messages (wrong types, huge strings, unknown verbs, other people's ids, script and template expressions in
 * text) and bodies, params and tokens for every route of the tab API. No request may crash the server or get a
 * 5xx; every refusal of the tab API carries a message; no user text is evaluated as a template expression in a
 * card. FUZZ_COUNT sets the number of requests (CI runs the default; `npm run fuzz` runs 10,000), FUZZ_SEED the
 * sequence, so a failure can be replayed.
 */
import { cardActionSchema } from '../../bot/activities/cardActions';
import { apiRoutes } from '../../tab/api/routes';
import { cardExecute, cardSubmit, installationUpdate, personalMessage } from '../fixtures/activities';
import { startConnectorStub, type ConnectorStub } from '../fixtures/connectorStub';
import { guardLoopback } from '../graph/loopbackGuard';
import { elina, TENANT } from '../support/joiningWorld';
import type { KollegaUnderTest } from '../support/kollegaUnderTest';
import { startTabApi, type TabApiUnderTest } from '../support/tabApi';
import { hostileText, hostileValue, mutate, prng, type Random } from './hostile';

const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
/** A template expression: were user text ever evaluated by adaptivecards-templating, the card would say FUZZED. */
const EVALUATED = 'FUZZED';

const verbs = cardActionSchema.options.map((o) => o.shape.action.value as string);

describe('hostile input', () => {
  let api: TabApiUnderTest;
  let app: KollegaUnderTest;
  let stub: ConnectorStub;
  let guard: ReturnType<typeof guardLoopback>;
  let tokens: string[];

  beforeAll(async () => {
    guard = guardLoopback();
    stub = await startConnectorStub();
    api = await startTabApi('sqlite');
    app = api.app;
    tokens = [
      await api.entra.sign({ oid: elina.aadObjectId, tid: TENANT, name: 'Elina Karioja' }),
      await api.entra.sign({ oid: '9e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a01', tid: TENANT, name: '<script>alert(1)</script>', preferred_username: 'x@y.fi' }),
      'not.a.token',
      '',
    ];
  });
  afterAll(async () => {
    await api?.stop();
    await stub?.close();
    guard?.restore();
  });

  /** A valid activity of some kind, from a user of a small pool, before mutation. */
  function activity(r: Random): object {
    const user = { id: `29:fuzz-${r.int(5)}`, name: 'Fuzz', aadObjectId: `0b6c1d2e-2222-4a4a-8c01-00000000000${r.int(5)}` };
    const base = { serviceUrl: stub.url, from: user, conversation: { id: `a:fuzz-${user.id}`, conversationType: 'personal', tenantId: TENANT }, locale: r.pick(['fi-FI', 'sv-FI', 'en-US', 'xx', '']) };
    const verb = r.chance(0.9) ? r.pick(verbs) : hostileText(r);
    const data = { action: verb, ...Object.fromEntries(Array.from({ length: r.int(6) }, () => [r.pick(['networkId', 'eventId', 'requestId', 'applicationId', 'meetingId', 'themeId', 'text', 'reason', 'answer', 'version', 'homeLibraryId', 'granted', 'titleFi']), hostileValue(r)])) };
    switch (r.int(5)) {
      case 0: return personalMessage({ ...base, text: hostileText(r) });
      case 1: return cardSubmit({ ...base, value: data });
      case 2: return installationUpdate(r.pick(['add', 'remove']), r.pick(['personal', 'team']), base);
      default: return cardExecute(verb, { ...base, data });
    }
  }

  async function send(method: string, url: string, headers: Record<string, string>, body: string | undefined) {
    const res = await fetch(url, { method, headers, body });
    const text = await res.text();
    return { status: res.status, text, json: res.headers.get('content-type')?.includes('json') ? safeJson(text) : undefined };
  }

  it(`answers ${COUNT} hostile requests without a crash, a 5xx or an evaluated expression`, async () => {
    const r = prng(SEED);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      let answer: { status: number; text: string; json: any };
      let what: string;
      if (r.chance(0.5)) {
        const body = r.chance(0.05) ? r.pick(['{', 'null', '[]', '"x"', 'x'.repeat(300_000), '{"type":"message"']) : JSON.stringify(mutate(activity(r), r, ['serviceUrl']));
        what = `POST /api/messages ${body.slice(0, 2000)}`;
        answer = await send('POST', `${app.url}/api/messages`, { 'content-type': 'application/json' }, body);
      } else {
        const route = r.pick(apiRoutes);
        const url = route.path.replace(/:(\w+)/g, () => inUrl(hostileText(r)) || 'x');
        const query = r.chance(0.3) ? `?${r.pick(['q', 'year', 'region', 'token', 'lang', 'bilingual'])}=${inUrl(hostileText(r))}` : '';
        const body = route.method === 'GET' ? undefined : JSON.stringify(r.chance(0.2) ? hostileValue(r) : mutate({ plan: {}, step: 'confirm', reason: 'x', text: 'x', rating: 3 }, r, []));
        what = `${route.method} ${url}${query} ${body?.slice(0, 160) ?? ''}`;
        const token = r.pick(tokens);
        answer = await send(route.method, `${app.url}${url}${query}`, { 'content-type': 'application/json', 'accept-language': r.pick(['fi', 'sv', 'en', '*', '']), ...(token ? { authorization: `Bearer ${token}` } : {}) }, body);
        const refusedWithoutMessage = answer.status >= 400 && answer.status < 500 && answer.status !== 405 && typeof answer.json?.error?.message !== 'string';
        if (refusedWithoutMessage) problems.push(`${answer.status} without a message: ${what}`);
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500) problems.push(`${answer.status}: ${what} → ${answer.text.slice(0, 200)}`);
      if (answer.text.includes(EVALUATED)) problems.push(`an expression was evaluated: ${what}`);
    }
    const sentCards = JSON.stringify(stub.sent());
    if (sentCards.includes(EVALUATED)) problems.push('a proactive or replied card evaluated user text as an expression');
    expect(problems.slice(0, 10)).toEqual([]);
    expect(guard.attempts).toEqual([]);
    // Still up, its database whole, and still answering a person normally.
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const hello = await app.post(personalMessage({ serviceUrl: stub.url, text: 'help', locale: 'fi-FI' }));
    expect(hello.status).toBe(200);
    // The run did reach past validation: some requests were refused, some were accepted.
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(COUNT / 20);
  }, 600_000);
});

/** Percent-encoded, lone surrogates made whole, cut at 2,000 characters (which may split an escape: also hostile). */
const inUrl = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?')).slice(0, 2000);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
