/**
 * Who calls the tab's API: the person a verified bearer token names. A Teams SSO token names an Entra user, who
 * becomes a person on first sign-in (and the same person the bot knows, whichever came first); a developer token
 * names a person directly. No token, or one that does not verify, is nobody.
 */
import { decodeProtectedHeader } from 'jose';
import type { Store } from '../../../shared/store/database';
import { findOrCreateSignedInPerson, getPerson, type PersonRecord } from '../../../shared/store/repositories/people';
import type { DevTokens } from './devTokens';
import type { EntraVerifier } from './entraTokens';

export interface Caller {
  person: PersonRecord;
  /** The verified Teams SSO token, which the on-behalf-of flow may exchange; none for developer sign-in. */
  ssoToken?: string;
}

export type CallerResolver = (authorization: string | undefined) => Promise<Caller | undefined>;

export function createCallerResolver(deps: { store: Store; now: () => Date; entra?: EntraVerifier; dev?: DevTokens }): CallerResolver {
  return async (authorization) => {
    const token = /^Bearer ([A-Za-z0-9_.-]{1,8192})$/.exec(authorization?.trim() ?? '')?.[1];
    if (!token) return undefined;
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return undefined;
    }
    if (alg === 'HS256' && deps.dev) {
      const personId = await deps.dev.verify(token);
      const person = personId ? await getPerson(deps.store.db, personId) : undefined;
      return person && { person };
    }
    if (!deps.entra) return undefined;
    const identity = await deps.entra(token);
    if (!identity) return undefined;
    return { person: await findOrCreateSignedInPerson(deps.store.db, { ...identity, now: deps.now() }), ssoToken: token };
  };
}
