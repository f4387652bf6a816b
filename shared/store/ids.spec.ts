import { z } from 'zod';
import { newId } from './ids';

describe('newId', () => {
  it('makes RFC 9562 version 7 UUIDs that the card schemas accept', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
  });

  it('orders ids by creation, also many within one millisecond, and never repeats one', () => {
    const at = Date.parse('2026-11-24T10:00:00.000Z');
    const ids = [...Array.from({ length: 5000 }, () => newId(at)), newId(at + 5000), newId(at + 5001)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries its creation time in its first 48 bits', () => {
    const at = Date.parse('2027-02-02T12:00:00.000Z');
    expect(parseInt(newId(at).replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(at);
  });
});
