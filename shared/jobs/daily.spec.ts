import { describe, expect, it } from '@jest/globals';
import { nextAt } from './daily';

describe('the next daily moment in Finnish time', () => {
  it('is today when the time is still ahead, tomorrow when it has passed', () => {
    expect(nextAt('03:30', new Date('2026-01-15T00:00:00.000Z')).toISOString()).toBe('2026-01-15T01:30:00.000Z');
    expect(nextAt('03:30', new Date('2026-01-15T01:30:00.000Z')).toISOString()).toBe('2026-01-16T01:30:00.000Z');
  });

  it('keeps the wall-clock time across summer time', () => {
    expect(nextAt('03:30', new Date('2026-06-15T12:00:00.000Z')).toISOString()).toBe('2026-06-16T00:30:00.000Z');
    // The night the clocks go forward (29 March 2026, 03:00 → 04:00): 03:30 does not exist, the next day's does.
    expect(nextAt('03:30', new Date('2026-03-28T23:00:00.000Z')).toISOString()).toBe('2026-03-30T00:30:00.000Z');
  });
});
