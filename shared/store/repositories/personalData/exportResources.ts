/**
 * The export's resources area: the games they booked (with their message, the coordinator who decided and the
 * notes of the hand-over and the return), others' bookings they decided as a coordinator (without the booker), the
 * reading challenges and guides they last changed, and the messages Kollega sent them about bookings.
 */
import type { Kysely } from 'kysely';
import type { PersonalDataExport } from '../../../api/personalDataContract';
import { findLibrary } from '../../../domain/exchange/libraryDirectory';
import { regionLibraries } from '../../../domain/exchange/regionLibraries';
import type { Database } from '../../schema';
import type { ExportSubject } from './exportProfile';

const gameName = ['g.name_fi as fi', 'g.name_sv as sv', 'g.name_en as en'] as const;
const localized = (r: { fi: string; sv: string; en: string | null }) => ({ fi: r.fi, sv: r.sv, en: r.en });

function libraryName(id: string) {
  const library = findLibrary(regionLibraries, id);
  return library ? { fi: library.name.fi, sv: library.name.sv, en: null } : null;
}

export async function resourcesArea(db: Kysely<Database>, { person }: ExportSubject): Promise<PersonalDataExport['resources']> {
  // As with join requests, the coordinator who decided is named: the decision is the booker's to know.
  const own = await db
    .selectFrom('game_bookings as b')
    .innerJoin('games as g', 'g.id', 'b.game_id')
    .leftJoin('people as d', 'd.id', 'b.decided_by')
    .selectAll('b')
    .select([...gameName, 'g.network_id', 'd.display_name as decider'])
    .where('b.booker_id', '=', person.id)
    .orderBy('b.pick_up_on')
    .orderBy('b.created_at')
    .execute();
  const decided = await db
    .selectFrom('game_bookings as b')
    .innerJoin('games as g', 'g.id', 'b.game_id')
    .select(['b.id', 'b.game_id', ...gameName, 'b.pick_up_on', 'b.return_on', 'b.state'])
    .where('b.decided_by', '=', person.id)
    .where('b.booker_id', '!=', person.id)
    .orderBy('b.pick_up_on')
    .execute();
  const challenges = await db.selectFrom('reading_challenges').select(['network_id', 'year', 'updated_at']).where('updated_by', '=', person.id).orderBy('year').execute();
  const guides = await db.selectFrom('network_guides').selectAll().where('updated_by', '=', person.id).orderBy('created_at').execute();
  const messages = await db.selectFrom('game_booking_notices').select(['booking_id', 'notice', 'sent_at']).where('person_id', '=', person.id).orderBy('sent_at').execute();
  return {
    gameBookings: own.map((b) => ({
      id: b.id, gameId: b.game_id, game: localized(b), networkId: b.network_id, libraryId: b.library_id, library: libraryName(b.library_id),
      pickUpOn: b.pick_up_on, returnOn: b.return_on, state: b.state, message: b.message, reason: b.reason, bookedAt: b.created_at,
      decidedBy: b.decided_by === person.id ? person.displayName : b.decider,
      handedOverAt: b.handed_over_at, handOverNote: b.hand_over_note, returnedAt: b.returned_at, returnCondition: b.return_condition, returnNote: b.return_note,
    })),
    bookingsDecided: decided.map((b) => ({ bookingId: b.id, gameId: b.game_id, game: localized(b), pickUpOn: b.pick_up_on, returnOn: b.return_on, state: b.state })),
    challengesWritten: challenges.map((c) => ({ networkId: c.network_id, year: Number(c.year), updatedAt: c.updated_at })),
    guidesWritten: guides.map((g) => ({ guideId: g.id, networkId: g.network_id, title: { fi: g.title_fi, sv: g.title_sv, en: g.title_en }, updatedAt: g.updated_at })),
    messages: messages.map((m) => ({ bookingId: m.booking_id, notice: m.notice, sentAt: m.sent_at })),
  };
}
