/**
 * The events suites' world: the joining world's seed with the children's and youth network (lanu) meeting in
 * its own team, its coordinator Tiina (fi), Pekka (en) beside her, Elina (sv) for SEVERI, and a fixed clock in
 * early March 2027, before the spring's daylight-saving change.
 */
import { TestClock } from '../jobs/jobTestKit';
import bookCoffee from '../fixtures/events/bookCoffeeForm.json';
import type { SeedInput } from '../../shared/store/seed/seedSchema';
import { getEvent, type EventRecord } from '../../shared/store/repositories/events';
import { SEVERI_TEAM, testSeed, type JoiningWorld, type Someone, type TeamPlace } from './joiningWorld';

export const LANU_TEAM: TeamPlace = { id: '19:lanu-general@thread.tacv2', name: 'Lanu', aadGroupId: '3d9e7a51-5c2b-4f0e-b8d4-7a6c1e2f9b30' };
export const SEVERI_PLACE: TeamPlace = { id: '19:severi-general@thread.tacv2', name: 'SEVERI', aadGroupId: SEVERI_TEAM };

export function eventsSeed(): SeedInput {
  const seed = testSeed();
  seed.networks = seed.networks.map((n) => (n.id === 'lanu' ? { ...n, teamsTeamId: LANU_TEAM.aadGroupId } : n));
  return seed;
}

export const eventsClock = () => new TestClock('2027-03-01T08:00:00.000Z');

/** The form a coordinator fills in, as the card sends it back (Finnish wall-clock time); the bench uses it too. */
export function bookCoffeeForm(over: Record<string, string> = {}): Record<string, string> {
  return { ...bookCoffee, ...over };
}

/** Plans an event as its coordinator would, from the form; returns the stored event. */
export async function planEvent(world: JoiningWorld, coordinator: Someone, form: Record<string, string>): Promise<EventRecord> {
  const before = await world.app.store.db.selectFrom('events').select('id').execute();
  const card = await world.press(coordinator, 'createEvent', form);
  const rows = await world.app.store.db.selectFrom('events').select('id').execute();
  const created = rows.find((r) => !before.some((b) => b.id === r.id));
  if (!created) throw new Error(`no event was created; the card said: ${JSON.stringify(card).slice(0, 400)}`);
  return (await getEvent(world.app.store.db, created.id))!;
}
