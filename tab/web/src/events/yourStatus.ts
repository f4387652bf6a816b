/** The member's own standing for an event, as a sentence ("You are number 3 on the waitlist."). */
import type { EventView } from '../../../../shared/api/tabContract';
import type { I18n } from '../i18n/I18nContext';

export function yourStatus(event: EventView, t: I18n['t']): string {
  const you = event.you;
  if (!you) return t('events.you.none');
  if (you.answer === 'going' && you.status === 'waitlisted') return t('events.you.waitlisted', { position: you.waitlistPosition ?? '?' });
  return t(`events.you.${you.answer}`);
}
