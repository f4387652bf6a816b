import { z } from 'zod';
import { validate } from './validate';

const schema = z.strictObject({ region: z.string().regex(/^[a-z-]+$/), count: z.number().int() });

describe('validate', () => {
  it('returns the parsed value', () => {
    expect(validate(schema, { region: 'uusimaa', count: 2 })).toEqual({ ok: true, value: { region: 'uusimaa', count: 2 } });
  });

  it('names each bad field, in the reader language', () => {
    const bad = { region: 'X!', count: 'two' };
    const en = validate(schema, bad, 'en');
    const fi = validate(schema, bad, 'fi');
    const sv = validate(schema, bad, 'sv');
    expect(en).toEqual({ ok: false, problems: [expect.stringMatching(/^region: /), expect.stringMatching(/^count: .*number/)] });
    expect(fi.ok || fi.problems[1]).toMatch(/^count: Virheellinen tyyppi/);
    expect(sv.ok || sv.problems[1]).toMatch(/^count: Ogiltig inmatning/);
  });

  it('reports unknown fields of a strict schema', () => {
    const result = validate(schema, { region: 'a', count: 1, admin: true });
    expect(result.ok).toBe(false);
  });

  it('caps the number of problems', () => {
    const many = z.array(z.number());
    const result = validate(many, Array.from({ length: 50 }, () => 'x'));
    expect(result.ok || result.problems.length).toBe(5);
  });
});
