/**
 * Teams single sign-on tokens, checked by Kollega itself: an RS256 signature by one of Entra ID's published keys,
 * the issuer of the token's own tenant, the tab's Application ID URI as audience, a tenant on the allowed list,
 * and not expired. Anything else is no sign-in at all.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';

export interface EntraIdentity {
  /** The person's Entra object id and tenant, lower case. */
  objectId: string;
  tenantId: string;
  name: string | null;
  /** The sign-in name (preferred_username or upn) when it is an address, lower case: coordinators may be named by it. */
  email: string | null;
}

export interface EntraSettings {
  appIdUri: string;
  allowedTenants: readonly string[];
  /** e.g. https://login.microsoftonline.com; its keys are at /common/discovery/v2.0/keys. */
  authorityHost: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type EntraVerifier = (token: string) => Promise<EntraIdentity | undefined>;

export function createEntraVerifier(settings: EntraSettings): EntraVerifier {
  const keys = createRemoteJWKSet(new URL(`${settings.authorityHost}/common/discovery/v2.0/keys`));
  const allowed = new Set(settings.allowedTenants.map((t) => t.toLowerCase()));
  return async (token) => {
    let claims: Record<string, unknown>;
    try {
      // Two minutes of clock skew, as Entra ID's own libraries allow; only RS256, so "alg: none" never passes.
      claims = (await jwtVerify(token, keys, { audience: settings.appIdUri, algorithms: ['RS256'], clockTolerance: 120 })).payload;
    } catch {
      return undefined;
    }
    const tenantId = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
    const objectId = typeof claims.oid === 'string' ? claims.oid.toLowerCase() : '';
    if (!guid.test(tenantId) || !guid.test(objectId) || !allowed.has(tenantId)) return undefined;
    // v2.0 tokens name the tenant's issuer at the authority; v1.0 tokens (Teams' default) name sts.windows.net.
    const issuers = [`${settings.authorityHost}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
    if (typeof claims.iss !== 'string' || !issuers.includes(claims.iss)) return undefined;
    const signInName = [claims.preferred_username, claims.upn].find((v): v is string => typeof v === 'string' && /^[^@\s]+@[^@\s]+$/.test(v));
    return { objectId, tenantId, name: typeof claims.name === 'string' ? claims.name : null, email: signInName?.toLowerCase() ?? null };
  };
}
