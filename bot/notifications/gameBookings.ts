/**
 * The outbox's messages about game bookings, each in the reader's language and each claimed before it goes, so it
 * is sent once per booking, notice and person, also across retries, restarts and instances:
 * - resources.booked: every coordinator of the game's network gets the booking's card, with Confirm and Decline;
 * - resources.bookingStep: the booker hears that a coordinator confirmed (with the pick-up day), declined (why),
 *   cancelled, or recorded the hand-over or the return; when the booker cancelled, the coordinators hear it;
 * - resources.pickUpReminder / returnReminder: the booker is reminded, only while the loan still stands and its
 *   day is still the one the reminder was made for (a cancelled or moved loan is not reminded of).
 * What is told is read from the booking as it is when the message goes; a step overtaken by a later one is left to
 * that one's job.
 */
import { inLanguage } from '../../shared/domain/localized';
import { formatDay } from '../../shared/i18n/format';
import { languageOf } from '../../shared/i18n/language';
import { translator, type Translate } from '../../shared/i18n/translate';
import { auditTrail } from '../../shared/store/repositories/audit';
import { claimBookingNotice, releaseBookingNotice } from '../../shared/store/repositories/games';
import { getPerson, type PersonRecord } from '../../shared/store/repositories/people';
import { noticeCard } from '../cards/notice';
import type { AdaptiveCard } from '../cards/render';
import { libraryNameOf, loanDates } from '../cards/resourcesText';
import { bookingCardFrom, bookingFacts, type BookingFacts } from '../handlers/gameBookingCards';
import { tabLink, type TabLinks } from '../tabLink';
import type { EventWork } from './eventCards';
import { sendClaimedToEach } from './personal';

export type ResourceWork = Pick<EventWork, 'db' | 'proactive' | 'now'> & { tabs: TabLinks };

/** Each person's message about this booking once, claimed in game_booking_notices under `notice`. */
async function sendBookingNotice(work: ResourceWork, bookingId: string, notice: string, cards: ReadonlyMap<string, AdaptiveCard>): Promise<void> {
  await sendClaimedToEach(work, [...cards.keys()].map((personId) => ({ personId })), {
    claim: (personId) => claimBookingNotice(work.db, { bookingId, notice, personId }, work.now()),
    release: (personId) => releaseBookingNotice(work.db, { bookingId, notice, personId }),
  }, (p) => cards.get(p.personId)!);
}

export async function notifyBooked(work: ResourceWork, { bookingId }: { bookingId: string }): Promise<void> {
  const facts = await bookingFacts(work.db, bookingId);
  // Cancelled before anyone was asked: the cancellation's own job tells the coordinators.
  if (!facts || facts.booking.state !== 'requested') return;
  const cards = new Map<string, AdaptiveCard>();
  for (const coordinator of facts.coordinators) {
    if (coordinator.id === facts.booking.bookerId) continue;
    const card = await bookingCardFrom(work.db, work.tabs, facts, coordinator, languageOf(coordinator.locale));
    if (card) cards.set(coordinator.id, card);
  }
  await sendBookingNotice(work, bookingId, 'booked', cards);
}

/** The sentence parameters every message about a booking uses, in the reader's language. */
function wordsFor(facts: BookingFacts, reader: PersonRecord): { t: Translate; params: Record<string, string> } {
  const lang = languageOf(reader.locale);
  const { booking, game, network, booker } = facts;
  return {
    t: translator(lang),
    params: {
      game: inLanguage(game.name, lang), network: inLanguage(network.name, lang), name: booker?.displayName ?? '–',
      library: libraryNameOf(booking.libraryId, lang), dates: loanDates(booking, lang),
      pickUp: formatDay(booking.pickUpOn, lang), returnOn: formatDay(booking.returnOn, lang),
    },
  };
}

/** Whether the booker cancelled it themselves (the audit says so; a coordinator's cancel is marked as theirs). */
async function cancelledByBooker(work: ResourceWork, bookingId: string): Promise<boolean> {
  const cancel = (await auditTrail(work.db, 'gameBooking', bookingId)).filter((e) => e.action === 'game.cancel').at(-1);
  return cancel?.detail?.as !== 'coordinator';
}

/** What the booker reads about a coordinator's step, the booking as it stands now. */
async function toldBooker(work: ResourceWork, facts: BookingFacts, booker: PersonRecord): Promise<AdaptiveCard | undefined> {
  const { t, params } = wordsFor(facts, booker);
  const { booking } = facts;
  const decider = booking.decidedBy ? await getPerson(work.db, booking.decidedBy) : undefined;
  const decided = { ...params, name: decider?.displayName ?? '–' };
  const reason = booking.reason ? [t('resourcesBot.told.reason', { reason: booking.reason })] : [];
  const lines: Record<string, string[] | undefined> = {
    confirmed: [t('resourcesBot.told.confirm', decided)],
    declined: [t('resourcesBot.told.decline', decided), ...reason],
    cancelled: [t('resourcesBot.told.cancelled', params), ...reason],
    handedOver: [t('resourcesBot.told.handedOver', params), ...(booking.handOverNote ? [t('resourcesBot.told.note', { note: booking.handOverNote })] : [])],
    returned: [
      t('resourcesBot.told.returned', { ...params, condition: t(`resourcesBot.condition.${booking.returnCondition ?? 'complete'}`) }),
      ...(booking.returnNote ? [t('resourcesBot.told.note', { note: booking.returnNote })] : []),
    ],
  };
  const told = lines[booking.state];
  if (!told) return undefined;
  const url = tabLink(work.tabs, { view: 'games', networkId: facts.network.id });
  return noticeCard({ lines: [params.game, ...told], links: url ? [{ title: t('resourcesBot.action.openTab'), url }] : [] });
}

export async function onBookingStep(work: ResourceWork, { bookingId, version }: { bookingId: string; version: number }): Promise<void> {
  const facts = await bookingFacts(work.db, bookingId);
  // Only while the booking stands where this step left it: a later step's job tells the later news.
  if (!facts || facts.booking.version !== version) return;
  const { booking, booker } = facts;
  const cards = new Map<string, AdaptiveCard>();
  if (booking.state === 'cancelled' && (await cancelledByBooker(work, booking.id))) {
    for (const coordinator of facts.coordinators) {
      if (coordinator.id === booking.bookerId) continue;
      const { t, params } = wordsFor(facts, coordinator);
      const reason = booking.reason ? [t('resourcesBot.told.reason', { reason: booking.reason })] : [];
      cards.set(coordinator.id, noticeCard({ lines: [params.game, t('resourcesBot.told.bookerCancelled', params), ...reason] }));
    }
  } else if (booker) {
    const card = await toldBooker(work, facts, booker);
    if (card) cards.set(booker.id, card);
  }
  await sendBookingNotice(work, booking.id, `step@${version}`, cards);
}

/** The two reminders: which states they still apply in, and what they say. */
const reminders = {
  pickUp: { states: ['confirmed'], key: 'resourcesBot.reminder.pickUp', dayOf: (b: { pickUpOn: string }) => b.pickUpOn },
  return: { states: ['confirmed', 'handedOver'], key: 'resourcesBot.reminder.return', dayOf: (b: { returnOn: string }) => b.returnOn },
} as const;

export async function remindOfLoan(work: ResourceWork, which: keyof typeof reminders, { bookingId, day }: { bookingId: string; day: string }): Promise<void> {
  const reminder = reminders[which];
  const facts = await bookingFacts(work.db, bookingId);
  if (!facts?.booker || !(reminder.states as readonly string[]).includes(facts.booking.state) || reminder.dayOf(facts.booking) !== day) return;
  const { t, params } = wordsFor(facts, facts.booker);
  const card = noticeCard({ lines: [params.game, t(reminder.key, { ...params, date: formatDay(day, languageOf(facts.booker.locale)) })] });
  await sendBookingNotice(work, bookingId, `${which}@${day}`, new Map([[facts.booker.id, card]]));
}
