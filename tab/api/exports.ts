/**
 * What coordinators take away: who is coming to an event (going, the waitlist in order, maybe, not going) and a
 * network's members, as JSON for the tab and as CSV for a spreadsheet. Coordinators of the network only.
 */
import type { Attendee, Attendees } from '../../shared/api/tabContract';
import { inLanguage } from '../../shared/domain/localized';
import { t } from '../../shared/i18n/translate';
import { coordinatedNetworks } from '../../shared/services/joining';
import { listResponders } from '../../shared/store/repositories/eventRsvps';
import { listMembers } from '../../shared/store/repositories/joining';
import { toCsv } from './csv';
import { forbidden } from './errors';
import { eventOfRequest, isEvent } from './events';
import { asCoordinator } from './networkAdmin';
import type { ApiRequest, ApiResponse, ApiRoute, ApiServices } from './types';

async function attendeesOf(request: ApiRequest, services: ApiServices): Promise<{ title: string; attendees: Attendees } | ApiResponse> {
  const event = await eventOfRequest(request, services);
  if (!isEvent(event)) return event;
  if (!(await coordinatedNetworks(services.store.db, request.caller!)).has(event.networkId)) return forbidden(request.lang);
  const responders = await listResponders(services.store.db, event.id, ['going', 'maybe', 'notGoing']);
  const attendees: Attendees = { going: [], waitlist: [], maybe: [], notGoing: [] };
  for (const r of responders) {
    const row = (position: number | null): Attendee => ({ personId: r.personId, name: r.displayName, email: r.email, answeredAt: r.answeredAt, waitlistPosition: position });
    if (r.answer === 'going' && r.status === 'waitlisted') attendees.waitlist.push(row(attendees.waitlist.length + 1));
    else if (r.answer === 'going') attendees.going.push(row(null));
    else attendees[r.answer].push(row(null));
  }
  return { title: inLanguage(event.title, request.lang), attendees };
}

export const attendeesRoute: ApiRoute = {
  method: 'GET',
  path: '/api/events/:id/attendees',
  async handle(request, services) {
    const found = await attendeesOf(request, services);
    return 'attendees' in found ? { status: 200, body: found.attendees } : found;
  },
};

export const attendeesCsvRoute: ApiRoute = {
  method: 'GET',
  path: '/api/events/:id/attendees.csv',
  async handle(request, services) {
    const found = await attendeesOf(request, services);
    if (!('attendees' in found)) return found;
    const tr = (key: Parameters<typeof t>[1]) => t(request.lang, key);
    const { going, waitlist, maybe, notGoing } = found.attendees;
    const rows = [
      ...going.map((a) => [a.name, a.email, tr('event.action.going'), null, a.answeredAt]),
      ...waitlist.map((a) => [a.name, a.email, tr('export.waitlisted'), a.waitlistPosition, a.answeredAt]),
      ...maybe.map((a) => [a.name, a.email, tr('event.action.maybe'), null, a.answeredAt]),
      ...notGoing.map((a) => [a.name, a.email, tr('event.action.notGoing'), null, a.answeredAt]),
    ];
    const csv = toCsv([tr('export.name'), tr('export.email'), tr('export.answer'), tr('export.waitlistPosition'), tr('export.answeredAt')], rows);
    return { status: 200, body: csv, file: { contentType: 'text/csv; charset=utf-8', name: `${fileName(found.title)}.csv` } };
  },
};

export const membersCsvRoute: ApiRoute = {
  method: 'GET',
  path: '/api/networks/:id/members.csv',
  async handle(request, services) {
    let networkId = '';
    const checked = await asCoordinator(request, services, async (id) => {
      networkId = id;
      return null;
    });
    if (checked.status !== 200) return checked;
    const tr = (key: Parameters<typeof t>[1]) => t(request.lang, key);
    const members = await listMembers(services.store.db, networkId);
    const csv = toCsv(
      [tr('export.name'), tr('export.email'), tr('export.library'), tr('export.joinedAt'), tr('export.teams')],
      members.map((m) => [m.personName, m.personEmail, m.personLibrary, m.joinedAt, m.teamsState]),
    );
    return { status: 200, body: csv, file: { contentType: 'text/csv; charset=utf-8', name: `${networkId}-members.csv` } };
  },
};

/** A file name from a title: letters (å, ä, ö too), digits and dashes. */
const fileName = (title: string) => title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'event';
