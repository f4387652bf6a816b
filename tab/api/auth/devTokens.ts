/**
 * Developer sign-in outside Teams: a token naming a seeded person, signed with a key that lives only in this
 * process. It exists only when TAB_DEV_SIGN_IN=true, which the configuration refuses in production.
 */
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

const issuer = 'kollega-dev-sign-in';
const audience = 'kollega-tab';

export interface DevTokens {
  sign(personId: string): Promise<string>;
  /** The person a token names, or undefined for anything not signed here or expired. */
  verify(token: string): Promise<string | undefined>;
}

export function createDevTokens(): DevTokens {
  const key = randomBytes(32);
  return {
    sign: (personId) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(personId).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime('1h').sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, audience, algorithms: ['HS256'] });
        return payload.sub;
      } catch {
        return undefined;
      }
    },
  };
}
