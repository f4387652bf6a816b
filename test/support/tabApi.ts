/**
 * The whole server with the tab's Teams sign-in verified against a local Entra ID key stand-in and the bundled
 * seed (Elina coordinates AKE-Borgå), and a `call` that signs each request as the person named: for the suites
 * that drive the tab's API as real people would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StartOptions } from '../../bot/app';
import type { StoreDialect } from '../../shared/store/database';
import type { SeedInput } from '../../shared/store/seed/seedSchema';
import { startEntraStandIn, TAB_APP_ID_URI, type EntraStandIn } from '../fixtures/entraTokens';
import { testSeed, TENANT } from './joiningWorld';
import { startTestKollega, type KollegaUnderTest } from './kollegaUnderTest';

export type Signer = Parameters<EntraStandIn['sign']>[0];

export interface TabApiUnderTest {
  app: KollegaUnderTest;
  entra: EntraStandIn;
  /** A request signed as `who`; JSON answers parsed, any other answer (a CSV file) as text. */
  call(method: string, route: string, who: Signer, body?: unknown, lang?: string): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startTabApi(dialect: StoreDialect, options: StartOptions = {}, seed: SeedInput = testSeed()): Promise<TabApiUnderTest> {
  const entra = await startEntraStandIn();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollega-tab-api-'));
  fs.writeFileSync(path.join(dir, 'seed.json'), JSON.stringify(seed));
  const app = await startTestKollega(dialect, { TAB_APP_ID_URI, TAB_ALLOWED_TENANTS: TENANT, ENTRA_AUTHORITY_HOST: entra.authorityHost, SEED_FILE: path.join(dir, 'seed.json') }, options);
  return {
    app,
    entra,
    async call(method, route, who, body, lang = 'en') {
      const res = await fetch(`${app.url}${route}`, {
        method,
        headers: { authorization: `Bearer ${await entra.sign(who)}`, 'accept-language': lang, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    },
    async stop() {
      await app.stop();
      await entra.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
