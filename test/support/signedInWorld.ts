/**
 * The whole server with the tab's Teams sign-in, Graph and the on-behalf-of flow, for suites that act in the tab
 * with real signed tokens: the Entra key stand-in, the connector stub, the Graph emulator (trusting the stand-in's
 * tokens for the exchange) and a JoiningWorld configured for all three. `stop` also asserts that Graph saw
 * nothing it would refuse and nothing the v1.0 metadata lacks.
 */
import { randomBytes } from 'node:crypto';
import type { SeedInput } from '../../shared/store/seed/seedSchema';
import { startConnectorStub, type ConnectorStub, type TeamsMember } from '../fixtures/connectorStub';
import { startEntraStandIn, TAB_APP_ID_URI, type EntraStandIn } from '../fixtures/entraTokens';
import { startGraphEmulator, type GraphEmulator } from '../fixtures/graphEmulator';
import { metadataProblems } from './graphMetadata';
import { JoiningWorld, TENANT } from './joiningWorld';
import type { StoreDialect } from '../../shared/store/database';

export interface SignedInWorld {
  entra: EntraStandIn;
  stub: ConnectorStub;
  graph: GraphEmulator;
  world: JoiningWorld;
  stop(): Promise<void>;
}

export async function startSignedInWorld(dialect: StoreDialect, seed: SeedInput, options: { members?: TeamsMember[]; users?: Array<{ id: string; displayName: string; mail: string }> } = {}): Promise<SignedInWorld> {
  const entra = await startEntraStandIn();
  const stub = await startConnectorStub({ members: options.members ?? [] });
  const graph = await startGraphEmulator({ tenantId: TENANT, clientId: TAB_APP_ID_URI.split('/').pop()!, sso: { audience: TAB_APP_ID_URI, jwks: entra.jwks } });
  for (const user of options.users ?? []) graph.addUser(user);
  const env = {
    ...graph.env,
    TAB_APP_ID_URI,
    TAB_ALLOWED_TENANTS: TENANT,
    ENTRA_AUTHORITY_HOST: entra.authorityHost,
    GRAPH_TOKEN_CACHE_KEY: randomBytes(32).toString('base64'),
  };
  const world = await JoiningWorld.start(dialect, stub, env, { graphTransport: graph.transport }, seed);
  return {
    entra, stub, graph, world,
    async stop() {
      await world.stop();
      await graph.close();
      await stub.close();
      await entra.close();
      expect(graph.failures).toEqual([]);
      expect(metadataProblems(graph.requests)).toEqual([]);
    },
  };
}
