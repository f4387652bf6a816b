/**
 * Graph acting as a user (the on-behalf-of flow): when a coordinator works in the tab, their Teams SSO token is
 * exchanged with msal-node for delegated calendar access, and msal's token cache for that user is kept sealed in
 * the database. The outbox, on any instance and after any restart, then asks for a token silently: msal uses the
 * cached access token or renews it with the refresh token. A grant that no longer works is forgotten, and the
 * caller falls back to the application's own permission.
 */
import { AuthError, ConfidentialClientApplication, type ICachePlugin } from '@azure/msal-node';
import { DEFAULT_AUTHORITY_HOST, DEFAULT_GRAPH_BASE_URL, tokenError, type GraphSettings, type GraphTransportOptions } from './graphClient';
import { seal, unseal } from './sealing';

/** Where sealed caches live, by Entra object id (the store's graph_grants table in the app). */
export interface GrantVault {
  read(userId: string): Promise<string | undefined>;
  write(userId: string, sealed: string): Promise<void>;
  remove(userId: string): Promise<void>;
}

/** granted: kept for later; refused: Entra ID said no (consent, a bad token); unavailable: try again later. */
export type GrantOutcome = 'granted' | 'refused' | 'unavailable';

export interface DelegatedAccess {
  /** Exchanges the user's SSO token (already verified by the caller) and keeps the result for later work. */
  grant(ssoToken: string, userId: string): Promise<GrantOutcome>;
  /**
   * A delegated Graph token for the user, or undefined when they gave none that still works. Throws a transient
   * GraphError when Entra ID cannot be reached, so the work is retried rather than done with other rights.
   */
  tokenFor(userId: string): Promise<string | undefined>;
}

/** The delegated permission Kollega asks for: the coordinator's own calendar. */
export const DELEGATED_SCOPE = 'Calendars.ReadWrite';

export function createDelegatedAccess(settings: GraphSettings, sealingKey: Buffer, vault: GrantVault, options: GraphTransportOptions = {}): DelegatedAccess {
  const baseUrl = (settings.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, '');
  const authorityHost = (settings.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, '');
  const scopes = [`${baseUrl}/${DELEGATED_SCOPE}`];

  // One msal client per call, its cache bound to one user: instances share nothing but the database row.
  function clientFor(userId: string): ConfidentialClientApplication {
    const cachePlugin: ICachePlugin = {
      async beforeCacheAccess(context) {
        const sealed = await vault.read(userId);
        const text = sealed === undefined ? undefined : unseal(sealingKey, userId, sealed);
        if (text !== undefined) context.tokenCache.deserialize(text);
      },
      async afterCacheAccess(context) {
        if (context.cacheHasChanged) await vault.write(userId, seal(sealingKey, userId, context.tokenCache.serialize()));
      },
    };
    return new ConfidentialClientApplication({
      auth: {
        clientId: settings.clientId,
        clientSecret: settings.clientSecret,
        authority: `${authorityHost}/${settings.tenantId}`,
        knownAuthorities: authorityHost === DEFAULT_AUTHORITY_HOST ? [] : [new URL(authorityHost).host],
      },
      cache: { cachePlugin },
      system: options.msalNetworkClient ? { networkClient: options.msalNetworkClient } : {},
    });
  }

  /** Entra ID refused (4xx, consent, revoked): the grant will not work again without the user. */
  const refused = (thrown: unknown) => thrown instanceof AuthError && !tokenError(thrown).transient;

  return {
    async grant(ssoToken, userId) {
      try {
        const result = await clientFor(userId).acquireTokenOnBehalfOf({ oboAssertion: ssoToken, scopes });
        if (result?.uniqueId?.toLowerCase() === userId.toLowerCase()) return 'granted';
        await vault.remove(userId); // an answer for someone else must never serve this user
        return 'refused';
      } catch (thrown) {
        if (!(thrown instanceof AuthError)) throw thrown; // the vault failed: the caller's to report
        return refused(thrown) ? 'refused' : 'unavailable';
      }
    },

    async tokenFor(userId) {
      const client = clientFor(userId);
      const account = (await client.getTokenCache().getAllAccounts()).find((a) => a.localAccountId.toLowerCase() === userId.toLowerCase());
      if (!account) {
        await vault.remove(userId); // nothing usable: no row, or one sealed with another key
        return undefined;
      }
      try {
        const result = await client.acquireTokenSilent({ account, scopes });
        return result?.accessToken || undefined;
      } catch (thrown) {
        if (!refused(thrown)) throw tokenError(thrown);
        await vault.remove(userId);
        return undefined;
      }
    },
  };
}
