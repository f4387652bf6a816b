import { describe, expect, it } from '@jest/globals';
import type { Loaded } from '../common/useLoad';
import { staysQuiet } from './staysQuiet';

type Data = { items: number; coordinates: boolean };
const loaded = (data: Data | undefined, error?: Error): Loaded<Data> => ({ data, error, loading: !data && !error, reload: () => undefined, replace: () => undefined });
const worth = (d: Data) => d.coordinates || d.items > 0;

describe('a quiet section', () => {
  it('always shows outside a channel tab', () => {
    expect(staysQuiet(false, loaded(undefined), worth)).toBe(false);
    expect(staysQuiet(undefined, loaded({ items: 0, coordinates: false }), worth)).toBe(false);
  });

  it('in a channel tab, shows only when there is something to read or the reader may add', () => {
    expect(staysQuiet(true, loaded(undefined), worth)).toBe(true);
    expect(staysQuiet(true, loaded({ items: 0, coordinates: false }), worth)).toBe(true);
    expect(staysQuiet(true, loaded({ items: 2, coordinates: false }), worth)).toBe(false);
    expect(staysQuiet(true, loaded({ items: 0, coordinates: true }), worth)).toBe(false);
  });

  it('shows a failure to load, so it can be retried', () => {
    expect(staysQuiet(true, loaded(undefined, new Error('offline')), worth)).toBe(false);
  });
});
