/**
 * Spaced work (a channel's card updates, a meeting's attendees): one turn per gap, whichever instance asks, and
 * an honest wait for the one that has to wait. On both engines, two stores on one database standing in for two
 * server instances.
 */
import { takeTurn } from '../../shared/store/repositories/spacing';
import { describeEachEngine } from '../support/databases';

const at = (ms: number) => new Date(Date.UTC(2027, 2, 1, 8, 0, 0) + ms);

describeEachEngine('spacing', (t) => {
  it('gives the first turn at once and makes the next wait until the gap has passed', async () => {
    const db = t.store.db;
    expect(await takeTurn(db, 'attendees:e1', at(0), 1000)).toBe(0);
    expect(await takeTurn(db, 'attendees:e1', at(400), 1000)).toBe(600);
    expect(await takeTurn(db, 'attendees:e1', at(999), 1000)).toBe(1);
    expect(await takeTurn(db, 'attendees:e1', at(1000), 1000)).toBe(0);
    // The wait counts from the turn taken, not from the one refused.
    expect(await takeTurn(db, 'attendees:e1', at(1500), 1000)).toBe(500);
  });

  it('keeps each key to itself', async () => {
    const db = t.store.db;
    expect(await takeTurn(db, 'card-update:19:a', at(0), 150)).toBe(0);
    expect(await takeTurn(db, 'card-update:19:b', at(10), 150)).toBe(0);
    expect(await takeTurn(db, 'card-update:19:a', at(20), 150)).toBe(130);
  });

  it('gives one turn when two instances ask at the same moment', async () => {
    const other = await t.openAnother();
    const waits = await Promise.all([takeTurn(t.store.db, 'attendees:e2', at(0), 1000), takeTurn(other.db, 'attendees:e2', at(0), 1000)]);
    expect(waits.sort((a, b) => a - b)).toEqual([0, 1000]);
  });
});
