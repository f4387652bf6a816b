/**
 * A game booking's card as it stands now for one person, read fresh from the store each time it is drawn (by a
 * press, a refresh or the outbox); undefined for someone who is neither a coordinator of the game's network nor the
 * booker, so an outsider learns nothing of it.
 */
import type { Kysely } from 'kysely';
import { inLanguage } from '../../shared/domain/localized';
import { stepsOpen } from '../../shared/domain/resources/gameBooking';
import type { Language } from '../../shared/i18n/language';
import { coordinatedNetworks } from '../../shared/services/joining';
import { coordinatorPeople } from '../../shared/services/mentoring';
import { getNetwork, type NetworkRecord } from '../../shared/store/repositories/catalog';
import { getBooking, getGame, type BookingRecord, type GameRecord } from '../../shared/store/repositories/games';
import { getPerson, type PersonRecord } from '../../shared/store/repositories/people';
import type { Database } from '../../shared/store/schema';
import { gameBookingCard } from '../cards/gameBooking';
import type { AdaptiveCard } from '../cards/render';
import { libraryNameOf, loanDates } from '../cards/resourcesText';
import { tabLink, type TabLinks } from '../tabLink';
import { reachable } from './exchangeCards';

export interface BookingFacts {
  booking: BookingRecord;
  game: GameRecord;
  network: NetworkRecord;
  booker: PersonRecord | undefined;
  /** The network's coordinators as the people Kollega knows. */
  coordinators: PersonRecord[];
}

export async function bookingFacts(db: Kysely<Database>, bookingId: string): Promise<BookingFacts | undefined> {
  const booking = await getBooking(db, bookingId);
  const game = booking && (await getGame(db, booking.gameId));
  const network = game && (await getNetwork(db, game.networkId));
  if (!booking || !game || !network) return undefined;
  return { booking, game, network, booker: await getPerson(db, booking.bookerId), coordinators: await coordinatorPeople(db, [network]) };
}

export async function bookingCardFor(
  db: Kysely<Database>,
  tabs: TabLinks,
  reader: PersonRecord,
  bookingId: string,
  lang: Language,
  notice?: { text: string; good: boolean },
): Promise<AdaptiveCard | undefined> {
  const facts = await bookingFacts(db, bookingId);
  return facts && bookingCardFrom(db, tabs, facts, reader, lang, notice);
}

/** The card drawn from facts already read: the outbox draws one per coordinator from one reading. */
export async function bookingCardFrom(
  db: Kysely<Database>,
  tabs: TabLinks,
  facts: BookingFacts,
  reader: PersonRecord,
  lang: Language,
  notice?: { text: string; good: boolean },
): Promise<AdaptiveCard | undefined> {
  const { booking, game, network, booker, coordinators } = facts;
  const actor = { booker: booking.bookerId === reader.id, coordinator: (await coordinatedNetworks(db, reader)).has(network.id) };
  if (!actor.booker && !actor.coordinator) return undefined;
  const decider = booking.decidedBy ? await getPerson(db, booking.decidedBy) : undefined;
  return gameBookingCard({
    lang,
    view: {
      bookingId: booking.id, version: booking.version, state: booking.state, gameName: inLanguage(game.name, lang), networkName: inLanguage(network.name, lang),
      bookerName: booker?.displayName ?? '–', library: libraryNameOf(booking.libraryId, lang), dates: loanDates(booking, lang), message: booking.message,
      decidedBy: decider?.displayName ?? null, reason: booking.reason, steps: stepsOpen(booking.state, actor),
    },
    tabUrl: tabLink(tabs, { view: 'games', networkId: network.id }),
    refreshUserIds: coordinators.filter(reachable).map((p) => p.botUserId),
    notice,
  });
}
