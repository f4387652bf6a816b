/** When, who is coming so far, the deadline and where the meeting is: the lines every event shows. */
import type { EventView } from '../../../../shared/api/tabContract';
import { ExternalLink } from '../common/ExternalLink';
import { useViewStyles } from '../common/styles';
import { useI18n } from '../i18n/I18nContext';

export function EventFacts({ event }: { event: EventView }) {
  const { t, moment } = useI18n();
  const styles = useViewStyles();
  return (
    <>
      <p className={styles.text}>{event.when}</p>
      {event.cancelled && event.cancelReason && <p className={styles.text}>{t('events.cancelledReason', { reason: event.cancelReason })}</p>}
      <p className={styles.meta}>
        {t('events.counts', { ...event.counts })}
        {event.capacity !== null && ` · ${t('events.seats', { capacity: event.capacity })}`}
        {event.rsvpDeadline && ` · ${t('events.deadline', { when: moment(event.rsvpDeadline) })}`}
      </p>
      {!event.cancelled && (
        <div className={styles.actions}>
          {event.meeting.joinUrl ? (
            <ExternalLink href={event.meeting.joinUrl}>{t('events.join')}</ExternalLink>
          ) : (
            <span className={styles.meta}>{t(event.meeting.state === 'pending' ? 'events.meetingPending' : 'events.meetingNone')}</span>
          )}
          {event.icsUrl && (
            <ExternalLink href={event.icsUrl} download>
              {t('events.ics')}
            </ExternalLink>
          )}
        </div>
      )}
    </>
  );
}
