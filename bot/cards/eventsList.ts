/** "events": the upcoming events of a person's networks, each with where they stand; coordinators may change theirs. */
import { inLanguage } from '../../shared/domain/localized';
import { formatTimeRange } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/language';
import { translator } from '../../shared/i18n/translate';
import type { EventRecord } from '../../shared/store/repositories/events';
import { actionData } from '../activities/cardActions';
import { renderCard, type AdaptiveCard } from './render';
import template from './eventsList.card.json';

export interface EventsListInput {
  lang: Language;
  events: ReadonlyArray<{ event: EventRecord; status: string; canChange: boolean }>;
  /** The person coordinates some network, so may plan a new event. */
  canCreate: boolean;
  notice?: string;
}

export function eventsListCard({ lang, events, canCreate, notice }: EventsListInput): AdaptiveCard {
  const t = translator(lang);
  return renderCard(template, {
    notice: notice ?? '',
    heading: t('events.title'),
    empty: events.length === 0 ? t('events.none') : '',
    events: events.map(({ event, status, canChange }) => ({
      kindLabel: t(`event.kind.${event.kind}`),
      title: inLanguage(event.title, lang),
      when: formatTimeRange(event.startsAt, event.endsAt, lang),
      status,
      openLabel: t('events.open'),
      openData: actionData({ action: 'showEvent', eventId: event.id }),
      changeLabel: canChange && !event.cancelled ? t('events.change') : '',
      changeData: actionData({ action: 'editEvent', eventId: event.id }),
    })),
    newLabel: canCreate ? t('events.new') : '',
    newData: actionData({ action: 'newEvent' }),
  });
}
