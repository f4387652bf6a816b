import { randomBytes } from 'node:crypto';
import { seal, sealingKey, unseal } from './sealing';

const key = randomBytes(32);
const owner = '0b6f4a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

describe('sealing a token cache', () => {
  it('opens for the same key and owner, and hides the text', () => {
    const sealed = seal(key, owner, '{"RefreshToken":"secret-refresh"}');
    expect(sealed).not.toContain('secret');
    expect(unseal(key, owner.toUpperCase(), sealed)).toBe('{"RefreshToken":"secret-refresh"}');
  });

  it('does not open with another key, for another owner, or when altered', () => {
    const sealed = seal(key, owner, 'tokens');
    expect(unseal(randomBytes(32), owner, sealed)).toBeUndefined();
    expect(unseal(key, 'someone-else', sealed)).toBeUndefined();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    expect(unseal(key, owner, [...parts.slice(0, 3), body.toString('base64url')].join('.'))).toBeUndefined();
    expect(unseal(key, owner, 'garbage')).toBeUndefined();
  });

  it('accepts only a 32-byte base64 key', () => {
    expect(sealingKey(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(sealingKey(randomBytes(16).toString('base64'))).toBeUndefined();
    expect(sealingKey('not base64 at all!')).toBeUndefined();
  });
});
