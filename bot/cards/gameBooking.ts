/**
 * A game booking as a coordinator of the game's network sees it: who booked which game for which days for which
 * library, their message, where the booking stands, and (while it waits) Confirm and Decline with a reason.
 * `refresh` makes Teams draw the booking as it is now for each coordinator, so a copy another coordinator already
 * answered shows the answer instead of the buttons.
 */
import type { BookingState, BookingStep } from '../../shared/domain/resources/gameBooking';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import { actionData } from '../activities/cardActions';
import { maxRefreshUsers, renderCard, type AdaptiveCard } from './render';
import template from './gameBooking.card.json';

export interface BookingCardView {
  bookingId: string;
  version: number;
  state: BookingState;
  gameName: string;
  networkName: string;
  bookerName: string;
  library: string;
  /** The loan's days as the reader reads them. */
  dates: string;
  message: string | null;
  /** Who confirmed or declined it. */
  decidedBy: string | null;
  reason: string | null;
  /** The steps open to the reader now. */
  steps: readonly BookingStep[];
}

export interface BookingCardInput {
  lang: Language;
  view: BookingCardView;
  tabUrl?: string;
  refreshUserIds: readonly string[];
  notice?: { text: string; good: boolean };
}

export function bookingStateText(view: Pick<BookingCardView, 'state' | 'decidedBy' | 'reason'>, lang: Language): string {
  const t = translator(lang);
  const name = view.decidedBy ?? '–';
  if (view.state === 'confirmed') return t('resourcesBot.state.confirmed', { name });
  if (view.state === 'declined') return t('resourcesBot.state.declined', { name, reason: view.reason ?? '–' });
  return t(`resourcesBot.state.${view.state}`);
}

export function gameBookingCard({ lang, view, tabUrl, refreshUserIds, notice }: BookingCardInput): AdaptiveCard {
  const t = translator(lang);
  const base = { bookingId: view.bookingId, version: view.version };
  return renderCard(template, {
    notice: notice?.text ?? '',
    noticeColor: notice?.good ? 'Good' : 'Attention',
    refreshTitle: t('app.name'),
    refreshData: actionData({ action: 'gameBookingShow', bookingId: view.bookingId }),
    refreshUserIds: refreshUserIds.slice(0, maxRefreshUsers),
    title: t('resourcesBot.booked.title', { game: view.gameName }),
    text: t('resourcesBot.booked.text', { name: view.bookerName, library: view.library, game: view.gameName, network: view.networkName, dates: view.dates }),
    facts: [
      { title: t('resourcesBot.fact.booker'), value: view.bookerName },
      { title: t('resourcesBot.fact.library'), value: view.library },
      { title: t('resourcesBot.fact.dates'), value: view.dates },
      ...(view.message ? [{ title: t('resourcesBot.fact.message'), value: view.message }] : []),
      { title: t('resourcesBot.fact.state'), value: bookingStateText(view, lang) },
    ],
    canConfirm: view.steps.includes('confirm'),
    canDecline: view.steps.includes('decline'),
    labels: {
      confirm: t('resourcesBot.action.confirm'),
      decline: t('resourcesBot.action.decline'),
      reason: t('resourcesBot.decline.reason'),
      sendDecline: t('resourcesBot.action.sendDecline'),
    },
    confirmData: actionData({ action: 'gameBookingConfirm', ...base }),
    declineData: actionData({ action: 'gameBookingDecline', ...base }),
    links: tabUrl ? [{ title: t('resourcesBot.action.openTab'), url: tabUrl }] : [],
  });
}
